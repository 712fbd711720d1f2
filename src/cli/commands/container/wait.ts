import type { CommandSpec } from '../../command';
import { forEachTarget } from '../each';

export const containerWaitCommand: CommandSpec = {
  name: 'wait',
  usage: 'CONTAINER [CONTAINER...]',
  short: 'Block until one or more containers stop, then print their exit codes',
  aliases: 'docker container wait, docker wait',
  args: { min: 1 },
  flags: [],
  async run(cli, args) {
    return forEachTarget(cli, args, async (id) => {
      const r = await cli.client.containerWait(id, 'not-running');
      return String(r.StatusCode);
    });
  },
};
