// Copying a directory's content from one filesystem to another (a volume's first mount copies the
// image's files at the mount point into it), keeping modes, owners and symlinks.
import type { FileSystem } from '../fs/types';

export function copyTree(from: FileSystem, fromPath: string, to: FileSystem, toPath: string): void {
  for (const name of from.readdir(fromPath)) {
    const src = `${fromPath === '/' ? '' : fromPath}/${name}`;
    const dst = `${toPath === '/' ? '' : toPath}/${name}`;
    const st = from.lstat(src);
    if (st.type === 'dir') {
      to.mkdir(dst, { mode: st.mode, uid: st.uid, gid: st.gid });
      copyTree(from, src, to, dst);
    } else if (st.type === 'symlink') {
      to.symlink(from.readlink(src), dst, { uid: st.uid, gid: st.gid });
    } else if (st.type === 'file') {
      to.writeFile(dst, from.readFile(src), { mode: st.mode, uid: st.uid, gid: st.gid });
    }
  }
}
