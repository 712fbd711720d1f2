// chmod-style modes: octal (`755`, `1777`) and symbolic (`u+x,go-w`, `a=r`, `+X`, `g=u`).

/**
 * The new permission bits for `spec` applied to `current`; null when the spec is invalid.
 * `umask` applies to symbolic clauses without a who (`+x`); `isDir` enables `X`.
 */
export function parseMode(spec: string, current: number, umask: number, isDir: boolean): number | null {
  if (/^[0-7]+$/.test(spec)) {
    const v = parseInt(spec, 8);
    if (v > 0o7777) return null;
    // Like GNU chmod, fewer than 5 octal digits keep a directory's setuid/setgid bits.
    return isDir && spec.length < 5 ? v | (current & 0o6000) : v;
  }
  let mode = current & 0o7777;
  for (const clause of spec.split(',')) {
    const m = /^([ugoa]*)((?:[-+=][rwxXstugo]*)+)$/.exec(clause);
    if (!m) return null;
    const who = m[1];
    let mask = 0;
    if (who === '' || who.includes('a')) mask = 0o7777;
    if (who.includes('u')) mask |= 0o4700;
    if (who.includes('g')) mask |= 0o2070;
    if (who.includes('o')) mask |= 0o1007;
    const useUmask = who === '';
    for (const action of m[2].match(/[-+=][rwxXstugo]*/g)!) {
      const op = action[0];
      const perms = action.slice(1);
      let bits = 0;
      for (const c of perms) {
        if (c === 'r') bits |= 0o444;
        else if (c === 'w') bits |= 0o222;
        else if (c === 'x') bits |= 0o111;
        else if (c === 'X') bits |= isDir || mode & 0o111 ? 0o111 : 0;
        else if (c === 's') bits |= 0o6000;
        else if (c === 't') bits |= 0o1000;
        else {
          const src = c === 'u' ? (mode >> 6) & 7 : c === 'g' ? (mode >> 3) & 7 : mode & 7;
          bits |= (src << 6) | (src << 3) | src;
        }
      }
      let effective = bits & mask;
      if (useUmask) effective &= ~umask | 0o7000;
      if (op === '+') mode |= effective;
      else if (op === '-') mode &= ~effective;
      else mode = (mode & ~mask) | effective;
    }
  }
  return mode;
}

/** `drwxr-xr-x` as ls -l and stat print it. */
export function modeString(type: string, mode: number): string {
  const t = { dir: 'd', symlink: 'l', chardev: 'c', fifo: 'p', socket: 's', file: '-' }[type] ?? '-';
  const bit = (b: number, c: string): string => (mode & b ? c : '-');
  const special = (exec: number, flag: number, on: string, off: string): string =>
    mode & flag ? (mode & exec ? on : off) : bit(exec, 'x');
  return (
    t +
    bit(0o400, 'r') +
    bit(0o200, 'w') +
    special(0o100, 0o4000, 's', 'S') +
    bit(0o40, 'r') +
    bit(0o20, 'w') +
    special(0o10, 0o2000, 's', 'S') +
    bit(0o4, 'r') +
    bit(0o2, 'w') +
    special(0o1, 0o1000, 't', 'T')
  );
}
