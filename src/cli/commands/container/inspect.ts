import type { CommandSpec } from '../../command';
import { inspectAll } from '../inspect-output';

export const containerInspectCommand: CommandSpec = {
  name: 'inspect',
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Display detailed information on one or more containers',
  args: { min: 1 },
  flags: [
    {
      name: 'format',
      short: 'f',
      type: 'string',
      usage:
        "Format output using a custom template:\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates",
    },
    { name: 'size', short: 's', type: 'bool', usage: 'Display total file sizes' },
  ],
  async run(cli, args, flags) {
    return inspectAll(cli, args, flags.string('format'), (id) =>
      cli.client.containerInspect(id, { size: flags.bool('size') }),
    );
  },
};
