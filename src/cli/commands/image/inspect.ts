import type { CommandSpec } from '../../command';
import { inspectAll } from '../inspect-output';
import { formatFlag } from '../format-flag';

export const imageInspectCommand: CommandSpec = {
  name: 'inspect',
  usage: '[OPTIONS] IMAGE [IMAGE...]',
  short: 'Display detailed information on one or more images',
  args: { min: 1 },
  flags: [formatFlag('json', 'f')],
  async run(cli, args, flags) {
    return inspectAll(cli, args, flags.string('format'), (id) => cli.client.imageInspect(id));
  },
};
