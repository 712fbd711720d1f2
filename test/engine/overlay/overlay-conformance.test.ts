// Lays the same operations on a real overlayfs mount and on Baleine's union view, then compares the
// merged trees, the upper dirs and each operation's errno. Runs as root (npm test does); fails otherwise.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FsError, type FileSystem } from '../../../src/engine/fs/types';
import type { Layer } from '../../../src/engine/layer/layer';
import { RwLayer } from '../../../src/engine/layer/rwlayer';
import { UnionFs } from '../../../src/engine/layer/union';
import { syncHasher } from '../../../src/engine/world/hasher';
import { applyOp, type Op, type OpsFs } from './ops';
import { assertRootWithOverlay, RealOverlay, snapshotTree, snapshotUpper } from './real-overlay';
import { BASE, SCENARIOS } from './scenarios';

function memOps(fs: FileSystem): OpsFs {
  const wrap =
    <A extends unknown[]>(f: (...a: A) => void) =>
    (...a: A) => {
      try {
        f(...a);
      } catch (e) {
        if (e instanceof FsError) throw Object.assign(new Error(e.message), { code: e.code });
        throw e;
      }
    };
  return {
    writeFile: wrap((p: string, d: string, append: boolean) => fs.writeFile(p, d, { append })),
    mkdir: wrap((p: string, recursive: boolean) => fs.mkdir(p, { recursive })),
    unlink: wrap((p: string) => fs.unlink(p)),
    rmdir: wrap((p: string) => fs.rmdir(p)),
    rename: wrap((a: string, b: string) => fs.rename(a, b)),
    symlink: wrap((t: string, p: string) => fs.symlink(t, p)),
    link: wrap((a: string, b: string) => fs.link(a, b)),
    chmod: wrap((p: string, m: number) => fs.chmod(p, m)),
    chown: wrap((p: string, u: number, g: number) => fs.chown(p, u, g)),
    lstatType: (p) => (fs.lstat(p).type === 'dir' ? 'dir' : 'other'),
    readdir: (p) => fs.readdir(p),
  };
}

function memTree(fs: FileSystem): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of fs.readdir(dir)) {
      const path = `${dir === '/' ? '' : dir}/${name}`;
      const st = fs.lstat(path);
      const meta = `${st.mode.toString(8)} ${st.uid}:${st.gid}`;
      if (st.type === 'dir') out.push(`${path} dir ${meta}`);
      else if (st.type === 'symlink') out.push(`${path} symlink -> ${fs.readlink(path)}`);
      else out.push(`${path} file ${meta} nlink=${st.nlink} ${JSON.stringify(fs.readText(path))}`);
      if (st.type === 'dir') walk(path);
    }
  };
  walk('/');
  return out;
}

function memUpper(rw: RwLayer): string[] {
  const lines: [string, string][] = [];
  for (const [path, e] of rw.all()) {
    if (path === '/') continue;
    if (e.kind === 'whiteout') {
      lines.push([path, `${path} whiteout`]);
      continue;
    }
    const i = e.inode;
    const meta = `${i.mode.toString(8)} ${i.uid}:${i.gid}`;
    if (i.type === 'dir') lines.push([path, `${path} dir ${meta}${e.opaque ? ' opaque' : ''}`]);
    else if (i.type === 'symlink') lines.push([path, `${path} symlink -> ${i.target}`]);
    else lines.push([path, `${path} file ${meta} ${JSON.stringify(new TextDecoder().decode(i.data))}`]);
  }
  // Walk order: a path's components compared one by one.
  return lines.sort(([a], [b]) => cmpPath(a, b)).map(([, l]) => l);
}

function cmpPath(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  return x.length - y.length;
}

function memLayers(stack: Op[][]): Layer[] {
  const layers: Layer[] = [];
  for (const ops of stack) {
    const rw = new RwLayer();
    const fs = memOps(new UnionFs(layers, rw));
    for (const op of ops) applyOp(fs, op);
    layers.push(rw.freeze(syncHasher));
  }
  return layers;
}

describe('union view vs real overlayfs', () => {
  let savedUmask = 0;
  beforeAll(() => {
    assertRootWithOverlay();
    savedUmask = process.umask(0o022);
  });
  afterAll(() => void process.umask(savedUmask));

  it('has at least 40 scenarios', () => expect(SCENARIOS.length).toBeGreaterThanOrEqual(40));

  it.each(SCENARIOS.map((s) => [s.name, s] as const))('%s', (_name, scenario) => {
    const stack = [BASE, ...(scenario.layers ?? [])];
    const real = new RealOverlay();
    try {
      for (const ops of stack) real.addLayer((fs) => ops.forEach((op) => expect(applyOp(fs, op)).toBe('ok')));
      const { upper, merged } = real.mount();
      const realResults = scenario.ops.map((op) => applyOp(nodeOpsFor(merged), op));
      const realTree = snapshotTree(merged);
      real.unmount();
      const realUpper = snapshotUpper(upper);

      const rw = new RwLayer();
      const union = new UnionFs(memLayers(stack), rw);
      const memResults = scenario.ops.map((op) => applyOp(memOps(union), op));
      expect(memResults).toEqual(realResults);
      expect(memTree(union)).toEqual(realTree);
      expect(memUpper(rw)).toEqual(realUpper);
    } finally {
      real.dispose();
    }
  });
});

import { nodeOps as nodeOpsFor } from './real-overlay';
