// coreutils' quoting in messages (gnulib quotearg) in a UTF-8 locale:
// - file names: `quoteFile` always quotes in shell style ('x', "it's"): ls, rm, cp, head…
// - `quotef` quotes a file name only when the shell would need it: cat, wc, chmod…
// - `quote` is the locale quoting of other values (‘x’): invalid numbers, intervals, modes.

const SAFE = /^[A-Za-z0-9_./,:+@%^=-]+$/;

export function quoteFile(name: string): string {
  if (!name.includes("'")) return `'${name}'`;
  if (!/["$`\\]/.test(name)) return `"${name}"`;
  return `'${name.replace(/'/g, "'\\''")}'`;
}

export function quotef(name: string): string {
  return name !== '' && SAFE.test(name) ? name : quoteFile(name);
}

export function quote(value: string): string {
  return `\u2018${value}\u2019`;
}
