import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { createHasher } from '../../../src/engine/world/hasher';
import { sha256Hex } from '../../../src/engine/world/hasher-sha256';

const VECTORS: [string, string][] = [
  ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
  ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  [
    'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
    '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
  ],
  [
    'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
    'cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1',
  ],
];

describe('sha256', () => {
  it.each(VECTORS)('FIPS vector %#', (input, hex) => {
    expect(sha256Hex(input)).toBe(hex);
  });

  it('matches node:crypto on every length around the block boundaries', () => {
    for (let n = 0; n < 300; n++) {
      const data = new Uint8Array(n).map((_, i) => (i * 31 + n) & 0xff);
      expect(sha256Hex(data)).toBe(createHash('sha256').update(data).digest('hex'));
    }
  });

  it('hashes a million "a" (long input)', () => {
    expect(sha256Hex('a'.repeat(1_000_000))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });

  it('async (WebCrypto) and sync paths agree', async () => {
    const hasher = createHasher();
    for (const [input, hex] of VECTORS) {
      expect(await hasher.sha256(input)).toBe(hex);
      expect(hasher.sha256Sync(input)).toBe(hex);
    }
  });

  it('falls back to the JS implementation without WebCrypto', async () => {
    expect(await createHasher(null).sha256('abc')).toBe(VECTORS[1][1]);
  });
});
