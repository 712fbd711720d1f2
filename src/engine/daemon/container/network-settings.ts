// Inspect's NetworkSettings when the network layer has not filled it: Docker's shape for a container
// on its network mode (`bridge` for `default`) with no address yet.
import type { EndpointSettings, NetworkSettings } from '../../api/types';
import type { Container } from '../../container/container';
import type { Daemon } from '../daemon';

export function emptyEndpoint(): EndpointSettings {
  return {
    IPAMConfig: null,
    Links: null,
    Aliases: null,
    NetworkID: '',
    EndpointID: '',
    Gateway: '',
    IPAddress: '',
    IPPrefixLen: 0,
    IPv6Gateway: '',
    GlobalIPv6Address: '',
    GlobalIPv6PrefixLen: 0,
    MacAddress: '',
    DriverOpts: null,
  };
}

export function networkName(c: Container): string {
  const mode = c.hostConfig.NetworkMode || 'default';
  return mode === 'default' ? 'bridge' : mode;
}

export function networkSettings(d: Daemon, c: Container): NetworkSettings {
  const fromNetwork = d.networking.settings?.(c);
  if (fromNetwork) return fromNetwork;
  return {
    Bridge: '',
    SandboxID: '',
    HairpinMode: false,
    LinkLocalIPv6Address: '',
    LinkLocalIPv6PrefixLen: 0,
    Ports: {},
    SandboxKey: '',
    SecondaryIPAddresses: null,
    SecondaryIPv6Addresses: null,
    EndpointID: '',
    Gateway: '',
    GlobalIPv6Address: '',
    GlobalIPv6PrefixLen: 0,
    IPAddress: '',
    IPPrefixLen: 0,
    IPv6Gateway: '',
    MacAddress: '',
    Networks: { [networkName(c)]: emptyEndpoint() },
  };
}
