// procfs computes /proc from the process table and the clock at read time; /proc/self names the reader.
import { describe, expect, it } from 'vitest';
import { MemFs } from '../../../src/engine/fs/memfs';
import { MountFs } from '../../../src/engine/fs/mounts';
import { ProcFs } from '../../../src/engine/process/procfs';
import { binaryStub, type Program } from '../../../src/engine/process/types';
import { collector, machine } from './helpers';

function container(programs: Record<string, Program>) {
  const m = machine(programs);
  const root = new MemFs({ clock: m.clock });
  root.mkdir('/bin', { recursive: true });
  root.mkdir('/proc');
  for (const name of Object.keys(programs)) root.writeFile(`/bin/${name}`, binaryStub(name), { mode: 0o755 });
  const fs = new MountFs(root);
  const proc = new ProcFs();
  fs.mount('/proc', proc, { readOnly: true });
  const ns = m.kernel.createNamespace({ fs, hostname: 'c1', env: { PATH: '/bin', HOME: '/root' } });
  proc.attach({
    kernel: m.kernel,
    ns,
    mounts: () => 'proc /proc proc rw 0 0\n',
    meminfo: () => 'MemTotal: 1 kB\n',
  });
  return { ...m, fs, proc, ns };
}

describe('procfs', () => {
  it('lists the namespace processes and their files, live', async () => {
    let release!: () => void;
    const waiting = new Promise<void>((r) => (release = r));
    const c = container({
      init: async (ctx) => {
        const child = ctx.spawn(['worker', 'x'], { env: { ...ctx.env, ROLE: 'w' } });
        await waiting;
        child.kill('SIGKILL');
        await child.wait();
        return 0;
      },
      worker: async (ctx) => {
        await ctx.sleep(60_000);
        return 0;
      },
    });
    const init = c.kernel.spawn(c.ns, ['init', '--flag'], {});
    await Promise.resolve();
    expect(c.fs.readdir('/proc')).toEqual(['1', '2', 'loadavg', 'meminfo', 'mounts', 'self', 'uptime']);
    expect(c.fs.readText('/proc/1/cmdline')).toBe('init\0--flag\0');
    expect(c.fs.readText('/proc/2/environ')).toBe('PATH=/bin\0HOME=/root\0ROLE=w\0');
    expect(c.fs.readText('/proc/2/status')).toMatch(
      /^Name:\tworker\nUmask:\t0022\nState:\tR \(running\)\nTgid:\t2\nNgid:\t0\nPid:\t2\nPPid:\t1\n/,
    );
    expect(c.fs.readText('/proc/2/status')).toMatch(/\nNSpid:\t\d+\t2\n/);
    expect(c.fs.readText('/proc/self/cgroup')).toBe('0::/\n');
    expect(c.fs.readText('/proc/uptime')).toBe('0.00 0.00\n');
    c.clock.advance(12_500);
    expect(c.fs.readText('/proc/uptime')).toBe('12.50 24.25\n');
    expect(c.fs.readText('/proc/loadavg')).toMatch(/^\d\.\d\d \d\.\d\d \d\.\d\d \d+\/2 2\n$/);
    expect(() => c.fs.writeFile('/proc/1/comm', 'x')).toThrow(/EROFS/);
    release();
    await init.wait();
    expect(c.fs.readdir('/proc').filter((n) => /^\d+$/.test(n))).toEqual([]);
    expect(c.fs.exists('/proc/2')).toBe(false);
  });

  it('shows each process its own /proc/self', async () => {
    const out = collector();
    const c = container({
      init: async (ctx) => {
        const child = ctx.spawn(['reader'], { stdout: out });
        return child.wait();
      },
      reader: async (ctx) => {
        ctx.stdout.write(`${ctx.fs.readlink('/proc/self')} ${ctx.fs.readText('/proc/self/cmdline')}|`);
        ctx.stdout.write(ctx.fs.readText('/proc/self/status').split('\n')[5]);
        return 0;
      },
    });
    const init = c.kernel.spawn(c.ns, ['init'], {});
    await init.wait();
    expect(out.text).toBe('2 reader\0|Pid:\t2');
  });

  it('is empty when detached (a stopped container)', () => {
    const proc = new ProcFs();
    expect(proc.readdir('/')).toEqual([]);
    expect(proc.exists('/self')).toBe(false);
    expect(() => proc.readText('/1/cmdline')).toThrow(/ENOENT/);
  });
});
