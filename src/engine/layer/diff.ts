// `docker diff`: the changes of a container's RW layer against its image, as Docker's naive differ
// (archive.ChangesDirs, used by overlay2) reports them: a directory's own change first, then its
// children (names in byte order; Go's map walk makes Docker's own order vary between runs), then the
// deletions in it; a directory that only contains changes is reported as changed, before them.
import type { Inode } from './inode';
import { inodeSize } from './inode';
import type { Layer } from './layer';
import type { RwLayer } from './rwlayer';
import { byteOrder, childPath } from './source';
import { UnionFs, type UnionNode } from './union';

export type ChangeKind = 'C' | 'A' | 'D';

export interface Change {
  /** Docker's API kind: 0 modified, 1 added, 2 deleted. */
  kind: ChangeKind;
  path: string;
}

export const CHANGE_KIND_CODE: Record<ChangeKind, 0 | 1 | 2> = { C: 0, A: 1, D: 2 };

function differs(a: Inode, b: Inode): boolean {
  return (
    a.type !== b.type ||
    a.mode !== b.mode ||
    a.mtimeMs !== b.mtimeMs ||
    a.uid !== b.uid ||
    a.gid !== b.gid ||
    a.rdev !== b.rdev ||
    (a.type !== 'dir' && inodeSize(a) !== inodeSize(b))
  );
}

export function changes(lowers: readonly Layer[], rw: RwLayer): Change[] {
  const before = new UnionFs(lowers, null);
  const out: Change[] = [];

  const walk = (dir: string, childrenNew: boolean, recorded: boolean, opaque: boolean): void => {
    const start = out.length;
    const deletions: string[] = [];
    const present = new Set<string>();
    for (const name of [...(rw.children(dir) ?? [])].sort(byteOrder)) {
      const path = childPath(dir, name);
      const entry = rw.get(path)!;
      const old: UnionNode | null = childrenNew ? null : before.lookup(path);
      if (entry.kind === 'whiteout') {
        if (old) deletions.push(path);
        continue;
      }
      present.add(name);
      const isDir = entry.inode.type === 'dir';
      if (!old) {
        out.push({ kind: 'A', path });
        if (isDir) walk(path, true, true, false);
        continue;
      }
      const changed = differs(old.inode, entry.inode);
      if (changed) out.push({ kind: 'C', path });
      if (isDir) walk(path, old.kind !== 'dir', changed, entry.opaque);
    }
    if (opaque && !childrenNew) {
      for (const name of before.readdirIfDir(dir)) if (!present.has(name)) deletions.push(childPath(dir, name));
    }
    for (const path of deletions.sort(byteOrder)) out.push({ kind: 'D', path });
    if (out.length > start && !recorded && dir !== '/') out.splice(start, 0, { kind: 'C', path: dir });
  };

  const root = rw.get('/');
  walk('/', false, true, root?.kind === 'node' && root.opaque);
  return out;
}

/** GET /containers/{id}/changes body: `[{"Path":"/etc","Kind":0},…]`. */
export function toApiChanges(list: readonly Change[]): { Path: string; Kind: 0 | 1 | 2 }[] {
  return list.map((c) => ({ Path: c.path, Kind: CHANGE_KIND_CODE[c.kind] }));
}
