// The socket errors a program meets, with Node's wording (the programs format them their own way).
export { ConnectionRefused } from '../process/loopback';

export class HostUnreachable extends Error {
  constructor(
    readonly host: string,
    readonly port: number,
  ) {
    super(`connect EHOSTUNREACH ${host}:${port}`);
    this.name = 'HostUnreachable';
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
