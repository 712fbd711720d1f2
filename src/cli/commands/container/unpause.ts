import type { CommandSpec } from '../../command';
import { forEachTarget } from '../each';

export const containerUnpauseCommand: CommandSpec = {
  name: 'unpause',
  usage: 'CONTAINER [CONTAINER...]',
  short: 'Unpause all processes within one or more containers',
  aliases: 'docker container unpause, docker unpause',
  args: { min: 1 },
  flags: [],
  async run(cli, args) {
    return forEachTarget(cli, args, async (id) => {
      await cli.client.containerUnpause(id);
      return id;
    });
  },
};
