// MemFs against a deliberately naive model: a map from normalized path to entry, no symlinks.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MemFs } from '../../../src/engine/fs/memfs';
import { FsError } from '../../../src/engine/fs/types';

type Entry = { type: 'dir' } | { type: 'file'; text: string };

class Model {
  entries = new Map<string, Entry>([['/', { type: 'dir' }]]);
  children(dir: string): string[] {
    const prefix = dir === '/' ? '/' : dir + '/';
    return [...this.entries.keys()].filter(
      (p) => p !== '/' && p.startsWith(prefix) && !p.slice(prefix.length).includes('/'),
    );
  }
  write(p: string, text: string): string | null {
    const err = this.ancestorsErr(p);
    if (err) return err;
    const e = this.entries.get(p);
    if (e?.type === 'dir') return 'EISDIR';
    this.entries.set(p, { type: 'file', text });
    return null;
  }
  mkdir(p: string): string | null {
    const err = this.ancestorsErr(p);
    if (err) return err;
    if (this.entries.has(p)) return 'EEXIST';
    this.entries.set(p, { type: 'dir' });
    return null;
  }
  unlink(p: string): string | null {
    const err = this.ancestorsErr(p);
    if (err) return err;
    const e = this.entries.get(p);
    if (!e) return 'ENOENT';
    if (e.type === 'dir') return 'EISDIR';
    this.entries.delete(p);
    return null;
  }
  rmdir(p: string): string | null {
    const err = this.ancestorsErr(p);
    if (err) return err;
    const e = this.entries.get(p);
    if (!e) return 'ENOENT';
    if (e.type !== 'dir') return 'ENOTDIR';
    if (p === '/') return 'EBUSY';
    if (this.children(p).length) return 'ENOTEMPTY';
    this.entries.delete(p);
    return null;
  }
  rename(a: string, b: string): string | null {
    const errA = this.ancestorsErr(a);
    if (errA) return errA;
    const errB = this.ancestorsErr(b);
    if (errB) return errB;
    const src = this.entries.get(a);
    if (!src) return 'ENOENT';
    if (a === '/' || b === '/') return 'EBUSY';
    const dst = this.entries.get(b);
    if (src.type === 'dir') {
      if (b.startsWith(a + '/')) return 'EINVAL';
      if (dst && a !== b) {
        if (dst.type !== 'dir') return 'ENOTDIR';
        if (this.children(b).length) return 'ENOTEMPTY';
      }
    } else if (dst?.type === 'dir') return 'EISDIR';
    if (a === b) return null;
    const moved = [...this.entries].filter(([p]) => p === a || p.startsWith(a + '/'));
    for (const [p] of moved) this.entries.delete(p);
    this.entries.delete(b);
    for (const [p, e] of moved) this.entries.set(b + p.slice(a.length), e);
    return null;
  }
  /** The first missing or non-directory ancestor, as path resolution reports it. */
  ancestorsErr(p: string): string | null {
    const parts = p.split('/').filter(Boolean);
    let cur = '';
    for (let i = 0; i < parts.length - 1; i++) {
      cur += '/' + parts[i];
      const e = this.entries.get(cur);
      if (!e) return 'ENOENT';
      if (e.type !== 'dir') return 'ENOTDIR';
    }
    return null;
  }
}

const name = fc.constantFrom('a', 'b', 'c');
const path = fc.array(name, { minLength: 1, maxLength: 3 }).map((xs) => '/' + xs.join('/'));
const op = fc.oneof(
  fc.record({ kind: fc.constant('write' as const), p: path, text: fc.string({ maxLength: 4 }) }),
  fc.record({ kind: fc.constant('mkdir' as const), p: path }),
  fc.record({ kind: fc.constant('unlink' as const), p: path }),
  fc.record({ kind: fc.constant('rmdir' as const), p: path }),
  fc.record({ kind: fc.constant('rename' as const), p: path, q: path }),
);

function code(fn: () => void): string | null {
  try {
    fn();
    return null;
  } catch (e) {
    if (e instanceof FsError) return e.code;
    throw e;
  }
}

describe('MemFs matches a reference model', () => {
  it('on random sequences of operations', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
        const fs = new MemFs();
        const model = new Model();
        for (const o of ops) {
          let got: string | null;
          let want: string | null;
          switch (o.kind) {
            case 'write':
              got = code(() => fs.writeFile(o.p, o.text));
              want = model.write(o.p, o.text);
              break;
            case 'mkdir':
              got = code(() => fs.mkdir(o.p));
              want = model.mkdir(o.p);
              break;
            case 'unlink':
              got = code(() => fs.unlink(o.p));
              want = model.unlink(o.p);
              break;
            case 'rmdir':
              got = code(() => fs.rmdir(o.p));
              want = model.rmdir(o.p);
              break;
            case 'rename':
              got = code(() => fs.rename(o.p, o.q));
              want = model.rename(o.p, o.q);
              break;
          }
          expect(got, JSON.stringify(o)).toBe(want);
        }
        for (const [p, e] of model.entries) {
          const st = fs.stat(p);
          expect(st.type).toBe(e.type);
          if (e.type === 'file') expect(fs.readText(p)).toBe(e.text);
          if (e.type === 'dir') {
            expect(fs.readdir(p)).toEqual(
              model
                .children(p)
                .map((c) => c.slice(c.lastIndexOf('/') + 1))
                .sort(),
            );
            expect(st.nlink).toBe(
              2 + model.children(p).filter((c) => model.entries.get(c)!.type === 'dir').length,
            );
          }
        }
        const snap = MemFs.fromSnapshot(JSON.parse(JSON.stringify(fs.snapshot())));
        for (const p of model.entries.keys()) expect(snap.stat(p)).toEqual(fs.stat(p));
      }),
      { numRuns: 300 },
    );
  });
});

describe('MountFs over one MemFs behaves like the MemFs', () => {
  it('on random sequences of operations, with symlinks', async () => {
    const { MountFs } = await import('../../../src/engine/fs/mounts');
    const anyOp = fc.oneof(
      op,
      fc.record({
        kind: fc.constant('symlink' as const),
        p: path,
        target: fc.constantFrom('a', '/a/b', '../c', 'nowhere'),
      }),
      fc.record({ kind: fc.constant('stat' as const), p: path }),
      fc.record({ kind: fc.constant('readdir' as const), p: path }),
    );
    fc.assert(
      fc.property(fc.array(anyOp, { maxLength: 30 }), (ops) => {
        const plain = new MemFs();
        const mounted = new MountFs(new MemFs());
        const apply = (fs: MemFs | InstanceType<typeof MountFs>, o: (typeof ops)[number]): unknown => {
          switch (o.kind) {
            case 'write':
              return fs.writeFile(o.p, o.text);
            case 'mkdir':
              return fs.mkdir(o.p);
            case 'unlink':
              return fs.unlink(o.p);
            case 'rmdir':
              return fs.rmdir(o.p);
            case 'rename':
              return fs.rename(o.p, o.q);
            case 'symlink':
              return fs.symlink(o.target, o.p);
            case 'stat': {
              const s = fs.stat(o.p);
              return [s.type, s.size, s.nlink];
            }
            case 'readdir':
              return fs.readdir(o.p);
          }
        };
        const outcome = (fs: MemFs | InstanceType<typeof MountFs>, o: (typeof ops)[number]): unknown => {
          try {
            return { ok: apply(fs, o) ?? null };
          } catch (e) {
            if (e instanceof FsError) return { err: e.code };
            throw e;
          }
        };
        for (const o of ops) expect(outcome(mounted, o), JSON.stringify(o)).toEqual(outcome(plain, o));
      }),
      { numRuns: 200 },
    );
  });
});
