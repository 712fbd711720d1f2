// Test helper: builds layer dirs and an overlayfs mount with the kernel (root only) and snapshots them.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OpsFs } from './ops';

export const NOT_ROOT_MESSAGE =
  "Ce test compare Baleine à un vrai overlayfs : il doit tourner en root (montage overlay). " +
  'Lancez `npm test` en root. / This test compares Baleine with a real overlayfs: it must run as root ' +
  '(overlay mount). Run `npm test` as root.';

export function assertRootWithOverlay(): void {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) throw new Error(NOT_ROOT_MESSAGE);
  if (!fs.readFileSync('/proc/filesystems', 'utf8').includes('overlay')) {
    throw new Error("Le noyau n'a pas overlayfs. / The kernel has no overlayfs support.");
  }
}

export class RealOverlay {
  readonly root = mkdtempSync(join(tmpdir(), 'baleine-ovl-'));
  private lowers: string[] = [];
  private mounted: string | null = null;
  private counter = 0;

  private dir(name: string): string {
    const d = join(this.root, `${name}${this.counter++}`);
    fs.mkdirSync(d);
    return d;
  }

  /** Applies `build` to a fresh layer dir (through an overlay mount over the layers so far). */
  addLayer(build: (fs: OpsFs) => void): void {
    if (this.lowers.length === 0) {
      const d = this.dir('base');
      build(nodeOps(d));
      this.lowers.push(d);
      return;
    }
    const { upper, merged } = this.mount();
    build(nodeOps(merged));
    this.unmount();
    this.lowers.push(upper);
  }

  /** Mounts a fresh upper over every layer; returns the upper and merged dirs. */
  mount(): { upper: string; merged: string } {
    const upper = this.dir('upper');
    const work = this.dir('work');
    const merged = this.dir('merged');
    const lowerdir = [...this.lowers].reverse().join(':');
    execFileSync('mount', ['-t', 'overlay', 'overlay', '-o', `lowerdir=${lowerdir},upperdir=${upper},workdir=${work}`, merged]);
    this.mounted = merged;
    return { upper, merged };
  }

  unmount(): void {
    if (this.mounted) execFileSync('umount', [this.mounted]);
    this.mounted = null;
  }

  dispose(): void {
    this.unmount();
    fs.rmSync(this.root, { recursive: true, force: true });
  }
}

export function nodeOps(root: string): OpsFs {
  const p = (path: string) => root + path;
  return {
    writeFile: (path, data, append) => (append ? fs.appendFileSync(p(path), data) : fs.writeFileSync(p(path), data)),
    mkdir: (path, recursive) => void fs.mkdirSync(p(path), { recursive }),
    unlink: (path) => fs.unlinkSync(p(path)),
    rmdir: (path) => fs.rmdirSync(p(path)),
    rename: (a, b) => fs.renameSync(p(a), p(b)),
    symlink: (target, path) => fs.symlinkSync(target, p(path)),
    link: (a, b) => fs.linkSync(p(a), p(b)),
    chmod: (path, mode) => fs.chmodSync(p(path), mode),
    chown: (path, uid, gid) => fs.chownSync(p(path), uid, gid),
    lstatType: (path) => (fs.lstatSync(p(path)).isDirectory() ? 'dir' : 'other'),
    readdir: (path) => fs.readdirSync(p(path)).sort(),
  };
}

function describeNode(root: string, path: string, st: fs.Stats, withNlink: boolean): string {
  const meta = `${(st.mode & 0o7777).toString(8)} ${st.uid}:${st.gid}`;
  if (st.isDirectory()) return `${path} dir ${meta}`;
  if (st.isSymbolicLink()) return `${path} symlink -> ${fs.readlinkSync(root + path)}`;
  if (st.isCharacterDevice()) return `${path} chardev ${st.rdev}`;
  const nlink = withNlink ? ` nlink=${st.nlink}` : '';
  return `${path} file ${meta}${nlink} ${JSON.stringify(fs.readFileSync(root + path, 'utf8'))}`;
}

/** Every node of the merged tree, one line each, in walk order. */
export function snapshotTree(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of fs.readdirSync(root + dir).sort()) {
      const path = `${dir === '/' ? '' : dir}/${name}`;
      const st = fs.lstatSync(root + path);
      out.push(describeNode(root, path, st, true));
      if (st.isDirectory()) walk(path);
    }
  };
  walk('/');
  return out;
}

function opaqueDirs(upper: string): Set<string> {
  const script =
    'import os,sys\nr=sys.argv[1]\nfor d,_,_ in os.walk(r):\n' +
    '  try:\n    v=os.getxattr(d,"trusted.overlay.opaque")\n  except OSError:\n    v=b""\n' +
    '  if v==b"y": print(d[len(r):] or "/")\n';
  let text: string;
  try {
    text = execFileSync('python3', ['-c', script, upper], { encoding: 'utf8' });
  } catch (e) {
    throw new Error(
      `Lecture des xattrs overlay impossible (python3 requis). / Cannot read overlay xattrs (python3 required): ${(e as Error).message}`,
    );
  }
  return new Set(text.split('\n').filter(Boolean));
}

/** The upper dir: whiteouts (0/0 char devices) and opaque dirs spelled as Baleine's RW layer spells them. */
export function snapshotUpper(upper: string): string[] {
  const opaque = opaqueDirs(upper);
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of fs.readdirSync(upper + dir).sort()) {
      const path = `${dir === '/' ? '' : dir}/${name}`;
      const st = fs.lstatSync(upper + path);
      if (st.isCharacterDevice() && st.rdev === 0) {
        out.push(`${path} whiteout`);
        continue;
      }
      out.push(describeNode(upper, path, st, false) + (opaque.has(path) ? ' opaque' : ''));
      if (st.isDirectory()) walk(path);
    }
  };
  walk('/');
  return out;
}
