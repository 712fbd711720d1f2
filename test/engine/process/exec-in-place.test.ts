// execve(2) through ProcessContext.exec: same PID, new argv and credentials, the new program's status.
import { describe, expect, it } from 'vitest';
import { ExecError, type ProcessContext } from '../../../src/engine/process/types';
import { collector, machine } from './helpers';

describe('exec', () => {
  it('replaces the program of the process, keeping its PID', async () => {
    const out = collector();
    const { kernel, env } = machine({
      first: async (ctx: ProcessContext) => {
        ctx.stdout.write(`first ${ctx.pid}\n`);
        return ctx.exec!(['second', 'arg'], { uid: 1000, gid: 1000 });
      },
      second: async (ctx: ProcessContext) => {
        const me = ctx.processes().find((p) => p.pid === ctx.pid)!;
        ctx.stdout.write(`second ${ctx.pid} ${ctx.uid}:${ctx.gid} ${me.argv.join(' ')}\n`);
        return 7;
      },
    });
    const p = kernel.spawn(kernel.host, ['first'], { env, stdout: out });
    expect(await p.wait()).toMatchObject({ status: 7 });
    expect(out.text).toBe(`first ${p.pid}\nsecond ${p.pid} 1000:1000 second arg\n`);
  });

  it('fails like execve and leaves the process as it was', async () => {
    const out = collector();
    const { kernel, env } = machine({
      main: async (ctx: ProcessContext) => {
        try {
          await ctx.exec!(['missing']);
        } catch (err) {
          ctx.stdout.write(`${(err as ExecError).code} ${ctx.processes()[0].argv[0]}\n`);
        }
        const child = ctx.spawn(['drop']);
        return child.wait();
      },
      drop: async (ctx: ProcessContext) => {
        await ctx.exec!(['main'], { uid: 1000 });
        return 0;
      },
    });
    const p = kernel.spawn(kernel.host, ['main'], { env, stdout: out, uid: 5 });
    expect(await p.wait()).toMatchObject({ status: 1 });
    expect(out.text).toMatch(/^ENOENT main\n/);
  });
});
