import type { CommandSpec } from '../../command';
import { inspectAll } from '../inspect-output';

export const imageInspectCommand: CommandSpec = {
  name: 'inspect',
  usage: '[OPTIONS] IMAGE [IMAGE...]',
  short: 'Display detailed information on one or more images',
  args: { min: 1 },
  flags: [
    {
      name: 'format',
      short: 'f',
      type: 'string',
      usage:
        "Format output using a custom template:\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates",
    },
  ],
  async run(cli, args, flags) {
    return inspectAll(cli, args, flags.string('format'), (id) => cli.client.imageInspect(id));
  },
};
