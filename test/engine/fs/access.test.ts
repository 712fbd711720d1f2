import { describe, expect, it } from 'vitest';
import { MemFs } from '../../../src/engine/fs/memfs';
import { AccessFs } from '../../../src/engine/fs/access';
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
  const fs = new MemFs();
  fs.mkdir('/etc');
  fs.writeFile('/etc/passwd', 'root:x:0:0\n');
  fs.writeFile('/etc/shadow', 'secret', { mode: 0o640, gid: 42 });
  fs.mkdir('/root', { mode: 0o700 });
  fs.writeFile('/root/notes', 'x');
  fs.mkdir('/home/eleve', { recursive: true, uid: 1000, gid: 1000 });
  fs.mkdir('/tmp', { mode: 0o1777 });
  const eleve = new AccessFs(fs, { uid: 1000, gid: 1000, groups: [27] });
  const root = new AccessFs(fs, { uid: 0, gid: 0 });
  return { fs, eleve, root };
}

describe('AccessFs', () => {
  it('lets a user read world-readable files and refuses others with EACCES', () => {
    const { eleve } = setup();
    expect(eleve.readText('/etc/passwd')).toBe('root:x:0:0\n');
    expect(errno(() => eleve.readText('/etc/shadow'))).toBe('EACCES');
    expect(errno(() => eleve.readdir('/root'))).toBe('EACCES');
    expect(errno(() => eleve.stat('/root/notes'))).toBe('EACCES');
    expect(errno(() => eleve.writeFile('/etc/passwd', 'hacked'))).toBe('EACCES');
    expect(errno(() => eleve.writeFile('/etc/new', ''))).toBe('EACCES');
    expect(errno(() => eleve.unlink('/etc/passwd'))).toBe('EACCES');
    expect(errno(() => eleve.mkdir('/etc/d'))).toBe('EACCES');
  });

  it('gives what a user creates to that user, in directories they may write', () => {
    const { eleve, fs } = setup();
    eleve.writeFile('/home/eleve/a', 'x');
    eleve.mkdir('/home/eleve/d/e', { recursive: true });
    eleve.symlink('a', '/home/eleve/l');
    expect(fs.stat('/home/eleve/a')).toMatchObject({ uid: 1000, gid: 1000 });
    expect(fs.stat('/home/eleve/d/e')).toMatchObject({ uid: 1000, gid: 1000 });
    expect(fs.lstat('/home/eleve/l')).toMatchObject({ uid: 1000, gid: 1000 });
  });

  it('group permissions apply through supplementary groups', () => {
    const { fs, eleve } = setup();
    fs.writeFile('/etc/sudoers', 'x', { mode: 0o640, gid: 27 });
    expect(eleve.readText('/etc/sudoers')).toBe('x');
  });

  it('sticky /tmp: users remove only their own files', () => {
    const { eleve, root } = setup();
    root.writeFile('/tmp/roots', '');
    eleve.writeFile('/tmp/mine', '');
    expect(errno(() => eleve.unlink('/tmp/roots'))).toBe('EPERM');
    expect(errno(() => eleve.unlink('/tmp/mine'))).toBe('none');
  });

  it('chmod is for the owner, chown for root; root may do anything', () => {
    const { eleve, root, fs } = setup();
    eleve.writeFile('/home/eleve/f', '');
    expect(errno(() => eleve.chmod('/home/eleve/f', 0o600))).toBe('none');
    expect(errno(() => eleve.chmod('/etc/passwd', 0o777))).toBe('EPERM');
    expect(errno(() => eleve.chown('/home/eleve/f', 0, 0))).toBe('EPERM');
    expect(errno(() => eleve.chown('/home/eleve/f', -1, 27))).toBe('none');
    expect(errno(() => eleve.utimes('/etc/passwd', 0, 0))).toBe('EACCES');
    expect(root.readText('/etc/shadow')).toBe('secret');
    root.chown('/home/eleve/f', 0, 0);
    expect(fs.stat('/home/eleve/f').uid).toBe(0);
    expect(errno(() => root.unlink('/etc/passwd'))).toBe('none');
  });

  it('keeps the inner errno when the path does not exist', () => {
    const { eleve } = setup();
    expect(errno(() => eleve.readText('/home/eleve/nope'))).toBe('ENOENT');
    expect(errno(() => eleve.mkdir('/home/eleve'))).toBe('EEXIST');
  });
});
