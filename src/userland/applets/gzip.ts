// gzip, gunzip and zcat (one program, as in both GNU gzip and BusyBox): FILE becomes FILE.gz (or
// the reverse with -d), keeping mode and times, removing the original unless -k; -c writes to
// stdout; no operand filters stdin to stdout. Compressed data travels on streams as latin1 bytes.

import type { Applet } from './lib/applet';
import { errText, Tool } from './lib/tool';
import { getopt, has } from './lib/getopt';
import { readStdinBytes } from '../archive/bytes';
import { bytesForStream } from '../../engine/process/stream-bytes';
import { gunzipBytes, gzipBytes, memberOverhead } from '../archive/gzip-member';
import { bytesToLatin1 } from '../../engine/network/latin1';

interface Mode {
  decompress: boolean;
  stdout: boolean;
  keep: boolean;
  force: boolean;
  test: boolean;
  verbose: boolean;
}

function notGzip(t: Tool, name: string): number {
  // GNU gzip starts the message on a new line (after a possible -v progress line).
  if (t.gnu) t.ctx.stderr.write(`\n${t.name}: ${name}: not in gzip format\n`);
  else t.error('invalid magic');
  return 1;
}

/** Compresses or decompresses stdin to stdout. */
async function filter(t: Tool, m: Mode): Promise<number> {
  if (!m.decompress && !m.force && t.ctx.stdout.isTTY) {
    t.error('compressed data not written to a terminal. Use -f to force compression.');
    if (t.gnu) t.ctx.stderr.write(`For help, type: ${t.name} -h\n`);
    return 1;
  }
  const data = await readStdinBytes(t);
  if (!m.decompress) {
    t.out(bytesToLatin1(gzipBytes(data)));
    return 0;
  }
  const out = gunzipBytes(data);
  if (!out) return notGzip(t, 'stdin');
  if (!m.test) t.out(bytesForStream(out));
  return 0;
}

/** GNU gzip's ratio: what deflate saved (header and trailer left out) against the plain size. */
function percent(plain: number, member: Uint8Array): string {
  const deflated = member.length - memberOverhead(member);
  return plain === 0 ? '0.0%' : `${(((plain - deflated) / plain) * 100).toFixed(1)}%`;
}

/** One file operand; returns the status it contributes (0, 1 error, 2 warning). */
function file(t: Tool, m: Mode, arg: string): number {
  const path = t.path(arg);
  const fs = t.ctx.fs;
  let st;
  try {
    st = fs.stat(path);
  } catch (e) {
    t.error(t.gnu || t.name === 'zcat' ? `${arg}: ${errText(e)}` : `can't open '${arg}': ${errText(e)}`);
    return 1;
  }
  if (st.type === 'dir') {
    if (t.gnu) {
      t.error(`${arg} is a directory -- ignored`);
      return 2;
    }
    // BusyBox compresses what it could read (nothing) and then fails to remove the directory.
    if (!m.decompress && !m.stdout)
      fs.writeFile(t.path(`${arg}.gz`), gzipBytes(new Uint8Array(0)), { uid: t.ctx.uid, gid: t.ctx.gid });
    t.error(`can't remove file '${arg}': Is a directory`);
    return 1;
  }
  const data = fs.readFile(path);
  let target: string;
  let out: Uint8Array;
  if (m.decompress) {
    const suffix = /\.t?gz$|\.z$|-gz$|_z$/i.exec(arg);
    if (!suffix && !m.stdout) {
      t.error(`${arg}: unknown suffix -${t.gnu ? '-' : ''} ignored`);
      return t.gnu ? 2 : 1;
    }
    const plain = gunzipBytes(data);
    if (!plain) return notGzip(t, arg);
    out = plain;
    target = suffix ? arg.slice(0, suffix.index) + (/\.tgz$/i.test(suffix[0]) ? '.tar' : '') : arg;
  } else {
    if (/\.gz$/.test(arg) && !m.stdout && !m.force) {
      t.error(`${arg} already has .gz suffix -- unchanged`);
      return 2;
    }
    out = gzipBytes(data, arg.replace(/.*\//, ''), Math.floor(st.mtimeMs / 1000));
    target = `${arg}.gz`;
  }
  if (m.test) return 0;
  if (m.stdout) {
    t.out(m.decompress ? bytesForStream(out) : bytesToLatin1(out));
    return 0;
  }
  const targetPath = t.path(target);
  if (fs.exists(targetPath) && !m.force) {
    if (t.gnu) t.error(`${target} already exists;\tnot overwritten`);
    else t.error(`can't open '${target}': File exists`);
    return t.gnu ? 2 : 1;
  }
  fs.writeFile(targetPath, out, { mode: st.mode & 0o7777, uid: t.ctx.uid, gid: t.ctx.gid });
  fs.utimes(targetPath, st.atimeMs, st.mtimeMs);
  if (!m.keep) fs.unlink(path);
  if (m.verbose)
    t.ctx.stderr.write(
      `${arg}:\t${percent(m.decompress ? out.length : data.length, m.decompress ? data : out)} -- ${m.keep ? 'created' : 'replaced with'} ${target}\n`,
    );
  return 0;
}

export const gzip: Applet = async (invoked) => {
  // Debian's gunzip and zcat are scripts running `gzip -d`: their messages say `gzip:`.
  const t = invoked.gnu ? new Tool(invoked.ctx, 'gzip', 'gnu', invoked.argv) : invoked;
  const p = getopt(t, t.args, {
    short: 'cdfkntvq123456789',
    long: [
      { name: 'stdout', key: 'c' },
      { name: 'to-stdout', key: 'c' },
      { name: 'decompress', key: 'd' },
      { name: 'uncompress', key: 'd' },
      { name: 'force', key: 'f' },
      { name: 'keep', key: 'k' },
      { name: 'test', key: 't' },
      { name: 'verbose', key: 'v' },
      { name: 'quiet', key: 'q' },
    ],
  });
  if (!p) return 1;
  const zcat = invoked.name === 'zcat';
  const m: Mode = {
    decompress: zcat || invoked.name === 'gunzip' || has(p, 'd') || has(p, 't'),
    stdout: zcat || has(p, 'c'),
    keep: has(p, 'k'),
    force: has(p, 'f'),
    test: has(p, 't'),
    verbose: has(p, 'v'),
  };
  const operands = p.operands.length ? p.operands : ['-'];
  let status = 0;
  for (const arg of operands) {
    const s = arg === '-' ? await filter(t, m) : file(t, m, arg);
    if (s === 1 || (s === 2 && status === 0)) status = s;
  }
  return status;
};
