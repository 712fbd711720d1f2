// A network as libnetwork keeps it: driver, IPAM configuration and address space, endpoints.
import type { IPAMConfig, Labels, Network, NetworkContainer } from '../api/types';
import { rfc3339Nano } from '../image/config';
import { AddressSpace } from './ipam';
import { formatCidr, formatIp, type Subnet } from './ipv4';

export type NetworkDriver = 'bridge' | 'host' | 'null';

/** One container plugged into a network. */
export interface Endpoint {
  containerId: string;
  /** The container's name without '/'. */
  name: string;
  endpointId: string;
  ip: number;
  mac: string;
  aliases: string[];
}

export interface NetworkInit {
  id: string;
  name: string;
  driver: NetworkDriver;
  created: number;
  subnet?: Subnet;
  gateway?: number;
  /** The default bridge shows no Gateway in its IPAM config (dockerd 20.10). */
  showGateway?: boolean;
  internal?: boolean;
  attachable?: boolean;
  labels?: Labels;
  options?: Labels;
  ipamOptions?: Labels | null;
  /** Predefined networks (bridge, host, none) cannot be removed. */
  predefined?: boolean;
}

export const DEFAULT_BRIDGE_OPTIONS: Labels = {
  'com.docker.network.bridge.default_bridge': 'true',
  'com.docker.network.bridge.enable_icc': 'true',
  'com.docker.network.bridge.enable_ip_masquerade': 'true',
  'com.docker.network.bridge.host_binding_ipv4': '0.0.0.0',
  'com.docker.network.bridge.name': 'docker0',
  'com.docker.network.driver.mtu': '1500',
};

export class NetworkRecord {
  readonly endpoints = new Map<string, Endpoint>();
  readonly space: AddressSpace | null;

  constructor(readonly init: NetworkInit) {
    this.space = init.subnet ? new AddressSpace(init.subnet) : null;
    if (this.space && init.gateway !== undefined) this.space.reserve(init.gateway);
  }

  get id(): string {
    return this.init.id;
  }

  get name(): string {
    return this.init.name;
  }

  get driver(): NetworkDriver {
    return this.init.driver;
  }

  get isDefaultBridge(): boolean {
    return this.init.options?.['com.docker.network.bridge.default_bridge'] === 'true';
  }

  /** User-defined bridges have the embedded DNS server. */
  get hasDns(): boolean {
    return this.driver === 'bridge' && !this.isDefaultBridge;
  }

  get gatewayIp(): string {
    return this.init.gateway !== undefined ? formatIp(this.init.gateway) : '';
  }

  get prefixLength(): number {
    return this.init.subnet?.prefix ?? 0;
  }

  /** GET /networks/{id}: Docker's JSON, in dockerd's field order. */
  toApi(): Network {
    const config: IPAMConfig[] = [];
    if (this.init.subnet) {
      const c: IPAMConfig = { Subnet: formatCidr(this.init.subnet) };
      if (this.init.showGateway !== false && this.init.gateway !== undefined)
        c.Gateway = formatIp(this.init.gateway);
      config.push(c);
    }
    const containers: Record<string, NetworkContainer> = {};
    for (const e of this.endpoints.values()) {
      containers[e.containerId] = {
        Name: e.name,
        EndpointID: e.endpointId,
        MacAddress: e.mac,
        IPv4Address: `${formatIp(e.ip)}/${this.prefixLength}`,
        IPv6Address: '',
      };
    }
    return {
      Name: this.name,
      Id: this.id,
      Created: rfc3339Nano(this.init.created),
      Scope: 'local',
      Driver: this.driver,
      EnableIPv6: false,
      IPAM: { Driver: 'default', Options: this.init.ipamOptions ?? null, Config: config },
      Internal: this.init.internal ?? false,
      Attachable: this.init.attachable ?? false,
      Ingress: false,
      ConfigFrom: { Network: '' },
      ConfigOnly: false,
      Containers: containers,
      Options: { ...(this.init.options ?? {}) },
      Labels: { ...(this.init.labels ?? {}) },
    };
  }
}
