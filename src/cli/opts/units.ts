// go-units size parsing (RAMInBytes, FromHumanSize), as `--memory`, `--shm-size`, `--memory-swap` use it.

const DECIMAL: Record<string, number> = { k: 1e3, m: 1e6, g: 1e9, t: 1e12, p: 1e15 };
const BINARY: Record<string, number> = { k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4, p: 1024 ** 5 };

/** go-units parseSize: a number (the text up to the last digit, dot or space) and a unit suffix. */
function parseSize(s: string, units: Record<string, number>): number {
  let sep = -1;
  for (let i = s.length - 1; i >= 0; i--) {
    if ('01234567890. '.includes(s[i])) {
      sep = i;
      break;
    }
  }
  if (sep === -1) throw new Error(`invalid size: '${s}'`);
  const num = s[sep] === ' ' ? s.slice(0, sep) : s.slice(0, sep + 1);
  const rawSuffix = s.slice(sep + 1);
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(num))
    throw new Error(`strconv.ParseFloat: parsing ${JSON.stringify(num)}: invalid syntax`);
  let size = Number(num);
  if (size < 0) throw new Error(`invalid size: '${s}'`);
  if (rawSuffix === '') return Math.trunc(size);
  const bad = (sfx: string) => new Error(`invalid suffix: '${sfx}'`);
  if (rawSuffix.length > 3) throw bad(rawSuffix);
  const sfx = rawSuffix.toLowerCase();
  if (sfx[0] === 'b') {
    if (sfx.length > 1) throw bad(sfx);
    return Math.trunc(size);
  }
  const mul = units[sfx[0]];
  if (mul === undefined) throw bad(sfx);
  size *= mul;
  if ((sfx.length === 2 && sfx[1] !== 'b') || (sfx.length === 3 && sfx.slice(1) !== 'ib')) throw bad(sfx);
  return Math.trunc(size);
}

/** RAMInBytes: `512m` = 536870912, binary multiples. */
export function ramInBytes(s: string): number {
  return parseSize(s, BINARY);
}

/** FromHumanSize: `1kB` = 1000, decimal multiples. */
export function fromHumanSize(s: string): number {
  return parseSize(s, DECIMAL);
}
