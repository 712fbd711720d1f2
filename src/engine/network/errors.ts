// The socket errors a program meets, with Node's wording (the programs format them their own way);
// `reason` is Linux's strerror text, as busybox prints it (`can't connect to remote host (IP): …`).
export { ConnectionRefused } from '../process/loopback';

/** EHOSTUNREACH: nobody answers ARP for an address of a directly attached subnet. */
export class HostUnreachable extends Error {
  readonly reason = 'Host is unreachable';
  constructor(
    readonly host: string,
    readonly port: number,
  ) {
    super(`connect EHOSTUNREACH ${host}:${port}`);
    this.name = 'HostUnreachable';
  }
}

/** ENETUNREACH: no route at all (a container on --network none). */
export class NetworkUnreachable extends Error {
  readonly reason = 'Network is unreachable';
  constructor(
    readonly host: string,
    readonly port: number,
  ) {
    super(`connect ENETUNREACH ${host}:${port}`);
    this.name = 'NetworkUnreachable';
  }
}

/** ETIMEDOUT: packets dropped on the way (network isolation, --internal, no Internet). */
export class ConnectionTimedOut extends Error {
  readonly reason = 'Connection timed out';
  constructor(
    readonly host: string,
    readonly port: number,
  ) {
    super(`connect ETIMEDOUT ${host}:${port}`);
    this.name = 'ConnectionTimedOut';
  }
}

export class AddressInUse extends Error {
  constructor(
    readonly address: string,
    readonly port: number,
  ) {
    super(`listen EADDRINUSE: address already in use ${address}:${port}`);
    this.name = 'AddressInUse';
  }
}

export class NameNotFound extends Error {
  constructor(readonly host: string) {
    super(`getaddrinfo ENOTFOUND ${host}`);
    this.name = 'NameNotFound';
  }
}
