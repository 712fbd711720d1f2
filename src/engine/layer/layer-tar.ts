// A layer's tar serialisation (Docker's layer format: `.wh.<name>` whiteouts, `.wh..wh..opq` opaque
// markers, hard links as link entries) and its inverse.
import { newInode, nodeEntry, WHITEOUT, type Entry, type Inode } from './inode';
import { writeTar, type TarRecord } from './tar';
import type { Layer } from './layer';
import { baseName, parentOf } from './source';

export const WHITEOUT_PREFIX = '.wh.';
export const OPAQUE_MARKER = '.wh..wh..opq';

function tarType(inode: Inode): TarRecord['type'] {
  return inode.type === 'socket' ? 'fifo' : inode.type;
}

/** The tar records of a layer, in Docker's walk order. */
export function* layerRecords(layer: Pick<Layer, 'walk'>): Generator<TarRecord> {
  const firstPath = new Map<Inode, string>();
  for (const [path, entry] of layer.walk()) {
    if (path === '/') continue;
    const name = path.slice(1);
    if (entry.kind === 'whiteout') {
      const dir = parentOf(path);
      const wh = `${dir === '/' ? '' : dir.slice(1) + '/'}${WHITEOUT_PREFIX}${baseName(path)}`;
      yield { name: wh, type: 'file', mode: 0o600, uid: 0, gid: 0, mtime: 0 };
      continue;
    }
    const inode = entry.inode;
    const base = { mode: inode.mode, uid: inode.uid, gid: inode.gid, mtime: Math.floor(inode.mtimeMs / 1000) };
    const seen = firstPath.get(inode);
    if (seen !== undefined && inode.type !== 'dir') {
      yield { ...base, name, type: 'hardlink', linkname: seen };
      continue;
    }
    firstPath.set(inode, name);
    if (inode.type === 'dir') {
      yield { ...base, name: `${name}/`, type: 'dir' };
      if (entry.opaque) yield { ...base, name: `${name}/${OPAQUE_MARKER}`, type: 'file', mode: inode.mode & 0o777 };
    } else if (inode.type === 'file') {
      yield { ...base, name, type: 'file', data: inode.data };
    } else if (inode.type === 'symlink') {
      yield { ...base, name, type: 'symlink', linkname: inode.target };
    } else if (inode.type === 'chardev') {
      yield { ...base, name, type: 'chardev', devmajor: inode.rdev >> 8, devminor: inode.rdev & 0xff };
    } else {
      yield { ...base, name, type: tarType(inode) };
    }
  }
}

export function layerToTar(layer: Pick<Layer, 'walk'>): Uint8Array {
  return writeTar(layerRecords(layer));
}

function cleanName(name: string): string {
  const trimmed = name.replace(/^(\.\/|\/)+/, '').replace(/\/+$/, '');
  return trimmed === '.' || trimmed === '' ? '/' : `/${trimmed}`;
}

/** The entries of a layer tar, whiteouts decoded. */
export function tarEntries(records: TarRecord[]): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  for (const rec of records) {
    const path = cleanName(rec.name);
    const base = baseName(path);
    const dir = parentOf(path);
    if (base === OPAQUE_MARKER) {
      const parent = entries.get(dir);
      const inode = parent?.kind === 'node' ? parent.inode : newInode({ type: 'dir' });
      entries.set(dir, nodeEntry(inode, true));
      continue;
    }
    if (base.startsWith(WHITEOUT_PREFIX)) {
      const target = base.slice(WHITEOUT_PREFIX.length);
      entries.set(dir === '/' ? `/${target}` : `${dir}/${target}`, WHITEOUT);
      continue;
    }
    if (rec.type === 'hardlink') {
      const target = entries.get(cleanName(rec.linkname ?? ''));
      if (target?.kind === 'node') entries.set(path, nodeEntry(target.inode));
      continue;
    }
    const common = { mode: rec.mode & 0o7777, uid: rec.uid, gid: rec.gid, mtimeMs: rec.mtime * 1000 };
    const type = rec.type === 'blockdev' ? 'chardev' : rec.type;
    const inode = newInode({
      ...common,
      type,
      data: rec.data,
      target: rec.type === 'symlink' ? rec.linkname : '',
      rdev: ((rec.devmajor ?? 0) << 8) | (rec.devminor ?? 0),
    });
    const prev = entries.get(path);
    entries.set(path, nodeEntry(inode, prev?.kind === 'node' && prev.opaque && type === 'dir'));
  }
  return entries;
}
