import { describe, expect, it } from 'vitest';
import { generateId, truncateId } from '../../../src/engine/container/ids';
import { randomName, validateName } from '../../../src/engine/container/names';
import { ContainerStore } from '../../../src/engine/container/store';
import { SeededRandom } from '../../../src/engine/world/random';
import type { Random } from '../../../src/engine/world/types';

describe('ids', () => {
  it('are 64 hex characters whose short form never reads as a number', () => {
    const digitsFirst: Random = {
      next: () => 0,
      bytes: (() => {
        let call = 0;
        return (n: number) => new Uint8Array(n).fill(call++ === 0 ? 0x11 : 0xab);
      })(),
    };
    const id = generateId(digitsFirst);
    expect(id).toBe('ab'.repeat(32));
    expect(truncateId(id)).toBe('abababababab');
    expect(generateId(new SeededRandom(3))).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('names', () => {
  it("validate with Docker's rule and message, and keep the leading slash", () => {
    expect(validateName('web')).toBe('/web');
    expect(validateName('/web.1_a-b')).toBe('/web.1_a-b');
    for (const bad of ['a', '-web', 'we b', 'été', '']) {
      expect(() => validateName(bad)).toThrow(
        `Invalid container name (${bad}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`,
      );
    }
  });

  it('are adjective_surname, never boring_wozniak, with a digit on retry', () => {
    const r = new SeededRandom(7);
    for (let i = 0; i < 500; i++) {
      const n = randomName(r);
      expect(n).toMatch(/^[a-z]+_[a-z]+$/);
      expect(n).not.toBe('boring_wozniak');
    }
    expect(randomName(r, 1)).toMatch(/^[a-z]+_[a-z]+\d$/);
  });
});

describe('container lookup', () => {
  it('by full id, by name with or without slash, by unique prefix; ambiguous prefixes are refused', () => {
    const store = new ContainerStore();
    const fake = (id: string, name: string) => ({ id, name }) as never;
    store.add(fake('abc1'.padEnd(64, '0'), '/web'));
    store.add(fake('abc2'.padEnd(64, '0'), '/db'));
    store.reserveName('/web', 'abc1'.padEnd(64, '0'));
    expect(store.get('web').name).toBe('/web');
    expect(store.get('/web').name).toBe('/web');
    expect(store.get('abc2').name).toBe('/db');
    expect(() => store.get('abc')).toThrow('Multiple IDs found with provided prefix: abc');
    expect(() => store.get('nope')).toThrow('No such container: nope');
  });
});
