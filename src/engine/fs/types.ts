// The filesystem contract shared by the host FS, image layers' union view, volumes and mounts.
// Synchronous: every filesystem here lives in memory. Paths are absolute POSIX paths.

export type FileType = 'file' | 'dir' | 'symlink' | 'chardev' | 'fifo' | 'socket';

export interface Stat {
  type: FileType;
  /** Permission bits only (e.g. 0o644); the type is in `type`. */
  mode: number;
  uid: number;
  gid: number;
  /** Bytes for files, target length for symlinks, 4096 for directories (as ext4/overlayfs report). */
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  atimeMs: number;
  nlink: number;
  ino: number;
  /** Device number (`major << 8 | minor`) of character devices; absent otherwise. */
  rdev?: number;
}

export type FsErrorCode =
  | 'ENOENT'
  | 'EEXIST'
  | 'ENOTDIR'
  | 'EISDIR'
  | 'ENOTEMPTY'
  | 'EACCES'
  | 'EPERM'
  | 'EROFS'
  | 'ELOOP'
  | 'EINVAL'
  | 'EXDEV'
  | 'EBUSY'
  | 'ENOSPC';

/** The strerror(3) text of each code, as coreutils and busybox print it. */
export const FS_ERROR_TEXT: Record<FsErrorCode, string> = {
  ENOENT: 'No such file or directory',
  EEXIST: 'File exists',
  ENOTDIR: 'Not a directory',
  EISDIR: 'Is a directory',
  ENOTEMPTY: 'Directory not empty',
  EACCES: 'Permission denied',
  EPERM: 'Operation not permitted',
  EROFS: 'Read-only file system',
  ELOOP: 'Too many levels of symbolic links',
  EINVAL: 'Invalid argument',
  EXDEV: 'Invalid cross-device link',
  EBUSY: 'Device or resource busy',
  ENOSPC: 'No space left on device',
};

export class FsError extends Error {
  constructor(
    readonly code: FsErrorCode,
    readonly path: string,
    readonly syscall = '',
  ) {
    super(`${code}: ${FS_ERROR_TEXT[code]}, ${syscall ? syscall + ' ' : ''}'${path}'`);
    this.name = 'FsError';
  }
  /** "No such file or directory" — what a program prints after its own prefix. */
  get text(): string {
    return FS_ERROR_TEXT[this.code];
  }
}

export interface WriteOptions {
  mode?: number;
  append?: boolean;
  uid?: number;
  gid?: number;
}

export interface MkdirOptions {
  recursive?: boolean;
  mode?: number;
  uid?: number;
  gid?: number;
}

/**
 * The one filesystem interface. Implementations: the in-memory tree (fs/memfs.ts), the union of layers
 * with a copy-on-write top (layer/union.ts), a mount table dispatching by path prefix (fs/mounts.ts).
 * Every method throws FsError on failure, with Linux's errno semantics.
 */
export interface FileSystem {
  /** Follows symlinks. */
  stat(path: string): Stat;
  /** Does not follow a final symlink. */
  lstat(path: string): Stat;
  exists(path: string): boolean;
  readFile(path: string): Uint8Array;
  /** UTF-8 decoded content. */
  readText(path: string): string;
  /** Creates or truncates (or appends); the parent must exist. */
  writeFile(path: string, data: Uint8Array | string, opts?: WriteOptions): void;
  mkdir(path: string, opts?: MkdirOptions): void;
  /** Names in a directory, sorted by byte order, without '.' and '..'. */
  readdir(path: string): string[];
  unlink(path: string): void;
  rmdir(path: string): void;
  rename(from: string, to: string): void;
  /** `owner`: the new link's uid/gid (default root), as the creating process's credentials give it. */
  symlink(target: string, path: string, owner?: { uid?: number; gid?: number }): void;
  readlink(path: string): string;
  link(existing: string, newPath: string): void;
  chmod(path: string, mode: number): void;
  chown(path: string, uid: number, gid: number): void;
  utimes(path: string, atimeMs: number, mtimeMs: number): void;
  /** Canonical absolute path with every symlink resolved. */
  realpath(path: string): string;
}
