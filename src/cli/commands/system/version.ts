import type { CommandSpec } from '../../command';
import { executeTemplate, parseTemplate } from '../../format/formatter';
import { tabwrite } from '../../format/tabwriter';
import { CLIENT_VERSION } from '../../version';
import { VERSION_TEMPLATE, ansic } from './version-template';

export const systemVersionCommand: CommandSpec = {
  name: 'version',
  usage: '[OPTIONS]',
  short: 'Show the Docker version information',
  args: { max: 0 },
  flags: [
    {
      name: 'format',
      short: 'f',
      type: 'string',
      usage:
        "Format output using a custom template:\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates",
    },
  ],
  async run(cli, _args, flags) {
    const client = {
      Platform: { Name: '' },
      Version: CLIENT_VERSION.Version,
      APIVersion: CLIENT_VERSION.ApiVersion,
      DefaultAPIVersion: CLIENT_VERSION.DefaultApiVersion,
      GoVersion: CLIENT_VERSION.GoVersion,
      GitCommit: CLIENT_VERSION.GitCommit,
      BuildTime: CLIENT_VERSION.BuildTime,
      Os: CLIENT_VERSION.Os,
      Arch: CLIENT_VERSION.Arch,
      Context: cli.context,
    };
    let server: Record<string, unknown> | null = null;
    let serverError: unknown = null;
    try {
      server = await cli.client.version();
      const components =
        (server.Components as Array<{ Name: string; Details: Record<string, string> }>) ?? [];
      for (const c of components) if (c.Details?.BuildTime) c.Details.BuildTime = ansic(c.Details.BuildTime);
    } catch (e) {
      serverError = e;
    }
    const data = { Client: client, Server: server, ServerOK: server !== null };
    const format = flags.string('format');
    const tmpl = parseTemplate(format === 'json' ? '{{json .}}' : format || VERSION_TEMPLATE);
    const text = executeTemplate(tmpl, data);
    cli.out(format ? `${text}\n` : tabwrite(`${text}\n`, { minwidth: 20, padding: 1 }));
    if (serverError) throw serverError;
    return 0;
  },
};
