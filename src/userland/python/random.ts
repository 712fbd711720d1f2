// The random module over a generator seeded from the process (clock and PID), so a run in the
// simulation is reproducible: random(), randint(), choice(), shuffle(), uniform(), seed().
import { raise } from './errors';
import { iterate } from './ops';
import { PyBuiltin, PyList, PyModule, toNumber, type PyValue } from './values';

export function randomModule(seed: number): PyModule {
  // mulberry32: small, fast, good enough for a course's dice.
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const fn = (name: string, f: (args: PyValue[]) => PyValue): [string, PyValue] => [
    name,
    new PyBuiltin(name, f),
  ];
  return new PyModule(
    'random',
    new Map<string, PyValue>([
      fn('random', () => next()),
      fn('seed', (a) => {
        state = Math.trunc(toNumber(a[0] ?? 0n)) >>> 0;
        return null;
      }),
      fn('randint', (a) => {
        const lo = BigInt(a[0] as bigint);
        const hi = BigInt(a[1] as bigint);
        if (hi < lo) throw raise('ValueError', `empty range in randrange(${lo}, ${hi + 1n})`);
        return lo + BigInt(Math.floor(next() * Number(hi - lo + 1n)));
      }),
      fn('uniform', (a) => toNumber(a[0]) + next() * (toNumber(a[1]) - toNumber(a[0]))),
      fn('choice', (a) => {
        const items = iterate(a[0] ?? null);
        if (!items.length) throw raise('IndexError', 'Cannot choose from an empty sequence');
        return items[Math.floor(next() * items.length)];
      }),
      fn('shuffle', (a) => {
        const list = a[0];
        if (!(list instanceof PyList)) throw raise('TypeError', "'shuffle' needs a list");
        for (let i = list.items.length - 1; i > 0; i--) {
          const j = Math.floor(next() * (i + 1));
          [list.items[i], list.items[j]] = [list.items[j], list.items[i]];
        }
        return null;
      }),
    ]),
  );
}
