// The network layer as the daemon's ContainerNetworking hook: at each start a container gets its own
// stack plugged into its network (address from IPAM, embedded DNS on user-defined networks) and its
// published ports bound on the host; at stop all of it is given back.
import type { EndpointSettings, NetworkSettings, Port } from '../../api/types';
import type { Container } from '../../container/container';
import { generateId } from '../../container/ids';
import type { NetworkController } from '../../network/controller';
import { formatIp, macFor, parseIp } from '../../network/ipv4';
import type { NetworkRecord } from '../../network/network';
import { EPHEMERAL_PORT_FIRST, EPHEMERAL_PORT_LAST, forwardPort, PortAllocator } from '../../network/ports';
import { Stack } from '../../network/stack';
import { Conflict, NotFound, System } from '../../api/errors';
import type { ContainerNetworkAttachment, ContainerNetworking } from '../daemon';
import { emptyEndpoint, networkName } from '../container/network-settings';
import type { Attachment } from './attachment';
import { linkHosts } from './links';
import { allocatePorts } from './publish';

/** Docker's embedded DNS server on user-defined networks. */
const EMBEDDED_DNS = '127.0.0.11';

export class Networking implements ContainerNetworking {
  readonly allocator = new PortAllocator();
  private readonly attached = new Map<string, Attachment>();
  /** The sandbox of each container's last start: inspect keeps showing it (and NetworkIDs) once stopped. */
  private readonly lastSandbox = new Map<string, string>();
  /** Network ids a container was connected to after create (`docker network connect`), by container id. */
  private readonly extra = new Map<string, string[]>();

  /** Finds a container by id, name or id prefix (`--network container:…`); the backend binds the daemon's store. */
  findContainer: (ref: string) => Container | undefined = () => undefined;

  /** Publishes a container's connect to or disconnect from a network; the backend binds the daemon's events. */
  endpointEvent: (action: 'connect' | 'disconnect', c: Container, n: NetworkRecord) => void = () => {};

  constructor(readonly controller: NetworkController) {}

  /** The container's networks besides its network mode (`docker network connect`). */
  extraNetworks(c: Container): string[] {
    return this.extra.get(c.id) ?? [];
  }

  setExtraNetworks(c: Container, ids: string[]): void {
    if (ids.length) this.extra.set(c.id, ids);
    else this.extra.delete(c.id);
  }

  /** The sandbox ID of the container's last start, if it ever started (saved with the engine). */
  lastSandboxOf(c: Container): string | undefined {
    return this.lastSandbox.get(c.id);
  }

  /** Puts back the sandbox of a restored container's last start: inspect keeps showing it, as dockerd does. */
  restoreSandbox(c: Container, sandboxId: string): void {
    this.lastSandbox.set(c.id, sandboxId);
  }

  attachment(c: Container): Attachment | null {
    return this.attached.get(c.id) ?? null;
  }

  /** The networks a container is on: its network mode's first, then those connected later. */
  networksOf(c: Container): NetworkRecord[] {
    const first = this.controller.find(networkName(c));
    const rest = this.extraNetworks(c).flatMap((id) => {
      const n = this.controller.find(id);
      return n ? [n] : [];
    });
    return [...(first ? [first] : []), ...rest.filter((n) => n !== first)];
  }

  connect(c: Container): ContainerNetworkAttachment {
    const mode = c.hostConfig.NetworkMode || 'default';
    if (mode === 'host') {
      for (const n of this.networksOf(c)) this.endpointEvent('connect', c, n);
      return this.share(c, this.controller.host);
    }
    if (mode.startsWith('container:')) {
      const ref = mode.slice('container:'.length);
      const id = this.findContainer(ref)?.id;
      if (id === undefined) throw new NotFound(`No such container: ${ref}`);
      const owner = this.attached.get(id);
      if (!owner) throw new Conflict(`cannot join network of a non running container: ${id}`);
      return this.share(c, owner.stack);
    }
    if (!this.controller.find(networkName(c))) throw new NotFound(`network ${networkName(c)} not found`);
    const hostname = c.config.Hostname || c.shortId;
    const stack: Stack = new Stack(this.controller.fabric, {
      lookup: (name): string | null =>
        name === hostname ? (stack.interfaces[0]?.ip ?? null) : this.lookup(c, name),
    });
    const att: Attachment = {
      name: c.bareName,
      stack,
      links: [],
      sandboxId: generateId(this.controller.random),
      endpoints: [],
      published: [],
      closers: [],
      shared: false,
    };
    this.attached.set(c.id, att);
    this.lastSandbox.set(c.id, att.sandboxId);
    for (const n of this.networksOf(c)) {
      if (n.driver !== 'bridge') {
        this.endpointEvent('connect', c, n);
        continue;
      }
      const cfg = c.networkingConfig.EndpointsConfig?.[n.name] ?? c.networkingConfig.EndpointsConfig?.[n.id];
      this.plug(c, att, n, cfg?.IPAMConfig?.IPv4Address || undefined, cfg?.Aliases ?? []);
    }
    if (att.endpoints.some((e) => e.network.hasDns)) listenEmbeddedDns(stack, att.sandboxId);
    const main = att.endpoints[0];
    try {
      att.links = main?.network.isDefaultBridge
        ? linkHosts(c.hostConfig.Links ?? [], main.network, c.bareName)
        : [];
    } catch (err) {
      this.disconnect(c);
      throw err;
    }
    // An --internal network has no way out: dockerd programs no port mapping for it.
    if (main && !main.network.init.internal) {
      try {
        att.published = allocatePorts(c, this.allocator);
      } catch (err) {
        this.disconnect(c);
        throw new System(
          `driver failed programming external connectivity on endpoint ${c.bareName} (${main.endpoint.endpointId}): ${(err as Error).message}`,
        );
      }
      const ip = formatIp(main.endpoint.ip);
      for (const p of att.published) {
        if (p.hostIp === '::' || !p.key.endsWith('/tcp')) continue;
        att.closers.push(forwardPort(this.controller.host, p.hostIp, p.hostPort, ip, p.privatePort));
      }
    }
    return {
      net: stack,
      ip: main ? formatIp(main.endpoint.ip) : null,
      extraHosts: att.links,
      ...(main?.network.hasDns ? { dns: { nameservers: [EMBEDDED_DNS], options: ['ndots:0'] } } : {}),
    };
  }

  disconnect(c: Container): void {
    const att = this.attached.get(c.id);
    if (!att) return;
    this.attached.delete(c.id);
    for (const close of att.closers) close();
    for (const p of att.published) this.allocator.release(p.hostIp, p.hostPort);
    const plugged = new Set(att.endpoints.map((e) => e.network));
    // dockerd walks a Go map here (any order); the recordings show both: connect order is kept.
    for (const n of this.networksOf(c))
      if (plugged.has(n) || n.driver !== 'bridge') this.endpointEvent('disconnect', c, n);
    if (att.shared) return;
    for (const { network, endpoint } of att.endpoints) {
      network.endpoints.delete(c.id);
      network.space?.release(endpoint.ip);
    }
    att.stack.unplugAll();
  }

  remove(c: Container): void {
    this.disconnect(c);
    this.extra.delete(c.id);
    this.lastSandbox.delete(c.id);
  }

  /** Plugs a started container into one more network (`docker network connect`). */
  plug(c: Container, att: Attachment, n: NetworkRecord, ipv4?: string, aliases: string[] = []): void {
    const ip = ipv4 ? this.reserve(n, ipv4) : n.space?.allocate();
    if (ip === null || ip === undefined)
      throw new System(`no available IPv4 addresses on this network's address pools: ${n.name} (${n.id})`);
    const endpoint = {
      containerId: c.id,
      name: c.bareName,
      endpointId: generateId(this.controller.random),
      ip,
      mac: macFor(ip),
      aliases: n.hasDns ? [...aliases, c.shortId] : aliases,
    };
    n.endpoints.set(c.id, endpoint);
    att.endpoints.push({ network: n, endpoint });
    att.stack.plug({ ip: formatIp(ip), segment: n.id });
    this.endpointEvent('connect', c, n);
  }

  /** Unplugs a running container from one network. */
  unplug(c: Container, n: NetworkRecord): void {
    const att = this.attached.get(c.id);
    const i = att?.endpoints.findIndex((e) => e.network === n) ?? -1;
    if (!att || i < 0) return;
    const ip = att.endpoints[i]!.endpoint.ip;
    att.endpoints.splice(i, 1);
    n.endpoints.delete(c.id);
    n.space?.release(ip);
    att.stack.unplug(n.id);
    this.endpointEvent('disconnect', c, n);
  }

  ports(c: Container): Port[] {
    const att = this.attached.get(c.id);
    if (!att || isInternal(att)) return [];
    const out: Port[] = att.published.map((p) => ({
      IP: p.hostIp,
      PrivatePort: p.privatePort,
      PublicPort: p.hostPort,
      Type: portType(p.key),
    }));
    for (const key of Object.keys(c.config.ExposedPorts ?? {})) {
      if (!att.published.some((p) => p.key === key))
        out.push({ PrivatePort: parseInt(key, 10), Type: portType(key) });
    }
    return out;
  }

  counters(c: Container): { rx_bytes: number; tx_bytes: number } | null {
    const att = this.attached.get(c.id);
    return att && !att.shared ? { rx_bytes: att.stack.rx, tx_bytes: att.stack.tx } : null;
  }

  settings(c: Container): NetworkSettings {
    const att = this.attached.get(c.id) ?? null;
    const networks: Record<string, EndpointSettings> = {};
    for (const n of this.networksOf(c)) {
      const e = att?.endpoints.find((x) => x.network === n)?.endpoint;
      networks[n.name] = {
        ...emptyEndpoint(),
        Aliases: e && n.hasDns ? e.aliases : null,
        NetworkID: this.lastSandbox.has(c.id) ? n.id : '',
        ...(e
          ? {
              EndpointID: e.endpointId,
              Gateway: n.gatewayIp,
              IPAddress: formatIp(e.ip),
              IPPrefixLen: n.prefixLength,
              MacAddress: e.mac,
            }
          : {}),
      };
    }
    const main = att?.endpoints[0];
    const onDefault = main?.network.isDefaultBridge ?? false;
    const ports: Record<string, { HostIp: string; HostPort: string }[] | null> = {};
    if (att && !isInternal(att)) {
      for (const key of Object.keys(c.config.ExposedPorts ?? {})) ports[key] = null;
      for (const p of att.published)
        (ports[p.key] ??= [])!.push({ HostIp: p.hostIp, HostPort: String(p.hostPort) });
    }
    return {
      Bridge: '',
      SandboxID: att?.shared ? '' : (att?.sandboxId ?? this.lastSandbox.get(c.id) ?? ''),
      HairpinMode: false,
      LinkLocalIPv6Address: '',
      LinkLocalIPv6PrefixLen: 0,
      Ports: ports,
      SandboxKey: att && !att.shared ? `/var/run/docker/netns/${att.sandboxId.slice(0, 12)}` : '',
      SecondaryIPAddresses: null,
      SecondaryIPv6Addresses: null,
      EndpointID: onDefault && main ? main.endpoint.endpointId : '',
      Gateway: onDefault && main ? main.network.gatewayIp : '',
      GlobalIPv6Address: '',
      GlobalIPv6PrefixLen: 0,
      IPAddress: onDefault && main ? formatIp(main.endpoint.ip) : '',
      IPPrefixLen: onDefault && main ? main.network.prefixLength : 0,
      IPv6Gateway: '',
      MacAddress: onDefault && main ? main.endpoint.mac : '',
      Networks: networks,
    };
  }

  private share(c: Container, stack: Stack): ContainerNetworkAttachment {
    this.attached.set(c.id, {
      name: c.bareName,
      stack,
      links: [],
      sandboxId: '',
      endpoints: [],
      published: [],
      closers: [],
      shared: true,
    });
    return { net: stack, ip: null };
  }

  private reserve(n: NetworkRecord, ipv4: string): number | null {
    const ip = parseIp(ipv4);
    return ip !== null && n.space?.reserve(ip) ? ip : null;
  }

  /** Embedded DNS: names, aliases and short ids of the containers on the same user-defined networks. */
  private lookup(c: Container, name: string): string | null {
    const att = this.attached.get(c.id);
    const linked = att?.links.find((l) => l.names.includes(name));
    if (linked) return linked.ip;
    for (const { network } of att?.endpoints ?? []) {
      if (!network.hasDns) continue;
      for (const e of network.endpoints.values()) {
        if (e.name === name || e.aliases.includes(name)) return formatIp(e.ip);
      }
    }
    return null;
  }
}

/**
 * The embedded DNS server's TCP socket in the container's namespace (netstat lists it), on a port
 * of its own drawn from the sandbox id; it closes what connects (the simulated resolver answers in
 * process).
 */
function listenEmbeddedDns(stack: Stack, sandboxId: string): void {
  const span = EPHEMERAL_PORT_LAST - EPHEMERAL_PORT_FIRST + 1;
  const port = EPHEMERAL_PORT_FIRST + (parseInt(sandboxId.slice(0, 6), 16) % span);
  stack.listen(port, (conn) => conn.end(), EMBEDDED_DNS);
}

/** A container whose first network is --internal has no port mappings at all. */
function isInternal(att: Attachment): boolean {
  return att.endpoints[0]?.network.init.internal ?? false;
}

function portType(key: string): Port['Type'] {
  const t = key.split('/')[1];
  return t === 'udp' || t === 'sctp' ? t : 'tcp';
}
