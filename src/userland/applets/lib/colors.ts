// ls colours: GNU reads LS_COLORS (as `eval $(dircolors)` sets it) or its built-in defaults;
// BusyBox has fixed colours and prints `\e[0;0m` for plain files.

import type { Stat } from '../../../engine/fs/types';
import type { Flavour } from './flavour';

const GNU_DEFAULTS: Record<string, string> = {
  di: '01;34',
  ln: '01;36',
  pi: '40;33',
  so: '01;35',
  bd: '40;33;01',
  cd: '40;33;01',
  ex: '01;32',
  su: '37;41',
  sg: '30;43',
  tw: '30;42',
  ow: '34;42',
  st: '37;44',
};

export interface Palette {
  types: Record<string, string>;
  extensions: Array<[string, string]>;
}

export function gnuPalette(lsColors: string | undefined): Palette {
  const types = { ...GNU_DEFAULTS };
  const extensions: Array<[string, string]> = [];
  for (const item of (lsColors ?? '').split(':')) {
    const eq = item.indexOf('=');
    if (eq < 0) continue;
    const key = item.slice(0, eq);
    const value = item.slice(eq + 1);
    if (key.startsWith('*')) extensions.push([key.slice(1), value]);
    else types[key] = value;
  }
  return { types, extensions };
}

/** The SGR code for an entry (`st` is lstat; `target` is stat of a symlink's target, null when dangling). */
export function colorCode(
  p: Palette,
  name: string,
  st: Stat,
  target: Stat | null | undefined,
): string | null {
  const t = p.types;
  switch (st.type) {
    case 'dir':
      if (st.mode & 0o1000 && st.mode & 0o002) return t.tw;
      if (st.mode & 0o002) return t.ow;
      if (st.mode & 0o1000) return t.st;
      return t.di;
    case 'symlink':
      return target === null
        ? (t.or ?? t.ln)
        : t.ln === 'target' && target
          ? colorCode(p, name, target, undefined)
          : t.ln;
    case 'fifo':
      return t.pi;
    case 'socket':
      return t.so;
    case 'chardev':
      return t.cd;
  }
  if (st.mode & 0o4000) return t.su;
  if (st.mode & 0o2000) return t.sg;
  if (st.mode & 0o111) return t.ex;
  for (const [ext, code] of p.extensions) if (name.endsWith(ext)) return code;
  return t.fi ?? null;
}

/** BusyBox's fixed colours (`\e[1;34m` directories, `\e[0;0m` plain files). */
export function busyboxCode(st: Stat): string {
  switch (st.type) {
    case 'dir':
      return '1;34';
    case 'symlink':
      return '1;36';
    case 'fifo':
      return '0;33';
    case 'socket':
      return '1;35';
    case 'chardev':
      return '1;33';
  }
  return st.mode & 0o111 ? '1;32' : '0;0';
}

export function paint(code: string | null, text: string, flavour: Flavour): string {
  if (code === null) return text;
  return flavour === 'gnu' ? `\x1b[${code}m${text}\x1b[0m` : `\x1b[${code}m${text}\x1b[m`;
}
