// `docker diff` against the real dockerd: the same operations in a real busybox container and in a
// Baleine container over the same image (loaded from `docker save`) give the same changes. Docker's
// order varies between runs (Go map iteration), so the sets are compared, then Baleine's order is
// checked against Docker's rules (a directory before its content).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import type { FileSystem } from '../../../src/engine/fs/types';
import { changes } from '../../../src/engine/layer/diff';
import { RwLayer } from '../../../src/engine/layer/rwlayer';
import { ImageStore } from '../../../src/engine/image/store';
import { loadImages } from '../../../src/engine/daemon/image/load';
import { NO_USERS } from '../../../src/engine/daemon/image/context';
import { syncHasher } from '../../../src/engine/world/hasher';

interface Scenario {
  name: string;
  sh: string;
  ops: (fs: FileSystem) => void;
}

const SCENARIOS: Scenario[] = [
  { name: 'new file at the root', sh: 'echo hi > /newfile', ops: (fs) => fs.writeFile('/newfile', 'hi\n') },
  {
    name: 'deep new directories',
    sh: 'mkdir -p /a/b/c && echo x > /a/b/c/f',
    ops: (fs) => {
      fs.mkdir('/a/b/c', { recursive: true });
      fs.writeFile('/a/b/c/f', 'x\n');
    },
  },
  { name: 'delete a lower symlink', sh: 'rm /bin/ls', ops: (fs) => fs.unlink('/bin/ls') },
  { name: 'chmod a lower file', sh: 'chmod 700 /bin/busybox', ops: (fs) => fs.chmod('/bin/busybox', 0o700) },
  {
    name: 'replace a symlink by a file',
    sh: 'rm /bin/ls && echo > /bin/ls',
    ops: (fs) => {
      fs.unlink('/bin/ls');
      fs.writeFile('/bin/ls', '\n');
    },
  },
  {
    name: 'links',
    sh: 'ln -s /bin/busybox /mylink && ln /bin/busybox /hard',
    ops: (fs) => {
      fs.symlink('/bin/busybox', '/mylink');
      fs.link('/bin/busybox', '/hard');
    },
  },
  {
    name: 'create and remove a directory',
    sh: 'mkdir /d && rmdir /d',
    ops: (fs) => {
      fs.mkdir('/d');
      fs.rmdir('/d');
    },
  },
  {
    name: 'new files in an existing directory, one removed',
    sh: 'echo 1 > /bin/zz && echo 2 > /bin/aa && rm /bin/cat',
    ops: (fs) => {
      fs.writeFile('/bin/zz', '1\n');
      fs.writeFile('/bin/aa', '2\n');
      fs.unlink('/bin/cat');
    },
  },
  {
    name: 'rename a lower file to a new directory',
    sh: 'mkdir /x && mv /bin/echo /x/echo2',
    ops: (fs) => {
      fs.mkdir('/x');
      fs.rename('/bin/echo', '/x/echo2');
    },
  },
];

function docker(args: string[]): string {
  return execFileSync('docker', args, { encoding: 'utf8', maxBuffer: 64 << 20 });
}

let store: ImageStore;
let imageId: string;

beforeAll(() => {
  store = new ImageStore(syncHasher);
  const tar = execFileSync('docker', ['save', 'busybox:latest'], { maxBuffer: 64 << 20 });
  loadImages({ store, clock: { now: () => 0, setTimer: () => () => {} }, hasher: syncHasher, users: NO_USERS }, new Uint8Array(tar));
  imageId = store.resolve('busybox').id;
});

const names: string[] = [];
afterAll(() => {
  for (const n of names) spawnSync('docker', ['rm', '-f', n], { stdio: 'ignore' });
});

describe('docker diff vs the real engine', () => {
  it.each(SCENARIOS.map((s, i) => [s.name, s, i] as const))('%s', (_n, s, i) => {
    const name = `baleine-diff-${process.pid}-${i}`;
    names.push(name);
    docker(['run', '--name', name, 'busybox', 'sh', '-c', s.sh]);
    const real = docker(['diff', name]).split('\n').filter(Boolean);

    const rw = new RwLayer();
    let t = Date.now();
    s.ops(store.mount(imageId, rw, () => (t += 1000)));
    const ours = changes(store.get(imageId)!.layers, rw).map((c) => `${c.kind} ${c.path}`);
    expect([...ours].sort()).toEqual([...real].sort());
    // Baleine's order: every path comes after its parent directory.
    const seen = new Set<string>();
    for (const line of ours) {
      const path = line.slice(2);
      const parent = path.slice(0, path.lastIndexOf('/')) || '/';
      if (parent !== '/' && ours.some((l) => l.slice(2) === parent)) expect(seen.has(parent), line).toBe(true);
      seen.add(path);
    }
  });
});
