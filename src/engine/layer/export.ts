// `docker export`: the tar of a whole filesystem view (a container's union FS), hard links kept.
import type { FileSystem } from '../fs/types';
import { writeTar, type TarRecord } from './tar';

export function* fsRecords(fs: FileSystem, dir = '/', seen = new Map<number, string>()): Generator<TarRecord> {
  for (const name of fs.readdir(dir)) {
    const path = dir === '/' ? `/${name}` : `${dir}/${name}`;
    const st = fs.lstat(path);
    const base = { name: path.slice(1), mode: st.mode, uid: st.uid, gid: st.gid, mtime: Math.floor(st.mtimeMs / 1000) };
    if (st.type === 'dir') {
      yield { ...base, name: `${base.name}/`, type: 'dir' };
      yield* fsRecords(fs, path, seen);
    } else if (st.type === 'symlink') {
      yield { ...base, type: 'symlink', linkname: fs.readlink(path) };
    } else if (st.type === 'file') {
      const first = st.nlink > 1 ? seen.get(st.ino) : undefined;
      if (first) yield { ...base, type: 'hardlink', linkname: first };
      else {
        if (st.nlink > 1) seen.set(st.ino, base.name);
        yield { ...base, type: 'file', data: fs.readFile(path) };
      }
    } else if (st.type === 'chardev') {
      yield { ...base, type: 'chardev' };
    } else {
      yield { ...base, type: 'fifo' };
    }
  }
}

export function exportTar(fs: FileSystem): Uint8Array {
  return writeTar(fsRecords(fs));
}
