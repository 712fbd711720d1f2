import type { CommandSpec } from '../../command';
import { inspectAll } from '../inspect-output';
import { formatFlag } from '../format-flag';

export const volumeInspectCommand: CommandSpec = {
  name: 'inspect',
  usage: '[OPTIONS] VOLUME [VOLUME...]',
  short: 'Display detailed information on one or more volumes',
  args: { min: 1 },
  flags: [formatFlag('json', 'f')],
  async run(cli, args, flags) {
    return inspectAll(cli, args, flags.string('format'), (id) => cli.client.volumeInspect(id));
  },
};
