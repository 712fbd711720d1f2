// tar: GNU tar on the host, BusyBox tar in containers. -c/-x/-t (also the old `tar cvf` letters),
// -f FILE or `-` (stdin/stdout, the default), -z (compressed archives are recognised on reading
// anyway), -v, -C DIR, -O, --strip-components, member selection. Archives are the engine's tar
// format, so `docker export | tar -t` and `tar -c | docker cp - ctr:/p` meet.

import type { Applet } from './lib/applet';
import type { Tool } from './lib/tool';
import { errText } from './lib/tool';
import { busyboxUsage } from './lib/usage';
import { modeString } from './lib/mode';
import { strftime } from './lib/time';
import { readTar, TarFormatError, writeTar, type TarRecord } from '../../engine/layer/tar';
import { resolvePath } from '../../engine/fs/path';
import { readStdinBytes } from '../archive/bytes';
import { bytesForStream } from '../../engine/process/stream-bytes';
import { bytesToLatin1 } from '../../engine/network/latin1';
import { collect, extract } from '../archive/tree';
import { gunzipBytes, gzipBytes } from '../archive/gzip-member';

interface Options {
  mode: 'c' | 'x' | 't' | null;
  file: string;
  dir: string | null;
  gzip: boolean;
  verbose: number;
  toStdout: boolean;
  strip: number;
  members: string[];
}

const WITH_ARG = new Set(['f', 'C']);

function parseArgs(args: string[]): Options | string {
  const o: Options = {
    mode: null,
    file: '-',
    dir: null,
    gzip: false,
    verbose: 0,
    toStdout: false,
    strip: 0,
    members: [],
  };
  const queue = [...args];
  const letter = (c: string, value: () => string | undefined): string | null => {
    if ('cxt'.includes(c)) o.mode = c as Options['mode'];
    else if (c === 'v') o.verbose++;
    else if (c === 'z') o.gzip = true;
    else if (c === 'O') o.toStdout = true;
    else if ('pohmkP'.includes(c)) return null;
    else if (WITH_ARG.has(c)) {
      const v = value();
      if (v === undefined) return `option requires an argument -- '${c}'`;
      if (c === 'f') o.file = v;
      else o.dir = v;
    } else return `invalid option -- '${c}'`;
    return null;
  };
  // `tar cvf x.tar dir`: the first word's letters, their arguments taken from the next words.
  if (queue.length && !queue[0].startsWith('-')) {
    const first = queue.shift()!;
    for (const c of first) {
      const err = letter(c, () => queue.shift());
      if (err) return err;
    }
  }
  while (queue.length) {
    const a = queue.shift()!;
    if (a === '--') {
      o.members.push(...queue.splice(0));
      break;
    }
    if (a.startsWith('--')) {
      const [name, inline] = a.slice(2).split(/=(.*)/s, 2);
      const value = (): string | undefined => inline ?? queue.shift();
      if (name === 'create' || name === 'extract' || name === 'get' || name === 'list')
        o.mode = name === 'create' ? 'c' : name === 'list' ? 't' : 'x';
      else if (name === 'file') o.file = value() ?? '-';
      else if (name === 'directory') o.dir = value() ?? '.';
      else if (name === 'gzip' || name === 'gunzip') o.gzip = true;
      else if (name === 'verbose') o.verbose++;
      else if (name === 'to-stdout') o.toStdout = true;
      else if (name === 'strip-components') o.strip = Number(value() ?? 0);
      else if (
        !['numeric-owner', 'same-owner', 'no-same-owner', 'overwrite', 'preserve-permissions'].includes(name)
      )
        return `unrecognized option '${a}'`;
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      for (let i = 1; i < a.length; i++) {
        const c = a[i];
        const rest = a.slice(i + 1);
        let used = false;
        const err = letter(c, () => {
          used = true;
          return rest || queue.shift();
        });
        if (err) return err;
        if (used) break;
      }
      continue;
    }
    o.members.push(a);
  }
  return o;
}

/** GNU: `message`, the hint, status 2. BusyBox: its usage, status 1. */
function usageError(t: Tool, message: string): number {
  if (!t.gnu) {
    t.ctx.stderr.write(busyboxUsage(t));
    return 1;
  }
  t.error(message);
  t.ctx.stderr.write(`Try '${t.name} --help' or '${t.name} --usage' for more information.\n`);
  return 2;
}

/** One line of `tar -tv`: GNU widens the owner/size column as it goes (starting at 19). */
class Lister {
  private width = 19;
  constructor(private readonly gnu: boolean) {}

  line(r: TarRecord): string {
    const type = r.type === 'hardlink' ? 'file' : r.type === 'blockdev' ? 'chardev' : r.type;
    let modes = modeString(type, r.mode);
    if (r.type === 'hardlink') modes = 'h' + modes.slice(1);
    if (r.type === 'blockdev') modes = 'b' + modes.slice(1);
    const owner = `${r.uname || r.uid}/${r.gname || r.gid}`;
    const size = String(r.type === 'file' ? (r.data?.length ?? 0) : 0);
    const when = strftime(this.gnu ? '%Y-%m-%d %H:%M' : '%Y-%m-%d %H:%M:%S', r.mtime * 1000);
    let col: string;
    if (this.gnu) {
      const pad = owner.length + 1 + size.length;
      if (pad > this.width) this.width = pad;
      col = `${owner} ${size.padStart(this.width - pad + size.length)}`;
    } else col = `${owner} ${size.padStart(9)}`;
    let name = r.name;
    if (r.type === 'symlink') name += ` -> ${r.linkname}`;
    if (r.type === 'hardlink') name += ` link to ${r.linkname}`;
    return `${modes} ${col} ${when} ${name}\n`;
  }
}

/** Members named on the command line select a record, or a directory and what it holds. */
function selects(members: string[], name: string): string | null {
  const bare = name.replace(/\/$/, '');
  for (const m of members) {
    const mm = m.replace(/\/+$/, '').replace(/^\.\//, '');
    if (bare === mm || bare.startsWith(`${mm}/`)) return m;
  }
  return null;
}

async function readArchive(t: Tool, o: Options): Promise<Uint8Array | number> {
  if (o.file === '-') return readStdinBytes(t);
  try {
    return t.ctx.fs.readFile(t.path(o.file));
  } catch (e) {
    if (t.gnu) {
      t.error(`${o.file}: Cannot open: ${errText(e)}`);
      t.error('Error is not recoverable: exiting now');
      return 2;
    }
    t.error(`can't open '${o.file}': ${errText(e)}`);
    return 1;
  }
}

async function listOrExtract(t: Tool, o: Options): Promise<number> {
  const bytes = await readArchive(t, o);
  if (typeof bytes === 'number') return bytes;
  let records: TarRecord[];
  try {
    const plain = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipBytes(bytes) : bytes;
    // Less than one header block of data is no archive (GNU tar and BusyBox both refuse it).
    if (!plain || plain.length < 512) throw new TarFormatError('not a tar archive');
    records = readTar(plain);
  } catch (e) {
    if (!(e instanceof TarFormatError)) throw e;
    if (t.gnu) {
      t.error('This does not look like a tar archive');
      t.error('Exiting with failure status due to previous errors');
      return 2;
    }
    t.error('short read');
    return 1;
  }
  const lister = new Lister(t.gnu);
  const found = new Set<string>();
  const dir = o.dir === null ? t.ctx.cwd : t.path(o.dir);
  // With -f -, the archive is on stdin and verbose output goes to stdout all the same.
  let out = '';
  for (const r of records) {
    if (o.members.length) {
      const m = selects(o.members, r.name);
      if (!m) continue;
      found.add(m);
    }
    if (o.mode === 't') {
      out += o.verbose ? lister.line(r) : `${r.name}\n`;
      continue;
    }
    const name = r.name.split('/').filter(Boolean).slice(o.strip).join('/');
    if (!name) continue;
    if (o.verbose) out += o.verbose > 1 ? lister.line(r) : `${r.name}\n`;
    if (o.toStdout) {
      if (r.type === 'file') out += bytesForStream(r.data ?? new Uint8Array(0));
      continue;
    }
    try {
      extract(t.ctx.fs, dir, r, name, { uid: t.ctx.uid, gid: t.ctx.gid });
    } catch (e) {
      t.error(`${r.name}: Cannot open: ${errText(e)}`);
    }
  }
  t.out(out);
  const missing = o.members.filter((m) => !found.has(m));
  for (const m of missing) t.error(t.gnu ? `${m}: Not found in archive` : `${m}: not found in archive`);
  if (missing.length && t.gnu) t.error('Exiting with failure status due to previous errors');
  return missing.length ? (t.gnu ? 2 : 1) : 0;
}

function create(t: Tool, o: Options): number {
  if (o.members.length === 0) {
    if (t.gnu) return usageError(t, 'Cowardly refusing to create an empty archive');
    t.error('empty archive');
    return 1;
  }
  if (o.file === '-' && t.ctx.stdout.isTTY) {
    t.error(
      t.gnu
        ? 'Refusing to write archive contents to terminal (missing -f option?)'
        : "can't write to terminal",
    );
    if (t.gnu) t.error('Error is not recoverable: exiting now');
    return t.gnu ? 2 : 1;
  }
  const records: TarRecord[] = [];
  const base = o.dir === null ? t.ctx.cwd : t.path(o.dir);
  let failed = false;
  let warned = false;
  for (const m of o.members) {
    if (m.startsWith('/') && !warned) {
      warned = true;
      t.error(t.gnu ? "Removing leading `/' from member names" : "removing leading '/' from member names");
    }
    try {
      collect(t.ctx.fs, base, m, records);
    } catch (e) {
      failed = true;
      t.error(t.gnu ? `${m}: Cannot stat: ${errText(e)}` : `${m}: ${errText(e)}`);
    }
  }
  // Verbose names go to stdout, or to stderr when stdout carries the archive.
  if (o.verbose) {
    const names = records.map((r) => `${r.name}\n`).join('');
    if (o.file === '-') t.ctx.stderr.write(names);
    else t.out(names);
  }
  let bytes = writeTar(records);
  if (o.gzip) bytes = gzipBytes(bytes);
  if (o.file === '-') t.out(bytesToLatin1(bytes));
  else t.ctx.fs.writeFile(resolvePath(t.ctx.cwd, o.file), bytes, { uid: t.ctx.uid, gid: t.ctx.gid });
  if (failed) {
    t.error(
      t.gnu
        ? 'Exiting with failure status due to previous errors'
        : 'error exit delayed from previous errors',
    );
    return t.gnu ? 2 : 1;
  }
  return 0;
}

export const tar: Applet = async (t) => {
  const o = parseArgs(t.args);
  if (typeof o === 'string') return usageError(t, o);
  if (!o.mode) {
    if (!t.gnu) return usageError(t, '');
    return usageError(t, "You must specify one of the '-Acdtrux', '--delete' or '--test-label' options");
  }
  return o.mode === 'c' ? create(t, o) : listOrExtract(t, o);
};
