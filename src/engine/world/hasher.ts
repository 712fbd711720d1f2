// The Hasher of the injected world: WebCrypto's SubtleCrypto for the async path (browser and node 20
// both expose `crypto.subtle`), the pure TypeScript implementation for the synchronous one.
import type { Hasher } from './types';
import { sha256Hex, toBytes, toHex } from './hasher-sha256';

/** The subset of SubtleCrypto the hasher uses. */
export interface SubtleDigest {
  digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer>;
}

function defaultSubtle(): SubtleDigest | undefined {
  const c = (globalThis as { crypto?: { subtle?: SubtleDigest } }).crypto;
  return c?.subtle;
}

/** A Hasher; without WebCrypto (old runtimes, insecure browser contexts) the async path falls back to JS. */
export function createHasher(subtle: SubtleDigest | null = defaultSubtle() ?? null): Hasher {
  return {
    async sha256(data) {
      if (!subtle) return sha256Hex(data);
      const buf = await subtle.digest('SHA-256', toBytes(data));
      return toHex(new Uint8Array(buf));
    },
    sha256Sync: sha256Hex,
  };
}

/** A purely synchronous hasher (tests, benchmarks, places that need determinism without a microtask). */
export const syncHasher: Hasher = {
  sha256: async (data) => sha256Hex(data),
  sha256Sync: sha256Hex,
};
