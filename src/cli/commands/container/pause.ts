import type { CommandSpec } from '../../command';
import { forEachTarget } from '../each';

export const containerPauseCommand: CommandSpec = {
  name: 'pause',
  usage: 'CONTAINER [CONTAINER...]',
  short: 'Pause all processes within one or more containers',
  aliases: 'docker container pause, docker pause',
  args: { min: 1 },
  flags: [],
  async run(cli, args) {
    return forEachTarget(cli, args, async (id) => {
      await cli.client.containerPause(id);
      return id;
    });
  },
};
