// A small ustar writer for what the CLI sends to the engine: the build context (`docker build .`) and
// `docker cp` sources. Directories first, then their content, in sorted order.

import type { CliFs } from '../process';

export interface TarEntry {
  path: string;
  type: 'file' | 'dir' | 'symlink';
  data?: Uint8Array;
  mode: number;
  linkTarget?: string;
}

const enc = new TextEncoder();

function octal(n: number, width: number): string {
  return n.toString(8).padStart(width - 1, '0') + '\0';
}

function header(e: TarEntry, size: number): Uint8Array {
  const h = new Uint8Array(512);
  const put = (s: string, off: number, len: number) => h.set(enc.encode(s).subarray(0, len), off);
  let name = e.path + (e.type === 'dir' && !e.path.endsWith('/') ? '/' : '');
  let prefix = '';
  if (enc.encode(name).length > 100) {
    const cut = name.lastIndexOf('/', name.length - 2);
    prefix = name.slice(0, cut);
    name = name.slice(cut + 1);
  }
  put(name, 0, 100);
  put(octal(e.mode & 0o7777, 8), 100, 8);
  put(octal(0, 8), 108, 8);
  put(octal(0, 8), 116, 8);
  put(octal(size, 12), 124, 12);
  put(octal(0, 12), 136, 12);
  put('        ', 148, 8);
  put(e.type === 'dir' ? '5' : e.type === 'symlink' ? '2' : '0', 156, 1);
  if (e.linkTarget) put(e.linkTarget, 157, 100);
  put('ustar\x0000', 257, 8);
  put(prefix, 345, 155);
  let sum = 0;
  for (const b of h) sum += b;
  put(octal(sum, 7) + ' ', 148, 8);
  return h;
}

export function writeTar(entries: readonly TarEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  for (const e of entries) {
    const data = e.type === 'file' ? (e.data ?? new Uint8Array()) : new Uint8Array();
    chunks.push(header(e, data.length));
    if (data.length > 0) {
      chunks.push(data);
      const pad = (512 - (data.length % 512)) % 512;
      if (pad) chunks.push(new Uint8Array(pad));
    }
  }
  chunks.push(new Uint8Array(1024));
  const out = new Uint8Array(chunks.reduce((s, c) => s + c.length, 0));
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.length;
  }
  return out;
}

/** Every file under `dir` of the host filesystem, as tar entries relative to it (`base` prefixes them). */
export function collectTree(fs: CliFs, dir: string, base = ''): TarEntry[] {
  const out: TarEntry[] = [];
  for (const name of [...fs.readdir(dir)].sort()) {
    const full = `${dir.replace(/\/$/, '')}/${name}`;
    const rel = base ? `${base}/${name}` : name;
    const st = fs.stat(full);
    if (st.type === 'dir') {
      out.push({ path: rel, type: 'dir', mode: 0o755 });
      out.push(...collectTree(fs, full, rel));
    } else if (st.type === 'file') {
      out.push({ path: rel, type: 'file', mode: 0o644, data: fs.readFile(full) });
    }
  }
  return out;
}
