// The network stack of a namespace with no network wired in: loopback only, nothing listening.
import type { Connection, NetStack } from './types';

/** ECONNREFUSED for every connection: what a program meets before the network layer is plugged in. */
export class ConnectionRefused extends Error {
  constructor(
    readonly host: string,
    readonly port: number,
  ) {
    super(`connect ECONNREFUSED ${host}:${port}`);
    this.name = 'ConnectionRefused';
  }
}

export function loopbackNet(): NetStack {
  return {
    resolve: async (name) => (name === 'localhost' ? '127.0.0.1' : null),
    connect: async (host, port): Promise<Connection> => {
      throw new ConnectionRefused(host, port);
    },
    listen: () => () => {},
    addresses: () => ['127.0.0.1'],
  };
}
