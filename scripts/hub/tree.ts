// A filesystem tree description for catalog layers, turned into an engine Layer by the generator.
import { binaryStub } from '../../src/engine/process/types';

export type Node =
  | { type: 'dir'; path: string; mode?: number; uid?: number; gid?: number }
  | { type: 'file'; path: string; content: string; mode?: number; uid?: number; gid?: number }
  | { type: 'symlink'; path: string; target: string }
  | { type: 'hardlink'; path: string; target: string }
  | { type: 'whiteout'; path: string };

export const dir = (path: string, mode = 0o755, uid = 0, gid = 0): Node => ({ type: 'dir', path, mode, uid, gid });
export const file = (path: string, content: string, mode = 0o644): Node => ({ type: 'file', path, content, mode });
export const exe = (path: string, program: string): Node => ({ type: 'file', path, content: binaryStub(program), mode: 0o755 });
export const script = (path: string, content: string): Node => ({ type: 'file', path, content, mode: 0o755 });
export const link = (path: string, target: string): Node => ({ type: 'symlink', path, target });
export const hardlink = (path: string, target: string): Node => ({ type: 'hardlink', path, target });
export const whiteout = (path: string): Node => ({ type: 'whiteout', path });

export function dirs(...paths: string[]): Node[] {
  return paths.map((p) => dir(p, p === '/tmp' || p === '/var/tmp' ? 0o1777 : p === '/root' ? 0o700 : 0o755));
}

/** Stubs for every program named, in `bindir`. */
export function programs(bindir: string, names: string[], program = (n: string) => n): Node[] {
  return names.map((n) => exe(`${bindir}/${n}`, program(n)));
}

export const words = (s: string): string[] => s.trim().split(/\s+/);
