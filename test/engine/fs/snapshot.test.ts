import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MemFs } from '../../../src/engine/fs/memfs';
import { FsSnapshotError } from '../../../src/engine/fs/snapshot';
import { decodeBase64, encodeBase64 } from '../../../src/engine/fs/base64';
import { VirtualClock } from '../../../src/engine/world/virtual-clock';

function sample(): MemFs {
  const fs = new MemFs({ clock: new VirtualClock({ auto: false }) });
  fs.mkdir('/home/eleve', { recursive: true, uid: 1000, gid: 1000, mode: 0o750 });
  fs.writeFile('/home/eleve/notes.txt', 'élève\n', { uid: 1000, gid: 1000 });
  fs.writeFile('/bin-data', new Uint8Array([0, 255, 127, 128]));
  fs.link('/home/eleve/notes.txt', '/hard');
  fs.symlink('home/eleve', '/h');
  fs.mkdir('/dev');
  fs.mknod('/dev/null', 'chardev', 0o666, 259);
  return fs;
}

describe('snapshot', () => {
  it('round-trips through JSON with content, links, owners, modes and times', () => {
    const fs = sample();
    const json = JSON.stringify(fs.snapshot());
    const back = MemFs.fromSnapshot(JSON.parse(json));
    expect(back.readText('/h/notes.txt')).toBe('élève\n');
    expect([...back.readFile('/bin-data')]).toEqual([0, 255, 127, 128]);
    expect(back.stat('/hard')).toEqual(fs.stat('/hard'));
    expect(back.stat('/hard').nlink).toBe(2);
    expect(back.stat('/home/eleve')).toEqual(fs.stat('/home/eleve'));
    expect(back.stat('/')).toEqual(fs.stat('/'));
    expect(back.lstat('/h')).toEqual(fs.lstat('/h'));
    expect(back.stat('/dev/null').type).toBe('chardev');
    back.writeFile('/hard', 'changed');
    expect(back.readText('/home/eleve/notes.txt')).toBe('changed');
    back.writeFile('/new', '');
    expect(back.stat('/new').ino).toBe(fs.snapshot().nextIno);
  });

  const corrupt: Array<[string, (s: any) => unknown]> = [
    ['null', () => null],
    ['a string', () => 'x'],
    ['wrong format', (s) => ({ ...s, format: 'other' })],
    ['future version', (s) => ({ ...s, version: 2 })],
    ['missing inodes', (s) => ({ ...s, inodes: undefined })],
    ['root not a dir', (s) => ({ ...s, root: s.inodes.find((i: any) => i.type === 'file').ino })],
    [
      'bad base64',
      (s) => ({ ...s, inodes: s.inodes.map((i: any) => (i.type === 'file' ? { ...i, data: '@@@' } : i)) }),
    ],
    ['negative mode', (s) => ({ ...s, inodes: s.inodes.map((i: any) => ({ ...i, mode: -1 })) })],
    [
      'unknown type',
      (s) => ({
        ...s,
        inodes: s.inodes.map((i: any) => (i.type === 'symlink' ? { ...i, type: 'weird' } : i)),
      }),
    ],
    ['dangling entry', (s) => ({ ...s, inodes: s.inodes.filter((i: any) => i.type !== 'symlink') })],
    ['duplicate ino', (s) => ({ ...s, inodes: [...s.inodes, s.inodes[1]] })],
    [
      'entry name with slash',
      (s) => ({
        ...s,
        inodes: s.inodes.map((i: any) =>
          i.ino === s.root ? { ...i, entries: [['a/b', i.entries[0][1]], ...i.entries.slice(1)] } : i,
        ),
      }),
    ],
    [
      'directory cycle',
      (s) => ({
        ...s,
        inodes: s.inodes.map((i: any) =>
          i.type === 'dir' && i.ino !== s.root ? { ...i, entries: [...i.entries, ['up', s.root]] } : i,
        ),
      }),
    ],
    [
      'unreachable inode',
      (s) => ({
        ...s,
        nextIno: s.nextIno + 1,
        inodes: [...s.inodes, { ...s.inodes[0], ino: s.nextIno, entries: [] }],
      }),
    ],
    ['ino beyond nextIno', (s) => ({ ...s, nextIno: 3 })],
    ['bad times', (s) => ({ ...s, inodes: s.inodes.map((i: any) => ({ ...i, mtimeMs: 'yesterday' })) })],
  ];
  for (const [what, mutate] of corrupt) {
    it(`rejects a corrupt snapshot: ${what}`, () => {
      const s = JSON.parse(JSON.stringify(sample().snapshot()));
      expect(() => MemFs.fromSnapshot(mutate(s))).toThrow(FsSnapshotError);
    });
  }

  it('never throws anything but FsSnapshotError on random input', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        try {
          MemFs.fromSnapshot(v);
        } catch (e) {
          expect(e).toBeInstanceOf(FsSnapshotError);
        }
      }),
    );
  });
});

describe('base64', () => {
  it('matches the standard encoding and round-trips', () => {
    expect(encodeBase64(new TextEncoder().encode('Man'))).toBe('TWFu');
    expect(encodeBase64(new TextEncoder().encode('Ma'))).toBe('TWE=');
    expect(encodeBase64(new TextEncoder().encode('M'))).toBe('TQ==');
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const text = encodeBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect([...decodeBase64(text)!]).toEqual([...bytes]);
      }),
    );
    expect(decodeBase64('TQ=A')).toBeNull();
  });
});
