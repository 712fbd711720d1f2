// A process's view of its filesystem in which /proc/self names that process: procfs alone cannot know
// who reads, so each process's context rewrites /proc/self[/…] to /proc/<its pid>[/…].
import type { FileSystem } from '../fs/types';

const SELF = '/proc/self';

export function selfView(fs: FileSystem, pid: number): FileSystem {
  const mine = `/proc/${pid}`;
  const map = (path: string) =>
    path === SELF || path.startsWith(`${SELF}/`) ? mine + path.slice(SELF.length) : path;
  return {
    stat: (p) => fs.stat(map(p)),
    lstat: (p) => fs.lstat(p === SELF ? p : map(p)),
    exists: (p) => fs.exists(map(p)),
    readFile: (p) => fs.readFile(map(p)),
    readText: (p) => fs.readText(map(p)),
    writeFile: (p, data, opts) => fs.writeFile(map(p), data, opts),
    mkdir: (p, opts) => fs.mkdir(map(p), opts),
    readdir: (p) => fs.readdir(map(p)),
    unlink: (p) => fs.unlink(map(p)),
    rmdir: (p) => fs.rmdir(map(p)),
    rename: (from, to) => fs.rename(map(from), map(to)),
    symlink: (target, p, owner) => fs.symlink(target, map(p), owner),
    readlink: (p) => (p === SELF && fs.exists(mine) ? String(pid) : fs.readlink(map(p))),
    link: (existing, p) => fs.link(map(existing), map(p)),
    chmod: (p, mode) => fs.chmod(map(p), mode),
    chown: (p, uid, gid) => fs.chown(map(p), uid, gid),
    utimes: (p, a, m) => fs.utimes(map(p), a, m),
    realpath: (p) => fs.realpath(map(p)),
  };
}
