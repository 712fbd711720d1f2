import type { CommandSpec } from '../../command';
import { inspectAll } from '../inspect-output';

export const networkInspectCommand: CommandSpec = {
  name: 'inspect',
  usage: '[OPTIONS] NETWORK [NETWORK...]',
  short: 'Display detailed information on one or more networks',
  args: { min: 1 },
  flags: [
    {
      name: 'format',
      short: 'f',
      type: 'string',
      usage:
        "Format output using a custom template:\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates",
    },
    { name: 'verbose', short: 'v', type: 'bool', usage: 'Verbose output for diagnostics' },
  ],
  async run(cli, args, flags) {
    return inspectAll(cli, args, flags.string('format'), (id) =>
      cli.client.networkInspect(id, { verbose: flags.bool('verbose') }),
    );
  },
};
