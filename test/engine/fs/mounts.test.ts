import { describe, expect, it } from 'vitest';
import { MemFs } from '../../../src/engine/fs/memfs';
import { MountFs } from '../../../src/engine/fs/mounts';
import { FsError, type FsErrorCode } from '../../../src/engine/fs/types';

function errno(fn: () => unknown): FsErrorCode | 'none' {
  try {
    fn();
    return 'none';
  } catch (e) {
    if (e instanceof FsError) return e.code;
    throw e;
  }
}

function setup() {
  const root = new MemFs();
  root.mkdir('/mnt');
  root.mkdir('/etc');
  root.writeFile('/etc/hosts', 'root-hosts');
  const vol = new MemFs();
  vol.writeFile('/data.txt', 'in volume');
  const cfg = new MemFs();
  cfg.mkdir('/project/conf', { recursive: true });
  cfg.writeFile('/project/conf/app.ini', 'x=1');
  cfg.writeFile('/project/hosts', 'bound-hosts');
  const fs = new MountFs(root);
  fs.mount('/mnt/vol', vol);
  fs.mount('/srv', cfg, { source: '/project/conf', readOnly: true });
  fs.mount('/etc/hosts', cfg, { source: '/project/hosts' });
  return { fs, root, vol, cfg };
}

describe('MountFs', () => {
  it('dispatches on the longest mount prefix', () => {
    const { fs, vol } = setup();
    expect(fs.readText('/mnt/vol/data.txt')).toBe('in volume');
    fs.writeFile('/mnt/vol/new', 'n');
    expect(vol.readText('/new')).toBe('n');
    expect(fs.readText('/srv/app.ini')).toBe('x=1');
    expect(fs.readText('/etc/hosts')).toBe('bound-hosts');
    expect(fs.stat('/mnt/vol').type).toBe('dir');
  });

  it('lists mount points in the parent directory even when the parent lacks them', () => {
    const { fs, root } = setup();
    expect(root.readdir('/')).toEqual(['etc', 'mnt']);
    expect(fs.readdir('/')).toEqual(['etc', 'mnt', 'srv']);
    expect(fs.readdir('/mnt')).toEqual(['vol']);
  });

  it('read-only mounts refuse changes with EROFS', () => {
    const { fs } = setup();
    expect(errno(() => fs.writeFile('/srv/app.ini', 'y'))).toBe('EROFS');
    expect(errno(() => fs.mkdir('/srv/d'))).toBe('EROFS');
    expect(errno(() => fs.unlink('/srv/app.ini'))).toBe('EROFS');
    expect(errno(() => fs.chmod('/srv/app.ini', 0o600))).toBe('EROFS');
  });

  it('rename and link across mounts fail with EXDEV, mount points are busy', () => {
    const { fs } = setup();
    fs.writeFile('/tmpfile', 'x');
    expect(errno(() => fs.rename('/tmpfile', '/mnt/vol/tmpfile'))).toBe('EXDEV');
    expect(errno(() => fs.link('/tmpfile', '/mnt/vol/l'))).toBe('EXDEV');
    expect(errno(() => fs.rename('/mnt/vol', '/mnt/v2'))).toBe('EBUSY');
    expect(errno(() => fs.rmdir('/mnt/vol'))).toBe('EBUSY');
    expect(errno(() => fs.unlink('/etc/hosts'))).toBe('EBUSY');
    fs.rename('/mnt/vol/data.txt', '/mnt/vol/renamed');
    expect(fs.readdir('/mnt/vol')).toEqual(['new', 'renamed'].filter((n) => fs.exists('/mnt/vol/' + n)));
  });

  it('symlinks resolve across mounts, errors carry the caller path', () => {
    const { fs } = setup();
    fs.symlink('/mnt/vol/data.txt', '/link');
    expect(fs.readText('/link')).toBe('in volume');
    expect(fs.realpath('/link')).toBe('/mnt/vol/data.txt');
    fs.symlink('../../etc', '/mnt/vol/up');
    expect(fs.readText('/mnt/vol/up/hosts')).toBe('bound-hosts');
    try {
      fs.readText('/mnt/vol/missing');
      expect.unreachable();
    } catch (e) {
      expect((e as FsError).path).toBe('/mnt/vol/missing');
      expect((e as FsError).code).toBe('ENOENT');
    }
    fs.symlink('/loop', '/loop');
    expect(errno(() => fs.stat('/loop'))).toBe('ELOOP');
  });

  it('mkdir -p crosses into mounts; unmount reveals the directory below', () => {
    const { fs, vol, root } = setup();
    fs.mkdir('/mnt/vol/a/b', { recursive: true });
    expect(vol.stat('/a/b').type).toBe('dir');
    fs.unmount('/mnt/vol');
    expect(fs.readdir('/mnt')).toEqual([]);
    expect(errno(() => fs.unmount('/mnt/vol'))).toBe('EINVAL');
    expect(errno(() => fs.unmount('/'))).toBe('EBUSY');
    expect(root.exists('/mnt/vol')).toBe(false);
    expect(fs.mounts().map((m) => m.path)).toEqual(['/', '/srv', '/etc/hosts']);
  });
});
