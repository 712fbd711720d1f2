import type { CommandSpec } from '../../command';
import { keyValues } from '../../opts/labels';

export const networkCreateCommand: CommandSpec = {
  name: 'create',
  usage: '[OPTIONS] NETWORK',
  short: 'Create a network',
  args: { exact: 1 },
  flags: [
    { name: 'attachable', type: 'bool', usage: 'Enable manual container attachment' },
    {
      name: 'aux-address',
      type: 'map',
      usage: 'Auxiliary IPv4 or IPv6 addresses used by Network driver',
      default: 'map[]',
    },
    { name: 'config-from', type: 'string', usage: 'The network from which to copy the configuration' },
    { name: 'config-only', type: 'bool', usage: 'Create a configuration only network' },
    {
      name: 'driver',
      short: 'd',
      type: 'string',
      usage: 'Driver to manage the Network',
      default: '"bridge"',
    },
    { name: 'gateway', type: 'strings', usage: 'IPv4 or IPv6 Gateway for the master subnet' },
    { name: 'ingress', type: 'bool', usage: 'Create swarm routing-mesh network' },
    { name: 'internal', type: 'bool', usage: 'Restrict external access to the network' },
    { name: 'ip-range', type: 'strings', usage: 'Allocate container ip from a sub-range' },
    { name: 'ipam-driver', type: 'string', usage: 'IP Address Management Driver', default: '"default"' },
    { name: 'ipam-opt', type: 'map', usage: 'Set IPAM driver specific options', default: 'map[]' },
    { name: 'ipv4', type: 'bool', usage: 'Enable or disable IPv4 address assignment', default: 'true' },
    { name: 'ipv6', type: 'bool', usage: 'Enable or disable IPv6 address assignment' },
    { name: 'label', type: 'list', usage: 'Set metadata on a network' },
    { name: 'opt', short: 'o', type: 'map', usage: 'Set driver specific options', default: 'map[]' },
    { name: 'scope', type: 'string', usage: "Control the network's scope" },
    { name: 'subnet', type: 'strings', usage: 'Subnet in CIDR format that represents a network segment' },
  ],
  async run(cli, args, flags) {
    const subnets = flags.list('subnet');
    const gateways = flags.list('gateway');
    const ipRanges = flags.list('ip-range');
    const config = subnets.map((Subnet, i) => {
      const c: Record<string, string> = { Subnet };
      if (gateways[i]) c.Gateway = gateways[i];
      if (ipRanges[i]) c.IPRange = ipRanges[i];
      return c;
    });
    const r = await cli.client.networkCreate({
      Name: args[0],
      CheckDuplicate: true,
      Driver: flags.string('driver'),
      Internal: flags.bool('internal'),
      Attachable: flags.bool('attachable'),
      EnableIPv6: flags.bool('ipv6'),
      IPAM: { Driver: flags.string('ipam-driver'), Config: config },
      Options: keyValues(flags.list('opt')),
      Labels: keyValues(flags.list('label')),
    });
    cli.out(`${r.Id}\n`);
    return 0;
  },
};
