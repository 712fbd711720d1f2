import { describe, expect, it } from 'vitest';
import { ExecError, ProcessExit, type Program } from '../../../src/engine/process/types';
import { collector, machine } from './helpers';

const sleeper: Program = async (ctx) => {
  await ctx.sleep(Number(ctx.argv[1] ?? 1) * 1000);
  return 0;
};
const echo: Program = async (ctx) => {
  ctx.stdout.write(ctx.argv.slice(1).join(' ') + '\n');
  return 0;
};
const cat: Program = async (ctx) => {
  for (let c = await ctx.stdin.read(); c !== null; c = await ctx.stdin.read()) ctx.stdout.write(c);
  return 0;
};
const yes: Program = async (ctx) => {
  for (;;) {
    ctx.stdout.write('y\n');
    await ctx.stdout.drain();
  }
};
const head1: Program = async (ctx) => {
  const chunk = await ctx.stdin.read();
  ctx.stdout.write((chunk ?? '').split('\n')[0] + '\n');
  return 0;
};
const trap: Program = async (ctx) => {
  ctx.onSignal('SIGTERM', () => ctx.stdout.write('got TERM\n'));
  await ctx.sleep(10_000);
  return 3;
};
const hog: Program = async (ctx) => {
  for (let i = 0; i < 100; i++) {
    ctx.allocate(1024 * 1024);
    await ctx.sleep(10);
  }
  return 0;
};

const programs = { sleep: sleeper, echo, cat, yes, head: head1, trap, hog };

describe('kernel', () => {
  it('runs a program found on PATH and reports its output and status', async () => {
    const { kernel, env } = machine(programs);
    const out = collector();
    const p = kernel.spawn(kernel.host, ['echo', 'hi', 'there'], { env, stdout: out });
    expect(await p.wait()).toEqual({ status: 0, oomKilled: false });
    expect(out.text).toBe('hi there\n');
  });

  it('resolves exec errors like Linux', () => {
    const { kernel, fs, env } = machine(programs);
    expect(() => kernel.spawn(kernel.host, ['nope'], { env })).toThrow(ExecError);
    fs.writeFile('/bin/plain', 'hello\n', { mode: 0o644 });
    try {
      kernel.spawn(kernel.host, ['/bin/plain'], { env });
      expect.fail('should throw');
    } catch (err) {
      expect((err as ExecError).code).toBe('EACCES');
    }
    fs.chmod('/bin/plain', 0o755);
    try {
      kernel.spawn(kernel.host, ['plain'], { env });
      expect.fail('should throw');
    } catch (err) {
      expect((err as ExecError).code).toBe('ENOEXEC');
    }
  });

  it('runs #! scripts through their interpreter', async () => {
    const { kernel, fs, env } = machine(programs);
    fs.writeFile('/bin/hello', '#!/bin/echo from-script\n', { mode: 0o755 });
    const out = collector();
    await kernel.spawn(kernel.host, ['hello', 'x'], { env, stdout: out }).wait();
    expect(out.text).toBe('from-script /bin/hello x\n');
  });

  it('sleeps on the virtual clock and is killed by SIGTERM with 143', async () => {
    const { kernel, clock, env } = machine(programs);
    const start = clock.now();
    const p = kernel.spawn(kernel.host, ['sleep', '3'], { env });
    const q = kernel.spawn(kernel.host, ['sleep', '100'], { env });
    expect((await p.wait()).status).toBe(0);
    expect(clock.now() - start).toBe(3000);
    q.signal('SIGTERM');
    expect(await q.wait()).toEqual({ status: 143, signal: 'SIGTERM', oomKilled: false });
  });

  it('makes PID 1 of a namespace immune to unhandled signals except SIGKILL', async () => {
    const { kernel, fs, env } = machine(programs);
    const ns = kernel.createNamespace({ fs, hostname: 'c1' });
    const init = kernel.spawn(ns, ['sleep', '1000'], { env });
    expect(init.pid).toBe(1);
    expect(init.hostPid).toBeGreaterThan(0);
    init.signal('SIGTERM');
    expect(init.alive).toBe(true);
    init.signal('SIGKILL');
    expect((await init.wait()).status).toBe(137);
  });

  it('calls handlers instead of dying', async () => {
    const { kernel, fs, env } = machine(programs);
    const ns = kernel.createNamespace({ fs, hostname: 'c1' });
    const out = collector();
    const init = kernel.spawn(ns, ['trap'], { env, stdout: out });
    await Promise.resolve();
    await Promise.resolve();
    init.signal('SIGTERM');
    expect(out.text).toBe('got TERM\n');
    expect((await init.wait()).status).toBe(3);
  });

  it('shows a namespace only its own processes with its own PIDs, the host all of them', async () => {
    const { kernel, fs, env } = machine(programs);
    const hostSleep = kernel.spawn(kernel.host, ['sleep', '50'], { env });
    const ns = kernel.createNamespace({ fs, hostname: 'c1' });
    const init = kernel.spawn(ns, ['sleep', '50'], { env });
    expect(kernel.processes(ns).map((p) => p.pid)).toEqual([1]);
    expect(kernel.processes().map((p) => p.pid)).toEqual([hostSleep.hostPid, init.hostPid]);
    expect(ns.hostname).toBe('c1');
    init.signal('SIGKILL');
    hostSleep.signal('SIGKILL');
    await init.wait();
    expect(kernel.processes(ns)).toEqual([]);
  });

  it('freezes a namespace: a paused sleep does not advance', async () => {
    const { kernel, fs, env, clock } = machine(programs);
    const ns = kernel.createNamespace({ fs, hostname: 'c1' });
    const start = clock.now();
    const init = kernel.spawn(ns, ['sleep', '2'], { env });
    const other = kernel.spawn(kernel.host, ['sleep', '5'], { env });
    await Promise.resolve();
    kernel.freeze(ns);
    expect(kernel.processes(ns)[0].state).toBe('T');
    await other.wait();
    expect(init.alive).toBe(true);
    const thawedAt = clock.now();
    kernel.thaw(ns);
    await init.wait();
    expect(thawedAt - start).toBe(5000);
    expect(clock.now() - thawedAt).toBe(2000);
  });

  it('OOM-kills past the memory limit and reports it', async () => {
    const { kernel, fs, env } = machine(programs);
    const ooms: number[] = [];
    const ns = kernel.createNamespace({ fs, hostname: 'c1', memoryLimit: 10 * 1024 * 1024, onOom: (pid) => ooms.push(pid) });
    const p = kernel.spawn(ns, ['hog'], { env });
    expect(await p.wait()).toEqual({ status: 137, signal: 'SIGKILL', oomKilled: true });
    expect(ooms).toEqual([1]);
    expect(ns.cgroup.oomKilled).toBe(true);
    expect(ns.cgroup.memoryUsage).toBe(0);
  });

  it('refuses to fork past the pids limit with EAGAIN', () => {
    const { kernel, fs, env } = machine(programs);
    const ns = kernel.createNamespace({ fs, hostname: 'c1', pidsLimit: 1 });
    kernel.spawn(ns, ['sleep', '5'], { env });
    expect(() => kernel.spawn(ns, ['sleep', '5'], { env })).toThrowError(/EAGAIN/);
  });

  it('connects children with pipes: EOF when the writer ends, SIGPIPE when the reader ends', async () => {
    const out = collector();
    const shell: Program = async (ctx) => {
      const { reader, writer } = ctx.pipe();
      const left = ctx.spawn(['yes'], { stdout: writer });
      const right = ctx.spawn(['head'], { stdin: reader, stdout: out });
      reader.close?.();
      writer.close?.();
      const [l, r] = [await left.wait(), await right.wait()];
      ctx.stdout.write(`${l} ${r}\n`);
      const p2 = ctx.pipe();
      const e = ctx.spawn(['echo', 'a', 'b'], { stdout: p2.writer });
      const c = ctx.spawn(['cat'], { stdin: p2.reader });
      p2.reader.close?.();
      p2.writer.close?.();
      await e.wait();
      return c.wait();
    };
    const { kernel, env } = machine({ ...programs, shell });
    const status = await kernel.spawn(kernel.host, ['shell'], { env, stdout: out }).wait();
    expect(out.text).toBe('y\n141 0\na b\n');
    expect(status.status).toBe(0);
  });

  it('lets a process fork a closure and kill by pid inside its namespace', async () => {
    const out = collector();
    const parent: Program = async (ctx) => {
      const child = ctx.fork!(async (c) => {
        await c.sleep(100_000);
        return 0;
      });
      ctx.kill(child.pid, 'SIGINT');
      const status = await child.wait();
      ctx.stdout.write(`${status}\n`);
      try {
        ctx.kill(9999, 'SIGTERM');
      } catch (err) {
        ctx.stdout.write(`${(err as ExecError).code}\n`);
      }
      return 0;
    };
    const { kernel, env } = machine({ parent });
    await kernel.spawn(kernel.host, ['parent'], { env, stdout: out }).wait();
    expect(out.text).toBe('130\nESRCH\n');
  });

  it('turns ctx.exit into the status', async () => {
    const { kernel, env } = machine({ quit: async (ctx) => ctx.exit(42) });
    expect((await kernel.spawn(kernel.host, ['quit'], { env }).wait()).status).toBe(42);
    expect(new ProcessExit(1).status).toBe(1);
  });
});

describe('orphans', () => {
  it('are adopted by the namespace init', async () => {
    let seen: [number, number, string][] = [];
    const { kernel, fs, env } = machine({
      sleep: async (ctx) => {
        await ctx.sleep(Number(ctx.argv[1]) * 1000);
        return 0;
      },
      parent: async (ctx) => {
        ctx.spawn(['sleep', '50']);
        return 0;
      },
      init: async (ctx) => {
        await ctx.spawn(['parent']).wait();
        seen = ctx.processes().map((p) => [p.pid, p.ppid, p.argv[0]]);
        return 0;
      },
    });
    const ns = kernel.createNamespace({ fs, hostname: 'c' });
    await kernel.spawn(ns, ['init'], { env }).wait();
    expect(seen).toEqual([
      [1, 0, 'init'],
      [3, 1, 'sleep'],
    ]);
  });
});
