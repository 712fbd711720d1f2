import type { CommandSpec } from '../../command';
import { forEachTarget } from '../each';

export const volumeRmCommand: CommandSpec = {
  name: 'rm',
  usage: '[OPTIONS] VOLUME [VOLUME...]',
  short: 'Remove one or more volumes',
  long: 'Remove one or more volumes. You cannot remove a volume that is in use by a container.',
  aliases: 'docker volume rm, docker volume remove',
  args: { min: 1 },
  flags: [{ name: 'force', short: 'f', type: 'bool', usage: 'Force the removal of one or more volumes' }],
  async run(cli, args, flags) {
    return forEachTarget(cli, args, async (name) => {
      await cli.client.volumeRemove(name, { force: flags.bool('force') });
      return name;
    });
  },
};
