// The interactive interpreter on a real (simulated) terminal: ^C drops the line being typed, and
// interrupts running code with KeyboardInterrupt; the session goes on until exit().
import { describe, expect, it } from 'vitest';
import { python } from '../../../src/userland/servers/python';
import { machine } from '../../engine/process/helpers';

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('python3 REPL on a terminal', () => {
  it('survives ^C at the prompt and in a running loop', async () => {
    const { kernel, env } = machine({ python3: python });
    const pty = kernel.openPty();
    let screen = '';
    pty.master.onData((d) => (screen += d));
    const p = kernel.spawn(kernel.host, ['python3'], { env, pty });
    await settle();
    pty.master.write('1 +\x03');
    await settle();
    pty.master.write('while True: pass\r');
    await settle();
    pty.master.write('\r');
    await settle();
    pty.master.write('\x03');
    await settle();
    pty.master.write('6 * 7\r');
    await settle();
    pty.master.write('exit()\r');
    expect((await p.wait()).status).toBe(0);
    expect(screen).toContain('>>> 1 +^C\r\nKeyboardInterrupt\r\n>>> ');
    expect(screen).toContain(
      '>>> while True: pass\r\n... \r\n^CTraceback (most recent call last):\r\n  File "<stdin>", line 1, in <module>\r\nKeyboardInterrupt\r\n>>> ',
    );
    expect(screen).toContain('>>> 6 * 7\r\n42\r\n>>> exit()\r\n');
  });
});
