// Randomness sources: a seeded deterministic PRNG (tests, transcripts) and the platform's CSPRNG.
import type { Random } from './types';

/** sfc32 seeded through splitmix32: fast, small state, good enough statistics, fully reproducible. */
export class SeededRandom implements Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number | string = 42) {
    let s = typeof seed === 'number' ? seed >>> 0 : hashString(seed);
    const split = () => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = split();
    this.b = split();
    this.c = split();
    this.d = split();
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  nextUint32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t;
  }

  next(): number {
    return this.nextUint32() / 4294967296;
  }

  bytes(n: number): Uint8Array {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i += 4) {
      let v = this.nextUint32();
      for (let j = i; j < Math.min(n, i + 4); j++) {
        out[j] = v & 0xff;
        v >>>= 8;
      }
    }
    return out;
  }
}

function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h >>> 0;
}

/** The Web Crypto CSPRNG (globalThis.crypto exists in browsers and node ≥ 19). */
export class CryptoRandom implements Random {
  next(): number {
    const v = new Uint32Array(1);
    globalThis.crypto.getRandomValues(v);
    return v[0] / 4294967296;
  }

  bytes(n: number): Uint8Array {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i += 65536) globalThis.crypto.getRandomValues(out.subarray(i, Math.min(n, i + 65536)));
    return out;
  }
}
