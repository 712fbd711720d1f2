import type { CommandSpec } from '../../command';
import { forEachTarget } from '../each';

export const networkRmCommand: CommandSpec = {
  name: 'rm',
  usage: 'NETWORK [NETWORK...]',
  short: 'Remove one or more networks',
  aliases: 'docker network rm, docker network remove',
  args: { min: 1 },
  flags: [{ name: 'force', short: 'f', type: 'bool', usage: 'Do not error if the network does not exist' }],
  async run(cli, args) {
    const code = await forEachTarget(cli, args, async (name) => {
      await cli.client.networkRemove(name);
      return name;
    });
    // CLI 28 ends a failed network rm with this extra line (recorded).
    if (code !== 0) cli.err('exit status 1\n');
    return code;
  },
};
