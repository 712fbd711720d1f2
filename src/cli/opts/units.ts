// go-units size parsing (RAMInBytes, FromHumanSize), as `--memory`, `--shm-size`, `--memory-swap` use it.

const DECIMAL: Record<string, number> = { k: 1e3, m: 1e6, g: 1e9, t: 1e12, p: 1e15 };
const BINARY: Record<string, number> = { k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4, p: 1024 ** 5 };
const SIZE = /^(\d+(?:\.\d+)*) ?([kKmMgGtTpP])?[iI]?[bB]?$/;

function parseSize(s: string, units: Record<string, number>): number {
  const m = SIZE.exec(s);
  if (!m) throw new Error(`invalid size: '${s}'`);
  if (!/^\d+(\.\d+)?$/.test(m[1])) throw new Error(`strconv.ParseFloat: parsing "${m[1]}": invalid syntax`);
  const size = Number(m[1]) * (m[2] ? units[m[2].toLowerCase()] : 1);
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
