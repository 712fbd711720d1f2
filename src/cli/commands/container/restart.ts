import type { CommandSpec } from '../../command';
import { forEachTarget } from '../each';
import { TIME_FLAG, stopOptions } from './stop-options';
import { StatusError } from '../../errors';

export const containerRestartCommand: CommandSpec = {
  name: 'restart',
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Restart one or more containers',
  aliases: 'docker container restart, docker restart',
  args: { min: 1 },
  flags: [
    TIME_FLAG,
    { name: 'signal', short: 's', type: 'string', usage: 'Signal to send to the container' },
    { name: 'timeout', short: 't', type: 'int', usage: 'Seconds to wait before killing the container' },
  ],
  async run(cli, args, flags) {
    if (flags.isSet('time') && flags.isSet('timeout')) {
      throw new StatusError('conflicting options: cannot specify both --timeout and --time', 1);
    }
    return forEachTarget(cli, args, async (id) => {
      await cli.client.containerRestart(id, stopOptions(flags));
      return id;
    });
  },
};
