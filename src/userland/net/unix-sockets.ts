// Unix domain sockets of the host (/var/run/docker.sock): a table from socket path to the server
// that accepts connections on it, injected at composition into the programs that connect (curl).
import type { Connection } from '../../engine/process/types';
import { connectionPair } from '../../engine/network/connection';

export interface UnixSockets {
  /** Connects to the socket at `path`; null when nothing listens there. */
  connect(path: string): Connection | null;
}

export class UnixSocketTable implements UnixSockets {
  private readonly servers = new Map<string, (conn: Connection) => void>();

  /** Listens on `path`; returns the closer. */
  bind(path: string, onConnection: (conn: Connection) => void): () => void {
    this.servers.set(path, onConnection);
    return () => this.servers.delete(path);
  }

  connect(path: string): Connection | null {
    const accept = this.servers.get(path);
    if (!accept) return null;
    const pair = connectionPair({ address: '', port: 0 }, { address: path, port: 0 });
    accept(pair.server);
    return pair.client;
  }
}
