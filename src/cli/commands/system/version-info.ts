// The value `docker version` runs its template on (cli/command/system/version.go): versionInfo with
// the client's version (system.clientVersion) and the server's (*types.Version, nil when the daemon
// did not answer), as Go structs: `{{.Server.APIVersion}}` reads the Go field (json tag `ApiVersion`),
// an unknown field fails with the struct's type name, and `{{json .}}` keeps the field order.

import type { SystemVersion } from '../../../client/api-types';
import { goPlainStruct } from '../../format/struct';
import type { GoStruct } from '../../format/template/values';
import { CLIENT_VERSION } from '../../version';

export function clientVersionInfo(context: string): GoStruct {
  return goPlainStruct('system.clientVersion', [
    { name: 'Platform', value: null, omitEmpty: true },
    { name: 'Version', value: CLIENT_VERSION.Version },
    { name: 'APIVersion', value: CLIENT_VERSION.ApiVersion, json: 'ApiVersion' },
    { name: 'DefaultAPIVersion', value: CLIENT_VERSION.DefaultApiVersion },
    { name: 'GitCommit', value: CLIENT_VERSION.GitCommit },
    { name: 'GoVersion', value: CLIENT_VERSION.GoVersion },
    { name: 'Os', value: CLIENT_VERSION.Os },
    { name: 'Arch', value: CLIENT_VERSION.Arch },
    { name: 'BuildTime', value: CLIENT_VERSION.BuildTime, omitEmpty: true },
    { name: 'Context', value: context },
  ]);
}

export function serverVersionInfo(v: SystemVersion): GoStruct {
  const components = (v.Components ?? []).map((c) =>
    goPlainStruct('types.ComponentVersion', [
      { name: 'Name', value: c.Name },
      { name: 'Version', value: c.Version },
      { name: 'Details', value: c.Details ?? null, omitEmpty: true },
    ]),
  );
  return goPlainStruct('*types.Version', [
    {
      name: 'Platform',
      value: goPlainStruct('struct { Name string }', [{ name: 'Name', value: v.Platform?.Name ?? '' }]),
    },
    { name: 'Components', value: components, omitEmpty: true },
    { name: 'Version', value: v.Version },
    { name: 'APIVersion', value: v.ApiVersion, json: 'ApiVersion' },
    { name: 'MinAPIVersion', value: v.MinAPIVersion, omitEmpty: true },
    { name: 'GitCommit', value: v.GitCommit },
    { name: 'GoVersion', value: v.GoVersion },
    { name: 'Os', value: v.Os },
    { name: 'Arch', value: v.Arch },
    { name: 'KernelVersion', value: v.KernelVersion, omitEmpty: true },
    { name: 'Experimental', value: v.Experimental ?? false, omitEmpty: true },
    { name: 'BuildTime', value: v.BuildTime, omitEmpty: true },
  ]);
}

export function versionInfo(client: GoStruct, server: GoStruct | null): GoStruct {
  return goPlainStruct('system.versionInfo', [
    { name: 'Client', value: client },
    { name: 'Server', value: server },
  ]);
}
