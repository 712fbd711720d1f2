import { describe, expect, it } from 'vitest';
import type { Program } from '../../../src/engine/process/types';
import { machine } from './helpers';

describe('pty', () => {
  it('echoes, edits lines, converts newlines and delivers lines in cooked mode', async () => {
    const lines: string[] = [];
    const reader: Program = async (ctx) => {
      for (let i = 0; i < 2; i++) lines.push((await ctx.stdin.read()) ?? 'EOF');
      ctx.stdout.write('done\n');
      return 0;
    };
    const { kernel, env } = machine({ reader });
    const pty = kernel.openPty();
    let screen = '';
    pty.master.onData((d) => (screen += d));
    const p = kernel.spawn(kernel.host, ['reader'], { env, pty });
    pty.master.write('élèx\x7fve\r');
    pty.master.write('\x04');
    await p.wait();
    expect(lines).toEqual(['élève\n', 'EOF']);
    expect(screen).toBe('élèx\b \bve\r\ndone\r\n');
  });

  it('sends SIGINT to the foreground group on ^C and prints ^C', async () => {
    const sleeper: Program = async (ctx) => {
      await ctx.sleep(1_000_000);
      return 0;
    };
    const { kernel, env } = machine({ sleeper });
    const pty = kernel.openPty();
    let screen = '';
    pty.master.onData((d) => (screen += d));
    const p = kernel.spawn(kernel.host, ['sleeper'], { env, pty });
    await Promise.resolve();
    pty.master.write('\x03');
    expect((await p.wait()).status).toBe(130);
    expect(screen).toBe('^C');
  });

  it('passes keys through in raw mode and reports resizes with SIGWINCH', async () => {
    const got: string[] = [];
    const raw: Program = async (ctx) => {
      ctx.tty!.setRaw(true);
      ctx.onSignal('SIGWINCH', () => got.push(`winch ${ctx.tty!.size().cols}`));
      got.push((await ctx.stdin.read()) ?? '');
      return 0;
    };
    const { kernel, env } = machine({ raw });
    const pty = kernel.openPty();
    const p = kernel.spawn(kernel.host, ['raw'], { env, pty });
    await Promise.resolve();
    await Promise.resolve();
    pty.master.resize({ cols: 120, rows: 40 });
    pty.master.write('\x03\x1b[A');
    await p.wait();
    expect(got).toEqual(['winch 120', '\x03\x1b[A']);
  });
});

describe('pty job control', () => {
  it('sends ^\\ as SIGQUIT and ^C only to the foreground group', async () => {
    const sleeper: Program = async (ctx) => {
      await ctx.sleep(1_000_000);
      return 0;
    };
    const leader: Program = async (ctx) => {
      const bg = ctx.spawn(['sleeper'], { background: true });
      const fg = ctx.spawn(['sleeper']);
      ctx.onSignal('SIGINT', () => {});
      ctx.onSignal('SIGQUIT', () => {});
      const fgStatus = await fg.wait();
      ctx.setForegroundGroup!(bg.pid);
      const bgStatus = await bg.wait();
      ctx.stdout.write(`${fgStatus} ${bgStatus}\n`);
      return 0;
    };
    const { kernel, env } = machine({ sleeper, leader });
    const pty = kernel.openPty();
    let screen = '';
    pty.master.onData((d) => (screen += d));
    const p = kernel.spawn(kernel.host, ['leader'], { env, pty });
    for (let i = 0; i < 5; i++) await Promise.resolve();
    pty.master.write('\x1c');
    for (let i = 0; i < 10; i++) await Promise.resolve();
    pty.master.write('\x03');
    await p.wait();
    expect(screen).toBe('^\\^C131 130\r\n');
  });

  it('erases a line with ^U and a word with ^W in cooked mode', async () => {
    const lines: string[] = [];
    const reader: Program = async (ctx) => {
      lines.push((await ctx.stdin.read()) ?? 'EOF');
      return 0;
    };
    const { kernel, env } = machine({ reader });
    const pty = kernel.openPty();
    const p = kernel.spawn(kernel.host, ['reader'], { env, pty });
    pty.master.write('garbage\x15hello big\x17world\r');
    await p.wait();
    expect(lines).toEqual(['hello world\n']);
  });
});
