import type { CommandSpec } from '../../command';

export const networkConnectCommand: CommandSpec = {
  name: 'connect',
  usage: '[OPTIONS] NETWORK CONTAINER',
  short: 'Connect a container to a network',
  args: { exact: 2 },
  flags: [
    { name: 'alias', type: 'strings', usage: 'Add network-scoped alias for the container' },
    { name: 'driver-opt', type: 'strings', usage: 'driver options for the network' },
    {
      name: 'gw-priority',
      type: 'int',
      usage: 'Highest gw-priority provides the default gateway. Accepts positive and negative values.',
    },
    { name: 'ip', type: 'string', usage: 'IPv4 address (e.g., "172.30.100.104")' },
    { name: 'ip6', type: 'string', usage: 'IPv6 address (e.g., "2001:db8::33")' },
    { name: 'link', type: 'list', usage: 'Add link to another container' },
    { name: 'link-local-ip', type: 'strings', usage: 'Add a link-local address for the container' },
  ],
  async run(cli, args, flags) {
    const [network, container] = args;
    await cli.client.networkConnect(network, {
      Container: container,
      EndpointConfig: {
        IPAMConfig: flags.string('ip') ? { IPv4Address: flags.string('ip') } : undefined,
        Aliases: flags.list('alias'),
        Links: flags.list('link'),
      },
    });
    return 0;
  },
};
