// /containers/{id}/archive (`docker cp` both ways, moby daemon/archive.go): HEAD/GET give a path's
// stat and a tar of it named by its base name; PUT extracts a tar into a directory of the container.
import { Conflict, InvalidParameter, NotFound } from '../../api/errors';
import type { PathStat } from '../../api/types';
import type { Container } from '../../container/container';
import { rfc3339Nano } from '../../container/time';
import { FsError, type FileSystem } from '../../fs/types';
import { fsRecords } from '../../layer/export';
import { readTar, writeTar, type TarRecord } from '../../layer/tar';
import { normalize } from '../../fs/path';
import type { Daemon } from '../daemon';

/** Go's os.FileMode type bits (ModeDir is 1<<31: added, not ORed, so the value stays unsigned). */
const TYPE_BITS: Record<string, number> = {
  dir: 2 ** 31,
  symlink: 2 ** 27,
  fifo: 2 ** 25,
  socket: 2 ** 24,
  chardev: 2 ** 26 + 2 ** 21,
};

/** A Unix mode as Go's os.FileMode: permission bits, setuid/setgid/sticky moved to Go's own bits. */
export function goFileMode(type: string, mode: number): number {
  let m = (mode & 0o777) + (TYPE_BITS[type] ?? 0);
  if (mode & 0o4000) m += 2 ** 23;
  if (mode & 0o2000) m += 2 ** 22;
  if (mode & 0o1000) m += 2 ** 20;
  return m;
}

function notFound(c: Container, path: string): NotFound {
  return new NotFound(`Could not find the file ${path} in container ${c.bareName}`);
}

function statPath(c: Container, path: string): PathStat {
  let st;
  try {
    st = c.fs.lstat(normalize(path));
  } catch {
    throw notFound(c, path);
  }
  const base = normalize(path).split('/').pop() || '/';
  return {
    name: base,
    size: st.size,
    mode: goFileMode(st.type, st.mode),
    mtime: rfc3339Nano(st.mtimeMs),
    linkTarget: st.type === 'symlink' ? c.fs.readlink(normalize(path)) : '',
  };
}

export function containerStatPath(d: Daemon, ref: string, path: string): PathStat {
  return statPath(d.containers.get(ref), path);
}

export interface ArchiveResult {
  stat: PathStat;
  tar: Uint8Array;
}

export function containerArchive(d: Daemon, ref: string, path: string): ArchiveResult {
  const c = d.containers.get(ref);
  const stat = statPath(c, path);
  const abs = normalize(path);
  const st = c.fs.lstat(abs);
  const base = stat.name;
  const meta = { mode: st.mode, uid: st.uid, gid: st.gid, mtime: Math.floor(st.mtimeMs / 1000) };
  const records: TarRecord[] = [];
  if (st.type === 'dir') {
    records.push({ ...meta, name: `${base}/`, type: 'dir' });
    const prefix = abs === '/' ? '' : abs.slice(1);
    for (const r of fsRecords(c.fs, abs))
      records.push({ ...r, name: `${base}/${r.name.slice(prefix ? prefix.length + 1 : 0)}` });
  } else if (st.type === 'symlink') {
    records.push({ ...meta, name: base, type: 'symlink', linkname: c.fs.readlink(abs) });
  } else {
    records.push({ ...meta, name: base, type: 'file', data: c.fs.readFile(abs) });
  }
  return { stat, tar: writeTar(records) };
}

function extractInto(fs: FileSystem, dir: string, records: TarRecord[]): void {
  for (const r of records) {
    const target = normalize(`${dir}/${r.name}`);
    if (!target.startsWith(dir === '/' ? '/' : `${dir}/`) && target !== dir) continue;
    const opts = { mode: r.mode, uid: r.uid, gid: r.gid };
    if (r.type === 'dir') {
      if (!fs.exists(target)) fs.mkdir(target, { recursive: true, ...opts });
    } else if (r.type === 'symlink') {
      if (fs.exists(target)) fs.unlink(target);
      fs.symlink(r.linkname ?? '', target);
    } else if (r.type === 'hardlink') {
      if (fs.exists(target)) fs.unlink(target);
      fs.link(normalize(`${dir}/${r.linkname ?? ''}`), target);
    } else if (r.type === 'file') {
      fs.writeFile(target, r.data ?? new Uint8Array(), opts);
    }
    fs.utimes(target, r.mtime * 1000, r.mtime * 1000);
  }
}

export function containerExtract(
  d: Daemon,
  ref: string,
  path: string,
  tar: Uint8Array,
  noOverwriteDirNonDir = false,
): void {
  const c = d.containers.get(ref);
  const dir = normalize(path);
  let st;
  try {
    st = c.fs.stat(dir);
  } catch {
    throw notFound(c, path);
  }
  if (st.type !== 'dir') throw new InvalidParameter('extraction point is not a directory');
  if (c.hostConfig.ReadonlyRootfs) throw new Conflict('container rootfs is marked read-only');
  const records = readTar(tar);
  if (noOverwriteDirNonDir) {
    for (const r of records) {
      const target = normalize(`${dir}/${r.name}`);
      if (!c.fs.exists(target)) continue;
      const isDir = c.fs.stat(target).type === 'dir';
      if (isDir !== (r.type === 'dir')) {
        throw new InvalidParameter(
          `cannot overwrite ${isDir ? 'directory' : 'non-directory'} "${target}" with ${isDir ? 'non-directory' : 'directory'} "${r.name}"`,
        );
      }
    }
  }
  try {
    extractInto(c.fs, dir, records);
  } catch (err) {
    if (err instanceof FsError) throw new InvalidParameter(err.message);
    throw err;
  }
  d.containerEvent(c, 'extract-to-dir');
}
