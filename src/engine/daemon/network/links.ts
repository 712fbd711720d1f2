// Legacy links (`--link srv:alias`) on the default bridge: /etc/hosts lines for the linked containers.
import { System } from '../../api/errors';
import type { HostsEntry } from '../../container/etc-files';
import { formatIp } from '../../network/ipv4';
import type { NetworkRecord } from '../../network/network';

/** `srv:alias`, `srv`, or the daemon's stored form `/srv:/cli/alias`. */
function parseLink(link: string): { name: string; alias: string } {
  const [rawName = '', rawAlias] = link.split(':');
  const name = rawName.replace(/^\//, '');
  const alias = rawAlias ? rawAlias.slice(rawAlias.lastIndexOf('/') + 1) : name;
  return { name, alias };
}

/** The hosts entries for `links` (alias, short id, name), or Docker's error for a stopped target. */
export function linkHosts(links: readonly string[], bridge: NetworkRecord, self: string): HostsEntry[] {
  return links.map((link) => {
    const { name, alias } = parseLink(link);
    const target = [...bridge.endpoints.values()].find((e) => e.name === name);
    if (!target) throw new System(`Cannot link to a non running container: /${name} AS /${self}/${alias}`);
    const names = [alias, target.containerId.slice(0, 12), name].filter((n, i, all) => all.indexOf(n) === i);
    return { ip: formatIp(target.ip), names };
  });
}
