import type { CommandSpec } from '../../command';
import { forEachTarget } from '../each';

export const imageRmCommand: CommandSpec = {
  name: 'rm',
  usage: '[OPTIONS] IMAGE [IMAGE...]',
  short: 'Remove one or more images',
  aliases: 'docker image rm, docker image remove, docker rmi',
  args: { min: 1 },
  flags: [
    { name: 'force', short: 'f', type: 'bool', usage: 'Force removal of the image' },
    { name: 'no-prune', type: 'bool', usage: 'Do not delete untagged parents' },
  ],
  async run(cli, args, flags) {
    return forEachTarget(cli, args, async (name) => {
      const items = await cli.client.imageRemove(name, {
        force: flags.bool('force'),
        noprune: flags.bool('no-prune'),
      });
      for (const i of items) cli.out(i.Deleted ? `Deleted: ${i.Deleted}\n` : `Untagged: ${i.Untagged}\n`);
      return null;
    });
  },
};
