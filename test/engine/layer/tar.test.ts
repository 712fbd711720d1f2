import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LayerBuilder } from '../../../src/engine/layer/builder';
import { Layer } from '../../../src/engine/layer/layer';
import { readTar, writeTar } from '../../../src/engine/layer/tar';
import { syncHasher } from '../../../src/engine/world/hasher';
import { createHash } from 'node:crypto';

const T = 1_600_000_000_000;

function sample(): Layer {
  return new LayerBuilder({ mtimeMs: T })
    .dir('/etc')
    .file('/etc/passwd', 'root:x:0:0::/root:/bin/sh\n', { mode: 0o600 })
    .symlink('/etc/mtab', '/proc/mounts')
    .file('/usr/bin/a', 'A', { mode: 0o755, uid: 1000, gid: 50 })
    .hardlink('/usr/bin/b', '/usr/bin/a')
    .file(`/opt/${'long-directory-name/'.repeat(8)}file-with-a-rather-long-name.txt`, 'long')
    .whiteout('/var/old')
    .dir('/srv', {}, true)
    .chardev('/dev/null', 1, 3)
    .build(syncHasher);
}

describe('layer tar', () => {
  it('diff_id is the sha256 of the tar', () => {
    const layer = sample();
    expect(layer.diffId).toBe(`sha256:${createHash('sha256').update(layer.toTar()).digest('hex')}`);
  });

  it('GNU tar reads it: order, whiteouts, opaque marker, hard links, long names', () => {
    const dir = mkdtempSync(join(tmpdir(), 'baleine-tar-'));
    try {
      writeFileSync(join(dir, 'l.tar'), sample().toTar());
      const list = execFileSync('tar', ['-tvf', join(dir, 'l.tar'), '--numeric-owner'], { encoding: 'utf8' });
      const names = list.trim().split('\n').map((l) => l.replace(/^.*\d\d:\d\d /, ''));
      // The eight parent directories of the long path are listed too; keep the file itself.
      expect(names.filter((n) => /^opt\/(long-directory-name\/)+$/.test(n))).toHaveLength(8);
      names.splice(0, names.length, ...names.filter((n) => !/^opt\/(long-directory-name\/)+$/.test(n)));
      expect(names).toEqual([
        'dev/',
        'dev/null',
        'etc/',
        'etc/mtab -> /proc/mounts',
        'etc/passwd',
        'opt/',
        `opt/${'long-directory-name/'.repeat(8)}file-with-a-rather-long-name.txt`,
        'srv/',
        'srv/.wh..wh..opq',
        'usr/',
        'usr/bin/',
        'usr/bin/a',
        'usr/bin/b link to usr/bin/a',
        'var/',
        'var/.wh.old',
      ]);
      expect(list).toMatch(/-rwxr-xr-x 1000\/50 +1 2020-09-13 12:26 usr\/bin\/a/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads back what it writes, whiteouts and opaque dirs included', () => {
    const layer = sample();
    const back = Layer.fromTar(layer.toTar(), syncHasher);
    expect(back.diffId).toBe(layer.diffId);
    expect(back.get('/var/old')).toEqual({ kind: 'whiteout' });
    const srv = back.get('/srv');
    expect(srv?.kind === 'node' && srv.opaque).toBe(true);
    const a = back.get('/usr/bin/a');
    const b = back.get('/usr/bin/b');
    expect(a?.kind === 'node' && b?.kind === 'node' && a.inode === b.inode).toBe(true);
    expect(back.nlink((a as unknown as { inode: never }).inode)).toBe(2);
    expect(back.size).toBe(layer.size);
  });

  it('reads a tar written by GNU tar (ustar and PAX)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'baleine-tar-'));
    try {
      const deep = 'd'.repeat(120);
      execFileSync('mkdir', ['-p', join(dir, 'src', deep)]);
      writeFileSync(join(dir, 'src', deep, 'f'), 'hello');
      for (const format of ['pax', 'gnu']) {
        execFileSync('tar', [`--format=${format}`, '-cf', join(dir, `${format}.tar`), '-C', join(dir, 'src'), '.']);
        const recs = readTar(readFileSync(join(dir, `${format}.tar`)));
        const f = recs.find((r) => r.name.endsWith('/f'));
        expect(f?.name).toBe(`./${deep}/f`);
        expect(new TextDecoder().decode(f?.data)).toBe('hello');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('round-trips records through writeTar/readTar', () => {
    const recs = readTar(writeTar([{ name: 'a/', type: 'dir', mode: 0o755, uid: 0, gid: 0, mtime: 5 }]));
    expect(recs).toHaveLength(1);
    expect(recs[0]).toMatchObject({ name: 'a/', type: 'dir', mode: 0o755, mtime: 5 });
  });
});
