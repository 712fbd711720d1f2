import type { CommandSpec } from '../../command';
import { forEachTarget } from '../each';
import { STOP_FLAGS, stopOptions } from './stop-options';

export const containerStopCommand: CommandSpec = {
  name: 'stop',
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Stop one or more running containers',
  aliases: 'docker container stop, docker stop',
  args: { min: 1 },
  flags: STOP_FLAGS,
  async run(cli, args, flags) {
    const options = stopOptions(flags);
    return forEachTarget(cli, args, async (id) => {
      await cli.client.containerStop(id, options);
      return id;
    });
  },
};
