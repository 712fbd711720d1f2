// Runs one server program in a namespace of a real kernel, over an in-memory network and filesystem.
import { MemFs } from '../../../src/engine/fs/memfs';
import { Kernel } from '../../../src/engine/process/kernel';
import type { Program } from '../../../src/engine/process/types';
import { VirtualClock } from '../../../src/engine/world/virtual-clock';
import { MemoryNet } from './net-double';

export function out() {
  const o = { text: '', isTTY: false, write: (c: string) => void (o.text += c), drain: async () => {} };
  return o;
}

export async function tick(n = 5): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((r) => setTimeout(r, 0));
}

export function world(files: Record<string, string> = {}) {
  const clock = new VirtualClock({ start: Date.UTC(2026, 10, 23, 9, 15, 0) });
  const fs = new MemFs({ clock });
  for (const [path, content] of Object.entries(files)) {
    fs.mkdir(path.slice(0, path.lastIndexOf('/')) || '/', { recursive: true });
    fs.writeFile(path, content);
  }
  const net = new MemoryNet();
  const kernel = new Kernel({
    clock,
    programs: { get: () => undefined, names: () => [] },
    host: { fs, hostname: 'host' },
  });
  const ns = kernel.createNamespace({ fs, hostname: 'c0ffee123456', net: net.stack() });
  const run = (
    program: Program,
    argv: string[],
    opts: { env?: Record<string, string>; cwd?: string } = {},
  ) => {
    const stdout = out();
    const stderr = out();
    const proc = kernel.spawn(ns, argv, {
      program,
      stdout,
      stderr,
      env: opts.env ?? {},
      cwd: opts.cwd ?? '/',
    });
    return { proc, stdout, stderr };
  };
  return { clock, fs, net, kernel, ns, run };
}
