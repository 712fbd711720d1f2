// stat(1): the default report or -c/--format/--printf FORMAT; -L follows symlinks.

import type { Applet } from './lib/applet';
import type { Tool } from './lib/tool';
import type { Stat } from '../../engine/fs/types';
import { getopt, has, last } from './lib/getopt';
import { errText } from './lib/tool';
import { quoteFile } from './lib/quote';
import { usage } from './lib/usage';
import { modeString } from './lib/mode';
import { statDate } from './lib/time';
import { groupName, userName } from './lib/users';
import { unescape } from './lib/escapes';

/** The simulated block device every file lives on (major 254, minor 0, like a virtio disk). */
const DEVICE = 0xfe00;

function typeName(st: Stat): string {
  switch (st.type) {
    case 'file':
      return st.size === 0 ? 'regular empty file' : 'regular file';
    case 'dir':
      return 'directory';
    case 'symlink':
      return 'symbolic link';
    case 'chardev':
      return 'character special file';
    case 'fifo':
      return 'fifo';
    default:
      return 'socket';
  }
}

const blocks = (st: Stat): number =>
  st.type === 'dir' ? 8 : st.type === 'file' ? Math.ceil(st.size / 4096) * 8 : 0;

function format(t: Tool, fmt: string, shown: string, path: string, st: Stat): string {
  const fs = t.ctx.fs;
  const sec = (ms: number): string => String(Math.floor(ms / 1000));
  return fmt.replace(/%([-#+ 0]*\d*)([a-zA-Z%])/g, (all, flags: string, c: string) => {
    let v: string;
    switch (c) {
      case '%':
        return '%';
      case 'n':
        v = shown;
        break;
      case 'N':
        if (st.type === 'symlink')
          v = t.gnu
            ? `${quoteFile(shown)} -> ${quoteFile(fs.readlink(path))}`
            : `'${shown}' -> '${fs.readlink(path)}'`;
        else v = t.gnu ? quoteFile(shown) : shown;
        break;
      case 's':
        v = String(st.size);
        break;
      case 'a':
        v = st.mode.toString(8);
        break;
      case 'A':
        v = modeString(st.type, st.mode);
        break;
      case 'f':
        v = (
          ({
            file: 0o100000,
            dir: 0o40000,
            symlink: 0o120000,
            chardev: 0o20000,
            fifo: 0o10000,
            socket: 0o140000,
          }[st.type] |
            st.mode) >>>
          0
        ).toString(16);
        break;
      case 'F':
        v = typeName(st);
        break;
      case 'h':
        v = String(st.nlink);
        break;
      case 'i':
        v = String(st.ino);
        break;
      case 'u':
        v = String(st.uid);
        break;
      case 'U':
        v = userName(fs, st.uid) ?? 'UNKNOWN';
        break;
      case 'g':
        v = String(st.gid);
        break;
      case 'G':
        v = groupName(fs, st.gid) ?? 'UNKNOWN';
        break;
      case 'b':
        v = String(blocks(st));
        break;
      case 'B':
        v = '512';
        break;
      case 'o':
        v = '4096';
        break;
      case 'd':
        v = String(DEVICE);
        break;
      case 'D':
        v = DEVICE.toString(16);
        break;
      case 't':
        v = ((st.rdev ?? 0) >> 8).toString(16);
        break;
      case 'T':
        v = ((st.rdev ?? 0) & 255).toString(16);
        break;
      case 'x':
        v = statDate(st.atimeMs);
        break;
      case 'X':
        v = sec(st.atimeMs);
        break;
      case 'y':
        v = statDate(st.mtimeMs);
        break;
      case 'Y':
        v = sec(st.mtimeMs);
        break;
      case 'z':
        v = statDate(st.ctimeMs);
        break;
      case 'Z':
        v = sec(st.ctimeMs);
        break;
      case 'w':
        v = '-';
        break;
      case 'W':
        v = '0';
        break;
      default:
        return all;
    }
    const width = Number(flags.replace(/[^\d]/g, '') || 0);
    return flags.includes('-') ? v.padEnd(width) : v.padStart(width);
  });
}

function report(t: Tool, shown: string, path: string, st: Stat): string {
  const fs = t.ctx.fs;
  const name = st.type === 'symlink' ? `${shown} -> ${fs.readlink(path)}` : shown;
  const user = userName(fs, st.uid) ?? 'UNKNOWN';
  const group = groupName(fs, st.gid) ?? 'UNKNOWN';
  const device = t.gnu ? `${DEVICE >> 8},${DEVICE & 255}` : `${DEVICE.toString(16)}h/${DEVICE}d`;
  const lines = [
    `  File: ${name}`,
    `  Size: ${String(st.size).padEnd(10)}\tBlocks: ${String(blocks(st)).padEnd(10)} IO Block: 4096   ${typeName(st)}`,
    `Device: ${device}\tInode: ${String(st.ino).padEnd(11)} Links: ${st.nlink}`,
    `Access: (${st.mode.toString(8).padStart(4, '0')}/${modeString(st.type, st.mode)})  Uid: (${String(st.uid).padStart(5)}/${user.padStart(8)})   Gid: (${String(st.gid).padStart(5)}/${group.padStart(8)})`,
    `Access: ${statDate(st.atimeMs)}`,
    `Modify: ${statDate(st.mtimeMs)}`,
    `Change: ${statDate(st.ctimeMs)}`,
  ];
  if (t.gnu) lines.push(' Birth: -');
  return lines.join('\n') + '\n';
}

export const stat: Applet = async (t) => {
  const p = getopt(t, t.args, {
    short: 'c:Lt',
    long: !t.gnu
      ? []
      : [
          { name: 'format', key: 'c', arg: 'required' },
          { name: 'printf', arg: 'required' },
          { name: 'dereference', key: 'L' },
          { name: 'terse', key: 't' },
        ],
  });
  if (!p) return 1;
  if (p.operands.length === 0) return usage(t, 'missing operand');
  const fmt = last(p, 'c');
  const printfFmt = last(p, 'printf');
  let status = 0;
  for (const f of p.operands) {
    const path = t.path(f);
    let st: Stat;
    try {
      st = has(p, 'L') ? t.ctx.fs.stat(path) : t.ctx.fs.lstat(path);
    } catch (e) {
      t.error(
        t.gnu
          ? `cannot ${has(p, 'L') ? 'stat' : 'statx'} ${quoteFile(f)}: ${errText(e)}`
          : `can't stat '${f}': ${errText(e)}`,
      );
      status = 1;
      continue;
    }
    if (printfFmt !== undefined) t.out(format(t, unescape(printfFmt, false).text, f, path, st));
    else if (fmt !== undefined) t.out(format(t, fmt, f, path, st) + '\n');
    else t.out(report(t, f, path, st));
  }
  return status;
};
