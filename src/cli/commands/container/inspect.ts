import type { CommandSpec } from '../../command';
import { inspectAll } from '../inspect-output';
import { formatFlag } from '../format-flag';

export const containerInspectCommand: CommandSpec = {
  name: 'inspect',
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Display detailed information on one or more containers',
  args: { min: 1 },
  flags: [
    formatFlag('json', 'f'),
    { name: 'size', short: 's', type: 'bool', usage: 'Display total file sizes' },
  ],
  async run(cli, args, flags) {
    return inspectAll(cli, args, flags.string('format'), (id) =>
      cli.client.containerInspect(id, { size: flags.bool('size') }),
    );
  },
};
