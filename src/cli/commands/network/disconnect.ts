import type { CommandSpec } from '../../command';

export const networkDisconnectCommand: CommandSpec = {
  name: 'disconnect',
  usage: '[OPTIONS] NETWORK CONTAINER',
  short: 'Disconnect a container from a network',
  args: { exact: 2 },
  flags: [
    { name: 'force', short: 'f', type: 'bool', usage: 'Force the container to disconnect from a network' },
  ],
  async run(cli, args, flags) {
    await cli.client.networkDisconnect(args[0], { Container: args[1], Force: flags.bool('force') });
    return 0;
  },
};
