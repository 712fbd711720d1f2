import type { CommandSpec } from '../../command';
import { forEachTarget } from '../each';
import { STOP_FLAGS, stopOptions } from './stop-options';

export const containerRestartCommand: CommandSpec = {
  name: 'restart',
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Restart one or more containers',
  aliases: 'docker container restart, docker restart',
  args: { min: 1 },
  flags: STOP_FLAGS,
  async run(cli, args, flags) {
    const options = stopOptions(flags);
    return forEachTarget(cli, args, async (id) => {
      await cli.client.containerRestart(id, options);
      return id;
    });
  },
};
