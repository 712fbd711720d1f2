// moby pkg/directory.Size: the bytes under a directory — every entry but directories, by lstat (a
// symlink counts its own length), each inode once (hard links); what `system df` and `volume prune` report.
import type { FileSystem } from '../../fs/types';

export function directorySize(fs: FileSystem, dir = '/'): number {
  const seen = new Set<number>();
  let size = 0;
  const walk = (path: string): void => {
    for (const name of fs.readdir(path)) {
      const child = path === '/' ? `/${name}` : `${path}/${name}`;
      const st = fs.lstat(child);
      if (st.type === 'dir') {
        walk(child);
        continue;
      }
      if (st.size === 0 || seen.has(st.ino)) continue;
      seen.add(st.ino);
      size += st.size;
    }
  };
  walk(dir);
  return size;
}
