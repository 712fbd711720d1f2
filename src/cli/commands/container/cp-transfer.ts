// `docker cp` both ways through the archive endpoints, with the destination rules of docker cp
// (into an existing directory, or as the new name), `-` for a tar on stdin/stdout, and the
// "Successfully copied …" line on a terminal.

import { readTar } from '../../archive/untar';
import { collectTree, writeTar, type TarEntry } from '../../archive/tar';
import type { Cli } from '../../cli';
import { StatusError } from '../../errors';
import { humanSize } from '../../format/units';
import { binaryString, readBinaryInput } from '../binary-output';

export function splitCpArg(arg: string): { container: string | null; path: string } {
  if (arg.startsWith('/') || arg.startsWith('.') || arg === '-') return { container: null, path: arg };
  const i = arg.indexOf(':');
  if (i <= 0) return { container: null, path: arg };
  return { container: arg.slice(0, i), path: arg.slice(i + 1) };
}

function absHost(cli: Cli, p: string): string {
  return p.startsWith('/') ? p : `${cli.proc.cwd.replace(/\/$/, '')}/${p}`;
}

function basename(p: string): string {
  const parts = p.replace(/\/+$/, '').split('/');
  return parts[parts.length - 1] || '/';
}

function dirname(p: string): string {
  const t = p.replace(/\/+$/, '');
  const i = t.lastIndexOf('/');
  return i <= 0 ? '/' : t.slice(0, i);
}

function size(entries: TarEntry[]): number {
  return entries.reduce((s, e) => s + (e.data?.length ?? 0), 0);
}

export async function copyFromContainer(
  cli: Cli,
  container: string,
  path: string,
  dest: string,
  quiet: boolean,
): Promise<void> {
  const { tar } = await cli.client.containerArchiveGet(container, path);
  if (dest === '-') {
    cli.out(binaryString(tar));
    return;
  }
  const fs = cli.proc.fs;
  const target = absHost(cli, dest);
  const entries = readTar(tar);
  const root = entries[0]?.path.split('/')[0] ?? basename(path);
  let base: string;
  if (fs.exists(target) && fs.stat(target).type === 'dir') base = `${target.replace(/\/$/, '')}/${root}`;
  else {
    if (!fs.exists(dirname(target))) throw new StatusError(`open ${target}: no such file or directory`, 1);
    if (dest.endsWith('/')) throw new StatusError(`destination "${target}" must be a directory`, 1);
    base = target;
  }
  for (const e of entries) {
    const rel = e.path === root ? '' : e.path.slice(root.length);
    const out = `${base}${rel}`;
    if (e.type === 'dir') fs.mkdir(out, { recursive: true });
    else if (e.type === 'file') fs.writeFile(out, e.data ?? new Uint8Array());
  }
  if (!quiet && cli.proc.stderr.isTTY)
    cli.err(`Successfully copied ${humanSize(size(entries))} to ${target}\n`);
}

export async function copyToContainer(
  cli: Cli,
  src: string,
  container: string,
  dest: string,
  quiet: boolean,
): Promise<void> {
  let tar: Uint8Array;
  let name: string | null = null;
  let copied = 0;
  if (src === '-') tar = await readBinaryInput(cli, '');
  else {
    const fs = cli.proc.fs;
    const from = absHost(cli, src);
    if (!fs.exists(from)) throw new StatusError(`lstat ${from}: no such file or directory`, 1);
    name = basename(from);
    const st = fs.stat(from);
    const entries: TarEntry[] =
      st.type === 'dir'
        ? [{ path: name, type: 'dir', mode: 0o755 }, ...collectTree(fs, from, name)]
        : [{ path: name, type: 'file', mode: 0o644, data: fs.readFile(from) }];
    copied = size(entries);
    tar = writeTar(entries);
  }
  let dir = dest;
  try {
    const st = await cli.client.containerArchiveStat(container, dest);
    if (name !== null && (st.mode & 0x80000000) === 0 && !dest.endsWith('/')) {
      // Destination is an existing file: overwrite it with the source's content.
      dir = dirname(dest);
      tar = writeTar(
        readTar(tar).map((e) => ({ ...e, path: basename(dest) + e.path.slice(name?.length ?? 0) })),
      );
    }
  } catch (e) {
    if (name === null) throw e;
    dir = dirname(dest);
    tar = writeTar(
      readTar(tar).map((e) => ({ ...e, path: basename(dest) + e.path.slice(name?.length ?? 0) })),
    );
  }
  await cli.client.containerArchivePut(container, dir, tar);
  if (!quiet && src !== '-' && cli.proc.stderr.isTTY)
    cli.err(`Successfully copied ${humanSize(copied)} to ${container}:${dest}\n`);
}
