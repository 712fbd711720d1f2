// Property: random writes, deletes, mkdirs and renames over random layer stacks give the same tree
// (and the same errno for every operation) as a flat reference model of a POSIX filesystem.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FsError } from '../../../src/engine/fs/types';
import type { Layer } from '../../../src/engine/layer/layer';
import { Layer as LayerClass } from '../../../src/engine/layer/layer';
import { RwLayer } from '../../../src/engine/layer/rwlayer';
import { UnionFs } from '../../../src/engine/layer/union';
import { syncHasher } from '../../../src/engine/world/hasher';

type Op = { kind: 'write' | 'mkdir' | 'unlink' | 'rmdir' | 'rmrf'; path: string; data: string } | { kind: 'rename'; path: string; to: string; data: string };

interface Node {
  type: 'file' | 'dir';
  data: string;
}

/** A flat POSIX model; `upper` marks dirs created in the current session (renamable without EXDEV). */
class Model {
  nodes = new Map<string, Node>([['/', { type: 'dir', data: '' }]]);
  upper = new Set<string>();
  parent(p: string): string {
    return p.slice(0, p.lastIndexOf('/')) || '/';
  }
  children(p: string): string[] {
    return [...this.nodes.keys()].filter((k) => k !== '/' && this.parent(k) === p);
  }
  /** Path resolution of the parent, from the root down, as the kernel walks it. */
  parentOk(p: string): string | null {
    const parts = p.split('/').filter(Boolean).slice(0, -1);
    let cur = '';
    for (const part of parts) {
      cur += '/' + part;
      const n = this.nodes.get(cur);
      if (!n) return 'ENOENT';
      if (n.type !== 'dir') return 'ENOTDIR';
    }
    return null;
  }
  apply(op: Op): string {
    const e = this.parentOk(op.path);
    const n = this.nodes.get(op.path);
    switch (op.kind) {
      case 'write':
        if (e) return e;
        if (n?.type === 'dir') return 'EISDIR';
        this.nodes.set(op.path, { type: 'file', data: op.data });
        return 'ok';
      case 'mkdir':
        if (e) return e;
        if (n) return 'EEXIST';
        this.nodes.set(op.path, { type: 'dir', data: '' });
        this.upper.add(op.path);
        return 'ok';
      case 'unlink':
        if (e) return e;
        if (!n) return 'ENOENT';
        if (n.type === 'dir') return 'EISDIR';
        this.nodes.delete(op.path);
        return 'ok';
      case 'rmdir':
        if (e) return e;
        if (!n) return 'ENOENT';
        if (n.type !== 'dir') return 'ENOTDIR';
        if (this.children(op.path).length) return 'ENOTEMPTY';
        this.nodes.delete(op.path);
        this.upper.delete(op.path);
        return 'ok';
      case 'rmrf':
        if (e) return e;
        if (!n) return 'ENOENT';
        for (const k of [...this.nodes.keys()]) {
          if (k !== op.path && !k.startsWith(op.path + '/')) continue;
          this.nodes.delete(k);
          this.upper.delete(k);
        }
        return 'ok';
      case 'rename': {
        if (e) return e;
        if (!n) return 'ENOENT';
        const e2 = this.parentOk(op.to);
        if (e2) return e2;
        if (op.to === op.path) return 'ok';
        const dst = this.nodes.get(op.to);
        if (n.type === 'dir') {
          if (op.to.startsWith(op.path + '/')) return 'EINVAL';
          if (dst && dst.type !== 'dir') return 'ENOTDIR';
        } else if (dst?.type === 'dir') return 'EISDIR';
        if (dst?.type === 'dir' && this.children(op.to).length) return 'ENOTEMPTY';
        if (n.type === 'dir' && !this.upper.has(op.path)) return 'EXDEV';
        const moved = [...this.nodes].filter(([k]) => k === op.path || k.startsWith(op.path + '/'));
        for (const [k] of moved) this.nodes.delete(k);
        const movedUpper = [...this.upper].filter((k) => k === op.path || k.startsWith(op.path + '/'));
        for (const k of movedUpper) this.upper.delete(k);
        for (const [k, v] of moved) this.nodes.set(op.to + k.slice(op.path.length), v);
        for (const k of movedUpper) this.upper.add(op.to + k.slice(op.path.length));
        return 'ok';
      }
    }
  }
  tree(): string[] {
    return [...this.nodes].filter(([k]) => k !== '/').map(([k, v]) => `${k} ${v.type} ${v.data}`).sort();
  }
}

function applyUnion(fs: UnionFs, op: Op): string {
  try {
    if (op.kind === 'write') fs.writeFile(op.path, op.data);
    else if (op.kind === 'mkdir') fs.mkdir(op.path);
    else if (op.kind === 'unlink') fs.unlink(op.path);
    else if (op.kind === 'rmdir') fs.rmdir(op.path);
    else if (op.kind === 'rename') fs.rename(op.path, op.to);
    else {
      const rm = (p: string): void => {
        if (fs.lstat(p).type === 'dir') {
          for (const c of fs.readdir(p)) rm(`${p === '/' ? '' : p}/${c}`);
          fs.rmdir(p);
        } else fs.unlink(p);
      };
      rm(op.path);
    }
    return 'ok';
  } catch (e) {
    if (e instanceof FsError) return e.code;
    throw e;
  }
}

function unionTree(fs: UnionFs): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of fs.readdir(d)) {
      const p = `${d === '/' ? '' : d}/${name}`;
      const st = fs.lstat(p);
      out.push(`${p} ${st.type} ${st.type === 'file' ? fs.readText(p) : ''}`);
      if (st.type === 'dir') walk(p);
    }
  };
  walk('/');
  return out.sort();
}

const pathArb = fc.array(fc.constantFrom('a', 'b', 'c'), { minLength: 1, maxLength: 3 }).map((s) => '/' + s.join('/'));
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constantFrom('write', 'mkdir', 'unlink', 'rmdir', 'rmrf' as const), path: pathArb, data: fc.constantFrom('x', 'y', 'z') }) as fc.Arbitrary<Op>,
  fc.record({ kind: fc.constant('rename' as const), path: pathArb, to: pathArb, data: fc.constant('') }),
);

describe('union view vs a flat model', () => {
  it('agrees on every operation result and on the final tree', () => {
    fc.assert(
      fc.property(fc.array(fc.array(opArb, { maxLength: 12 }), { minLength: 1, maxLength: 4 }), fc.array(opArb, { maxLength: 20 }), (stack, top) => {
        const model = new Model();
        const layers: Layer[] = [];
        for (const ops of stack) {
          const rw = new RwLayer();
          const fs = new UnionFs(layers, rw);
          model.upper.clear();
          for (const op of ops) expect(applyUnion(fs, op)).toBe(model.apply(op));
          // Each layer goes through its tar and back, as a pull or a load would carry it.
          layers.push(LayerClass.fromTar(rw.freeze(syncHasher).toTar(), syncHasher));
        }
        const rw = new RwLayer();
        const fs = new UnionFs(layers, rw);
        model.upper.clear();
        for (const op of top) expect(`${op.kind} ${op.path} → ${applyUnion(fs, op)}`).toBe(`${op.kind} ${op.path} → ${model.apply(op)}`);
        expect(unionTree(fs)).toEqual(model.tree());
        // Committing the RW layer gives the same view from read-only layers.
        expect(unionTree(new UnionFs([...layers, rw.freeze(syncHasher)], null))).toEqual(model.tree());
      }),
      { numRuns: 300, seed: 20241123 },
    );
  });
});
