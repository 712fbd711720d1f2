// moby's verifyNetworkingConfig (API 1.41): a container is created on one network at most — more
// endpoints are connected afterwards (`docker network connect`) — and its static addresses must parse.
import { InvalidParameter } from '../../api/errors';
import type { NetworkingConfig } from '../../api/types';
import { parseIp } from '../../network/ipv4';

export function verifyNetworkingConfig(config: NetworkingConfig | undefined): void {
  const endpoints = Object.entries(config?.EndpointsConfig ?? {});
  if (endpoints.length > 1) {
    throw new InvalidParameter(
      `Container cannot be connected to network endpoints: ${endpoints.map(([k]) => k).join(', ')}`,
    );
  }
  for (const [name, settings] of endpoints) {
    if (!settings) throw new InvalidParameter(`no EndpointSettings for ${name}`);
    const v4 = settings.IPAMConfig?.IPv4Address;
    if (v4 && parseIp(v4) === null) throw new InvalidParameter(`invalid IPv4 address: ${v4}`);
  }
}
