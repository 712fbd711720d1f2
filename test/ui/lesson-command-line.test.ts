// The host's command-line hook the lesson pane re-checks on: each line typed in a terminal's bash,
// with its exit status (syntax errors: 2), and nothing for the out-of-sight `run` session.
import { describe, expect, it } from 'vitest';
import { createHost } from '../../src/host/host';
import { VirtualClock } from '../../src/engine/world/virtual-clock';

async function until(cond: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !cond(); i++) await new Promise((r) => setTimeout(r, 5));
  if (!cond()) throw new Error('timed out');
}

describe('host.onCommandLine', () => {
  it('reports each terminal command line with its status', async () => {
    const host = createHost({ world: { clock: new VirtualClock() } });
    const seen: [string, number][] = [];
    const stop = host.onCommandLine((line, status) => seen.push([line, status]));
    const term = host.openTerminal({ cols: 80, rows: 24 });
    await host.run('true');
    term.write('echo bonjour\r');
    await until(() => seen.length === 1);
    term.write('false | true; ls /nulle-part\r');
    await until(() => seen.length === 2);
    term.write('if then\r');
    await until(() => seen.length === 3);
    expect(seen).toEqual([
      ['echo bonjour', 0],
      ['false | true; ls /nulle-part', 2],
      ['if then', 2],
    ]);
    stop();
    term.write('echo encore\r');
    await new Promise((r) => setTimeout(r, 50));
    expect(seen).toHaveLength(3);
  });
});
