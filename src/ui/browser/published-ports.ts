// The pages a student can open: the TCP ports published by running containers, one entry per host
// port (Docker lists the IPv4 and IPv6 bindings of one port separately).
import type { EngineClient } from '../../client/engine-client';

export interface PublishedPort {
  /** The container's name, without Docker's leading '/'. */
  container: string;
  hostPort: number;
  containerPort: number;
  url: string;
}

export async function publishedPorts(client: EngineClient): Promise<PublishedPort[]> {
  const containers = await client.containerList();
  const seen = new Set<number>();
  const out: PublishedPort[] = [];
  for (const c of containers) {
    for (const p of c.Ports ?? []) {
      if (p.Type !== 'tcp' || p.PublicPort === undefined || seen.has(p.PublicPort)) continue;
      seen.add(p.PublicPort);
      out.push({
        container: (c.Names[0] ?? c.Id.slice(0, 12)).replace(/^\//, ''),
        hostPort: p.PublicPort,
        containerPort: p.PrivatePort,
        url: `http://localhost:${p.PublicPort}/`,
      });
    }
  }
  return out.sort((a, b) => a.hostPort - b.hostPort);
}
