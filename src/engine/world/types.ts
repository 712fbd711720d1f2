// The injected world (DESIGN.md §3.5): the engine never reads the real time or Math.random directly.

export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Calls `callback` once `ms` have passed on this clock; returns a canceller. */
  setTimer(ms: number, callback: () => void): () => void;
}

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** n random bytes. */
  bytes(n: number): Uint8Array;
}

export interface Hasher {
  /** Hex sha256 of the data (WebCrypto in the browser, node:crypto in node). */
  sha256(data: Uint8Array | string): Promise<string>;
  /** Synchronous variant, used where an async hop would be awkward (pure-JS implementation). */
  sha256Sync(data: Uint8Array | string): string;
}

export interface World {
  clock: Clock;
  random: Random;
  hasher: Hasher;
}
