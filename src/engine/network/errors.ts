// The socket errors a program meets, with Node's wording (the programs format them their own way);
// `reason` is Linux's strerror text, as busybox prints it (`can't connect to remote host (IP): …`).
export { ConnectionRefused } from '../process/loopback';

/** A connect(2) that fails for a reason of the network; `reason` is Linux's strerror text. */
abstract class ConnectError extends Error {
  abstract readonly reason: string;
  constructor(
    name: string,
    code: string,
    readonly host: string,
    readonly port: number,
  ) {
    super(`connect ${code} ${host}:${port}`);
    this.name = name;
  }
}

/** EHOSTUNREACH: nobody answers ARP for an address of a directly attached subnet. */
export class HostUnreachable extends ConnectError {
  readonly reason = 'Host is unreachable';
  constructor(host: string, port: number) {
    super('HostUnreachable', 'EHOSTUNREACH', host, port);
  }
}

/** ENETUNREACH: no route at all (a container on --network none). */
export class NetworkUnreachable extends ConnectError {
  readonly reason = 'Network is unreachable';
  constructor(host: string, port: number) {
    super('NetworkUnreachable', 'ENETUNREACH', host, port);
  }
}

/** ETIMEDOUT: packets dropped on the way (network isolation, --internal, no Internet). */
export class ConnectionTimedOut extends ConnectError {
  readonly reason = 'Connection timed out';
  constructor(host: string, port: number) {
    super('ConnectionTimedOut', 'ETIMEDOUT', host, port);
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
