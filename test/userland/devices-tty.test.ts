// An endless device read to a terminal session: ^C ends it and the prompt comes back.
import { describe, expect, it } from 'vitest';
import { createHost } from '../../src/host/host';
import { VirtualClock } from '../../src/engine/world/virtual-clock';

async function until(read: () => string, text: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (read().includes(text)) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`screen never showed ${JSON.stringify(text)}: ${JSON.stringify(read())}`);
}

describe('endless devices on a terminal', () => {
  it('cat /dev/zero > /dev/null stops on ^C', async () => {
    const h = createHost({ world: { clock: new VirtualClock() } });
    const term = h.openTerminal({ cols: 80, rows: 24 });
    let screen = '';
    term.onData((d) => (screen += d));
    await until(() => screen, '$ ');
    const mark = screen.length;
    term.write('cat /dev/zero > /dev/null\r');
    await new Promise((r) => setTimeout(r, 50));
    term.write('\x03');
    await until(() => screen.slice(mark), '^C\r\neleve@baleine:~$ ');
    term.write('echo status=$?\r');
    await until(() => screen.slice(mark), 'status=130');
    expect(screen.slice(mark)).toMatch(/^cat \/dev\/zero > \/dev\/null\r\n\^C\r\n/);
  });
});
