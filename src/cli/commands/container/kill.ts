import type { CommandSpec } from '../../command';
import { forEachTarget } from '../each';

export const containerKillCommand: CommandSpec = {
  name: 'kill',
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Kill one or more running containers',
  aliases: 'docker container kill, docker kill',
  args: { min: 1 },
  flags: [{ name: 'signal', short: 's', type: 'string', usage: 'Signal to send to the container' }],
  async run(cli, args, flags) {
    return forEachTarget(cli, args, async (id) => {
      await cli.client.containerKill(id, flags.string('signal') || undefined);
      return id;
    });
  },
};
