// ls(1): -l -a -A -1 -R -h -d -i -t -S -r -F -p -U, --color; columns on a terminal, one per line
// otherwise. GNU and BusyBox differ in -l column widths, -h rounding, colours and error wording.

import type { Applet } from './lib/applet';
import type { Tool } from './lib/tool';
import type { Stat } from '../../engine/fs/types';
import { FsError } from '../../engine/fs/types';
import { getopt, has } from './lib/getopt';
import { quoteFile } from './lib/quote';
import { modeString } from './lib/mode';
import { humanSize } from './lib/numbers';
import { lsDate } from './lib/time';
import { groupName, userName } from './lib/users';
import { busyboxCode, colorCode, gnuPalette, paint, type Palette } from './lib/colors';
import { columns } from './lib/columns';
import { sortNames } from '../../engine/fs/memfs';

interface Options {
  all: boolean;
  almostAll: boolean;
  long: boolean;
  human: boolean;
  dirsAsFiles: boolean;
  inode: boolean;
  recursive: boolean;
  reverse: boolean;
  sort: 'name' | 'time' | 'size' | 'none';
  classify: 'none' | 'slash' | 'classify';
  color: boolean;
  onePerLine: boolean;
  numeric: boolean;
  width: number;
}

interface Entry {
  /** What is printed. */
  name: string;
  /** Absolute path. */
  path: string;
  st: Stat;
  /** stat() of a symlink's target (null when dangling). */
  target?: Stat | null;
  linkTo?: string;
}

/** Names GNU ls quotes on a terminal: those the shell would not take literally. */
function needsQuotes(name: string): boolean {
  return /[\s'"$`\\!*?[\]{}()<>|&;#]/.test(name) || name.startsWith('~') || name === '';
}

function blocksKiB(st: Stat): number {
  if (st.type === 'dir') return 4;
  if (st.type !== 'file') return 0;
  return Math.ceil(st.size / 4096) * 4;
}

function busyboxHuman(bytes: number): string {
  if (bytes < 1024) return String(bytes);
  const units = ['K', 'M', 'G', 'T'];
  let v = bytes / 1024;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${v.toFixed(1)}${units[u]}`;
}

function entryOf(t: Tool, name: string, path: string): Entry {
  const fs = t.ctx.fs;
  const st = fs.lstat(path);
  const e: Entry = { name, path, st };
  if (st.type === 'symlink') {
    e.linkTo = fs.readlink(path);
    try {
      e.target = fs.stat(path);
    } catch {
      e.target = null;
    }
  }
  return e;
}

function sortEntries(list: Entry[], o: Options): Entry[] {
  if (o.sort === 'none') return list;
  const byName = sortNames(list.map((e) => e.name));
  const rank = new Map(byName.map((n, i) => [n, i]));
  const sorted = [...list].sort((a, b) => {
    if (o.sort === 'time' && a.st.mtimeMs !== b.st.mtimeMs) return b.st.mtimeMs - a.st.mtimeMs;
    if (o.sort === 'size' && a.st.size !== b.st.size) return b.st.size - a.st.size;
    return rank.get(a.name)! - rank.get(b.name)!;
  });
  return o.reverse ? sorted.reverse() : sorted;
}

function indicator(e: Entry, o: Options): string {
  if (o.classify === 'none') return '';
  const st = e.st;
  if (st.type === 'dir') return '/';
  if (o.classify === 'slash') return '';
  if (st.type === 'symlink') return o.long ? '' : '@';
  if (st.type === 'fifo') return '|';
  if (st.type === 'socket') return '=';
  if (st.type === 'file' && st.mode & 0o111) return '*';
  return '';
}

class Lister {
  private palette: Palette;
  private coloredYet = false;
  status = 0;

  constructor(
    private t: Tool,
    private o: Options,
  ) {
    this.palette = gnuPalette(t.ctx.env.LS_COLORS);
  }

  /** Quote names on a terminal (GNU's shell-escape style); unquoted ones get a space to align. */
  private quoting = false;
  private align = false;

  private setQuoting(list: Entry[], alignable: boolean): void {
    this.quoting = this.t.gnu && this.t.ctx.stdout.isTTY;
    this.align = this.quoting && alignable && list.some((e) => needsQuotes(e.name));
  }

  private displayName(e: Entry): string {
    if (this.quoting && needsQuotes(e.name)) return quoteFile(e.name);
    return this.align ? ' ' + e.name : e.name;
  }

  private shownName(e: Entry): string {
    const name = this.displayName(e);
    if (!this.o.color) return name;
    if (this.t.gnu) {
      const code = colorCode(this.palette, name, e.st, e.target);
      if (code === null) return name;
      const prefix = this.coloredYet ? '' : '\x1b[0m';
      this.coloredYet = true;
      return prefix + paint(code, name, 'gnu');
    }
    return paint(busyboxCode(e.st), name, 'busybox');
  }

  private cell(e: Entry, inoWidth: number): { text: string; width: number } {
    const ino = this.o.inode
      ? (this.t.gnu ? String(e.st.ino).padStart(inoWidth) : String(e.st.ino).padStart(7)) + ' '
      : '';
    const ind = indicator(e, this.o);
    const width = ino.length + [...this.displayName(e)].length + ind.length;
    return { text: ino + this.shownName(e) + ind, width };
  }

  /** Prints a list of entries (files of the command line, or one directory's content). */
  print(list: Entry[], withTotal: boolean): void {
    const t = this.t;
    const o = this.o;
    let out = '';
    this.setQuoting(list, !o.onePerLine || o.long);
    if (o.long) {
      if (withTotal) {
        const total = list.reduce((s, e) => s + blocksKiB(e.st), 0);
        if (t.gnu) out += `total ${o.human ? humanSize(total * 1024) : total}\n`;
        else out += o.human ? `total ${humanSize(total * 1024).padEnd(7)}\n` : `total ${total}\n`;
      }
      out += this.long(list);
    } else {
      const inoWidth = Math.max(0, ...list.map((e) => String(e.st.ino).length));
      const cells = list.map((e) => this.cell(e, inoWidth));
      if (o.onePerLine) out += cells.map((c) => c.text + '\n').join('');
      else
        out += columns(
          cells.map((c) => c.text),
          cells.map((c) => c.width),
          o.width,
          t.flavour,
        );
    }
    t.out(out);
  }

  private long(list: Entry[]): string {
    const t = this.t;
    const o = this.o;
    const fs = t.ctx.fs;
    const now = t.ctx.clock.now();
    const rows = list.map((e) => {
      const st = e.st;
      const owner = o.numeric ? String(st.uid) : (userName(fs, st.uid) ?? String(st.uid));
      const group = o.numeric ? String(st.gid) : (groupName(fs, st.gid) ?? String(st.gid));
      let size: string;
      if (st.type === 'chardev')
        size = t.gnu
          ? `${(st.rdev ?? 0) >> 8}, ${(st.rdev ?? 0) & 255}`
          : `${String((st.rdev ?? 0) >> 8).padStart(4)},${String((st.rdev ?? 0) & 255).padStart(4)}`;
      else if (o.human) size = t.gnu ? humanSize(st.size) : busyboxHuman(st.size);
      else size = String(st.size);
      return { e, owner, group, size, nlink: String(st.nlink), ino: String(st.ino) };
    });
    const w = (f: (r: (typeof rows)[number]) => string): number =>
      Math.max(0, ...rows.map((r) => f(r).length));
    const inoW = w((r) => r.ino);
    const nlinkW = w((r) => r.nlink);
    const ownerW = w((r) => r.owner);
    const groupW = w((r) => r.group);
    const sizeW = w((r) => r.size);
    let out = '';
    for (const r of rows) {
      const st = r.e.st;
      let line: string;
      if (t.gnu) {
        const sizeCol = r.size.padStart(sizeW);
        line =
          (o.inode ? r.ino.padStart(inoW) + ' ' : '') +
          `${modeString(st.type, st.mode)} ${r.nlink.padStart(nlinkW)} ${r.owner.padEnd(ownerW)} ${r.group.padEnd(groupW)} ${sizeCol} ${lsDate(st.mtimeMs, now)} `;
      } else {
        const sizeCol = r.size.padStart(o.human ? 7 : 9);
        line =
          (o.inode ? r.ino.padStart(7) + ' ' : '') +
          `${modeString(st.type, st.mode)} ${r.nlink.padStart(4)} ${r.owner.padEnd(8)} ${r.group.padEnd(8)} ${sizeCol} ${lsDate(st.mtimeMs, now)} `;
      }
      line += this.shownName(r.e) + indicator(r.e, o);
      if (r.e.linkTo !== undefined) line += ` -> ${r.e.linkTo}`;
      out += line + '\n';
    }
    return out;
  }

  /** The entries of a directory, or null after an error. */
  read(shown: string, path: string): Entry[] | null {
    const fs = this.t.ctx.fs;
    try {
      const names = fs.readdir(path);
      const list: Entry[] = [];
      if (this.o.all) {
        list.push({ ...entryOf(this.t, '.', path) });
        list.push({ ...entryOf(this.t, '..', path === '/' ? '/' : `${path}/..`) });
      }
      for (const n of names) {
        if (n.startsWith('.') && !this.o.all && !this.o.almostAll) continue;
        list.push(entryOf(this.t, n, path === '/' ? `/${n}` : `${path}/${n}`));
      }
      return sortEntries(list, this.o);
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
      this.t.error(
        this.t.gnu
          ? `cannot open directory ${quoteFile(shown)}: ${e.text}`
          : `can't open '${shown}': ${e.text}`,
      );
      this.status = this.t.gnu ? 2 : 1;
      return null;
    }
  }

  directory(shown: string, path: string, header: boolean, first: boolean): void {
    const list = this.read(shown, path);
    if (header) this.t.out(`${first ? '' : '\n'}${shown}:\n`);
    if (!list) return;
    this.print(list, true);
    if (!this.o.recursive) return;
    for (const e of list) {
      if (e.st.type !== 'dir' || e.name === '.' || e.name === '..') continue;
      this.directory(
        shown === '/' ? `/${e.name}` : `${shown.replace(/\/+$/, '')}/${e.name}`,
        e.path,
        true,
        false,
      );
    }
  }
}

export const ls: Applet = async (t) => {
  const p = getopt(t, t.args, {
    short: 'laA1RhdirtSFpUnCx',
    long: [
      { name: 'all', key: 'a' },
      { name: 'almost-all', key: 'A' },
      { name: 'recursive', key: 'R' },
      { name: 'human-readable', key: 'h' },
      { name: 'directory', key: 'd' },
      { name: 'inode', key: 'i' },
      { name: 'reverse', key: 'r' },
      { name: 'classify', key: 'F', arg: 'optional' },
      { name: 'numeric-uid-gid', key: 'n' },
      { name: 'color', arg: 'optional' },
      { name: 'colour', key: 'color', arg: 'optional' },
    ],
  });
  if (!p) return t.gnu ? 2 : 1;
  const tty = t.ctx.stdout.isTTY;
  const colorArg = p.opts.filter(([k]) => k === 'color').pop();
  const when = colorArg ? (colorArg[1] ?? 'always') : t.gnu ? 'never' : 'auto';
  const sortKey = p.opts.filter(([k]) => 'tSU'.includes(k)).pop()?.[0];
  const format = p.opts.filter(([k]) => 'l1Cn'.includes(k)).pop()?.[0];
  const o: Options = {
    all: has(p, 'a'),
    almostAll: has(p, 'A'),
    long: has(p, 'l') || has(p, 'n'),
    human: has(p, 'h'),
    dirsAsFiles: has(p, 'd'),
    inode: has(p, 'i'),
    recursive: has(p, 'R') && !has(p, 'd'),
    reverse: has(p, 'r'),
    sort: sortKey === 't' ? 'time' : sortKey === 'S' ? 'size' : sortKey === 'U' ? 'none' : 'name',
    classify: has(p, 'F') ? 'classify' : has(p, 'p') ? 'slash' : 'none',
    color: ['always', 'yes', 'force'].includes(when) || (['auto', 'tty', 'if-tty'].includes(when) && tty),
    onePerLine: format === '1' || (!tty && format !== 'C'),
    numeric: has(p, 'n'),
    width: t.ctx.tty?.size().cols ?? (Number(t.ctx.env.COLUMNS) || 80),
  };
  const lister = new Lister(t, o);
  const operands = p.operands.length ? p.operands : ['.'];
  const files: Entry[] = [];
  const dirs: Array<{ shown: string; path: string }> = [];
  const followArgs = !o.long && !o.dirsAsFiles && o.classify !== 'classify';
  for (const arg of operands) {
    const path = t.path(arg);
    try {
      const e = entryOf(t, arg, path);
      const isDir =
        e.st.type === 'dir' || (e.st.type === 'symlink' && e.target?.type === 'dir' && followArgs);
      if (isDir && !o.dirsAsFiles) dirs.push({ shown: arg, path });
      else files.push(e);
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
      t.error(t.gnu ? `cannot access ${quoteFile(arg)}: ${e.text}` : `${arg}: ${e.text}`);
      lister.status = t.gnu ? 2 : 1;
    }
  }
  if (files.length) lister.print(sortEntries(files, o), false);
  const headers = operands.length > 1 || o.recursive;
  dirs.sort((a, b) => (a.shown < b.shown ? -1 : a.shown > b.shown ? 1 : 0));
  if (o.reverse) dirs.reverse();
  dirs.forEach((d, i) => lister.directory(d.shown, d.path, headers, i === 0 && files.length === 0));
  return lister.status;
};
