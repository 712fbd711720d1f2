import { describe, expect, it } from 'vitest';
import { machine } from './helpers';

describe('exec builtin', () => {
  it('replaces the shell process: the command keeps the shell PID', async () => {
    const m = machine();
    const r = await m.run(`sh -c 'echo $$; exec pid; echo not reached'`);
    const [shellPid, execPid, ...rest] = r.stdout.trim().split('\n');
    expect(rest).toEqual([]);
    expect(execPid).toBe(shellPid);
    expect(r.exit).toBe(0);
  });

  it('ends the shell with the command status and passes exported variables', async () => {
    const m = machine();
    expect(await m.run(`sh -c 'exec fail 7'; echo $?`)).toMatchObject({ stdout: '7\n' });
    expect((await m.run(`sh -c 'export V=ok; exec getenv V'`)).stdout).toBe('ok\n');
  });

  it('with a redirection of its own, still runs the command and exits with its status', async () => {
    const m = machine();
    const r = await m.run(`sh -c 'exec args a b >/tmp/out; echo not reached'; cat /tmp/out`);
    expect(r.stdout).toBe('<a><b>\n');
  });

  it('reports a missing command as sh does and exits 127', async () => {
    const m = machine();
    const r = await m.run(`sh -c 'exec nope; echo not reached'; echo $?`);
    expect(r.stdout).toBe('127\n');
    expect(r.stderr).toContain('nope');
  });

  it('with only redirections, keeps them for the rest of the shell', async () => {
    const m = machine();
    expect((await m.run(`sh -c 'exec >/tmp/o; echo hi'; cat /tmp/o`)).stdout).toBe('hi\n');
  });
});
