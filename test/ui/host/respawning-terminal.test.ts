import { describe, expect, it } from 'vitest';
import type { WinSize } from '../../../src/engine/process/types';
import type { Terminal } from '../../../src/host';
import { RespawningTerminal, SESSION_ENDED } from '../../../src/ui/host/respawning-terminal';

/** A shell's terminal double: records input and sizes, emits output, exits on demand. */
class ShellTerminal implements Terminal {
  readonly input: string[] = [];
  readonly sizes: WinSize[] = [];
  readonly exited: Promise<number>;
  readonly pid = 1000;
  private readonly listeners = new Set<(output: string) => void>();
  private finish!: (status: number) => void;

  constructor(readonly openedWith: WinSize | undefined) {
    this.exited = new Promise((resolve) => (this.finish = resolve));
  }
  write(data: string) {
    this.input.push(data);
  }
  onData(listener: (output: string) => void) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  resize(size: WinSize) {
    this.sizes.push(size);
  }
  print(output: string) {
    for (const l of this.listeners) l(output);
  }
  exit(status: number) {
    this.finish(status);
  }
}

function setup() {
  const opened: ShellTerminal[] = [];
  const pty = new RespawningTerminal((size) => {
    const t = new ShellTerminal(size);
    opened.push(t);
    return t;
  });
  const screen: string[] = [];
  return { pty, opened, screen };
}

describe('RespawningTerminal', () => {
  it('keeps what the shell printed before the screen attached', () => {
    const { pty, opened, screen } = setup();
    opened[0].print('eleve@baleine:~$ ');
    pty.onData((o) => screen.push(o));
    opened[0].print('ls');
    expect(screen).toEqual(['eleve@baleine:~$ ', 'ls']);
  });

  it('passes keys and sizes to the current shell', () => {
    const { pty, opened } = setup();
    pty.write('echo é\r');
    pty.resize({ cols: 100, rows: 30 });
    expect(opened[0].input).toEqual(['echo é\r']);
    expect(opened[0].sizes).toEqual([{ cols: 100, rows: 30 }]);
  });

  it('opens a new shell at the same size when the shell exits', async () => {
    const { pty, opened, screen } = setup();
    pty.onData((o) => screen.push(o));
    pty.resize({ cols: 100, rows: 30 });
    opened[0].exit(0);
    await opened[0].exited;
    await Promise.resolve();
    expect(opened).toHaveLength(2);
    expect(opened[1].openedWith).toEqual({ cols: 100, rows: 30 });
    expect(screen).toEqual([SESSION_ENDED]);
    opened[0].print('fantôme');
    opened[1].print('eleve@baleine:~$ ');
    pty.write('pwd\r');
    expect(screen).toEqual([SESSION_ENDED, 'eleve@baleine:~$ ']);
    expect(opened[1].input).toEqual(['pwd\r']);
  });

  it('stops respawning once disposed', async () => {
    const { pty, opened } = setup();
    pty.dispose();
    opened[0].exit(0);
    await opened[0].exited;
    await Promise.resolve();
    expect(opened).toHaveLength(1);
  });
});
