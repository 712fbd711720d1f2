import { describe, expect, it } from 'vitest';
import { LayerBuilder } from '../../../src/engine/layer/builder';
import { RwLayer } from '../../../src/engine/layer/rwlayer';
import { UnionFs } from '../../../src/engine/layer/union';
import { changes, toApiChanges } from '../../../src/engine/layer/diff';
import { syncHasher } from '../../../src/engine/world/hasher';
import { FsError } from '../../../src/engine/fs/types';

const T = 1_700_000_000_000;

function base() {
  const l0 = new LayerBuilder({ mtimeMs: T })
    .dir('/bin')
    .file('/bin/busybox', 'BB', { mode: 0o755 })
    .symlink('/bin/sh', 'busybox')
    .dir('/etc')
    .file('/etc/passwd', 'root:x:0:0:root:/root:/bin/sh\n')
    .file('/etc/hostname', 'old\n')
    .dir('/var/lib/x')
    .file('/var/lib/x/a', 'a')
    .build(syncHasher);
  const l1 = new LayerBuilder({ mtimeMs: T + 1000 })
    .dir('/etc')
    .file('/etc/os-release', 'ID=test\n')
    .whiteout('/etc/hostname')
    .dir('/var/lib/x', {}, true)
    .file('/var/lib/x/b', 'b')
    .build(syncHasher);
  return [l0, l1];
}

function mount() {
  const rw = new RwLayer();
  let t = T + 5000;
  const fs = new UnionFs(base(), rw, { now: () => (t += 1000) });
  return { fs, rw };
}

function code(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return (e as FsError).code;
  }
  return 'ok';
}

describe('UnionFs over read-only layers', () => {
  it('merges directories top-down and honours whiteouts and opaque dirs', () => {
    const { fs } = mount();
    expect(fs.readdir('/etc')).toEqual(['os-release', 'passwd']);
    expect(fs.readdir('/var/lib/x')).toEqual(['b']);
    expect(fs.exists('/etc/hostname')).toBe(false);
    expect(fs.readText('/bin/sh')).toBe('BB');
    expect(fs.readlink('/bin/sh')).toBe('busybox');
    expect(fs.realpath('/bin/sh')).toBe('/bin/busybox');
    expect(fs.lstat('/bin/sh').type).toBe('symlink');
    expect(fs.stat('/etc').mtimeMs).toBe(T + 1000);
  });

  it('reports errno like Linux', () => {
    const { fs } = mount();
    expect(code(() => fs.readFile('/nope'))).toBe('ENOENT');
    expect(code(() => fs.readdir('/etc/passwd'))).toBe('ENOTDIR');
    expect(code(() => fs.readFile('/etc'))).toBe('EISDIR');
    expect(code(() => fs.rmdir('/etc'))).toBe('ENOTEMPTY');
    expect(code(() => fs.mkdir('/etc'))).toBe('EEXIST');
    expect(code(() => fs.readFile('/etc/passwd/x'))).toBe('ENOTDIR');
    expect(code(() => new UnionFs(base(), null).writeFile('/x', 'y'))).toBe('EROFS');
  });

  it('copies a file up on write without touching the lower layer', () => {
    const layers = base();
    const rw = new RwLayer();
    const fs = new UnionFs(layers, rw, { now: () => T + 9000 });
    fs.writeFile('/etc/passwd', 'changed\n', { append: true });
    expect(fs.readText('/etc/passwd')).toBe('root:x:0:0:root:/root:/bin/sh\nchanged\n');
    expect(new UnionFs(layers, new RwLayer()).readText('/etc/passwd')).toBe('root:x:0:0:root:/root:/bin/sh\n');
    expect(rw.get('/etc')?.kind).toBe('node');
    expect(rw.get('/etc/passwd')?.kind).toBe('node');
  });

  it('deletes lower files with whiteouts and recreates directories as opaque', () => {
    const { fs, rw } = mount();
    fs.unlink('/etc/passwd');
    expect(rw.get('/etc/passwd')).toEqual({ kind: 'whiteout' });
    fs.unlink('/var/lib/x/b');
    fs.rmdir('/var/lib/x');
    fs.mkdir('/var/lib/x');
    const e = rw.get('/var/lib/x');
    expect(e?.kind === 'node' && e.opaque).toBe(true);
    expect(fs.readdir('/var/lib/x')).toEqual([]);
  });

  it('renames lower directories with EXDEV and upper-only ones in place', () => {
    const { fs } = mount();
    expect(code(() => fs.rename('/etc', '/etc2'))).toBe('EXDEV');
    fs.mkdir('/new/a/b', { recursive: true });
    fs.writeFile('/new/a/b/f', 'x');
    fs.rename('/new', '/moved');
    expect(fs.readText('/moved/a/b/f')).toBe('x');
    expect(fs.exists('/new')).toBe(false);
  });

  it('keeps hard links together in the RW layer', () => {
    const { fs } = mount();
    fs.link('/etc/passwd', '/etc/passwd2');
    expect(fs.stat('/etc/passwd').nlink).toBe(2);
    fs.writeFile('/etc/passwd2', 'same');
    expect(fs.readText('/etc/passwd')).toBe('same');
  });

  it('follows symlinks through directories and detects loops', () => {
    const { fs } = mount();
    fs.symlink('/var/lib', '/l');
    expect(fs.readdir('/l/x')).toEqual(['b']);
    fs.symlink('loop2', '/loop1');
    fs.symlink('loop1', '/loop2');
    expect(code(() => fs.stat('/loop1'))).toBe('ELOOP');
    fs.writeFile('/dangling-target', 'x');
    fs.symlink('/created-through-link', '/dl');
    fs.writeFile('/dl', 'via link');
    expect(fs.readText('/created-through-link')).toBe('via link');
  });
});

describe('docker diff', () => {
  it('lists A/C/D with directories before their content and deletions after', () => {
    const { fs, rw } = mount();
    fs.writeFile('/etc/new', 'n');
    fs.unlink('/etc/passwd');
    fs.mkdir('/var/x/y', { recursive: true });
    fs.chmod('/bin/busybox', 0o700);
    const lines = changes(base(), rw).map((c) => `${c.kind} ${c.path}`);
    // base() builds fresh layers with the same content: the lower view is equal.
    expect(lines).toEqual(['C /bin', 'C /bin/busybox', 'C /etc', 'A /etc/new', 'D /etc/passwd', 'C /var', 'A /var/x', 'A /var/x/y']);
    expect(toApiChanges(changes(base(), rw)).slice(2, 5)).toEqual([
      { Path: '/etc', Kind: 0 },
      { Path: '/etc/new', Kind: 1 },
      { Path: '/etc/passwd', Kind: 2 },
    ]);
  });

  it('reports nothing for an untouched container and nothing for a copied-up but unchanged dir', () => {
    const { fs, rw } = mount();
    const layers = base();
    expect(changes(layers, rw)).toEqual([]);
    fs.utimes('/etc', T + 1000, T + 1000);
    expect(changes(layers, rw)).toEqual([]);
  });
});
