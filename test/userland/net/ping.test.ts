// BusyBox ping's timing and ending: -c, -w deadline, ^C without -c, and the unreachable cases the
// stack reports. (The exact layout is held to the real engine's recording in net-recorded.test.ts.)
import { describe, expect, it } from 'vitest';
import { Fabric, Stack } from '../../../src/engine/network/stack';
import { parseCidr } from '../../../src/engine/network/ipv4';
import type { Signal } from '../../../src/engine/process/types';
import { VirtualClock } from '../../../src/engine/world/virtual-clock';
import { ping } from '../../../src/userland/net/ping';
import { makeContext } from '../helpers/context';

function twoContainers() {
  const fabric = new Fabric();
  fabric.defineSegment({
    id: 'n1',
    subnet: parseCidr('172.18.0.0/16')!,
    gateway: 0xac120001,
    internal: false,
    bridge: 'br-n1',
  });
  const a = new Stack(fabric);
  const b = new Stack(fabric);
  a.plug({ ip: '172.18.0.2', segment: 'n1' });
  b.plug({ ip: '172.18.0.3', segment: 'n1' });
  return { a, b, none: new Stack(fabric) };
}

/** Runs ping on `net`; `interruptAfter` ms of simulated time, ^C arrives. */
async function run(argv: string[], net: Stack, interruptAfter?: number) {
  const clock = new VirtualClock({ start: 0 });
  const { ctx, stdout, stderr } = makeContext(['ping', ...argv], { clock });
  const handlers = new Map<Signal, (s: Signal) => void>();
  const status = await ping({
    ...ctx,
    net,
    clock,
    sleep: async (ms) => {
      const before = clock.now();
      clock.advance(ms);
      if (interruptAfter !== undefined && before < interruptAfter && clock.now() >= interruptAfter)
        handlers.get('SIGINT')?.('SIGINT');
    },
    onSignal: (signal, handler) => {
      handlers.set(signal, handler);
      return () => handlers.delete(signal);
    },
  });
  return { status, stdout: stdout.text, stderr: stderr.text, elapsed: clock.now() };
}

const replies = (out: string) => out.split('\n').filter((l) => /^\d+ bytes from/.test(l));

describe('busybox ping', () => {
  it('sends -c packets one second apart and exits as soon as the last reply is in', async () => {
    const { a } = twoContainers();
    const r = await run(['-c', '3', '172.18.0.3'], a);
    expect(r.status).toBe(0);
    expect(replies(r.stdout).map((l) => l.replace(/time=.*/, ''))).toEqual([
      '64 bytes from 172.18.0.3: seq=0 ttl=64 ',
      '64 bytes from 172.18.0.3: seq=1 ttl=64 ',
      '64 bytes from 172.18.0.3: seq=2 ttl=64 ',
    ]);
    expect(r.stdout).toContain('3 packets transmitted, 3 packets received, 0% packet loss\n');
    expect(r.elapsed).toBe(2000);
  });

  it('stops at the -w deadline, and on ^C when no count is given', async () => {
    const { a } = twoContainers();
    const deadline = await run(['-w', '3', '-s', '100', '172.18.0.3'], a);
    expect(deadline.status).toBe(0);
    expect(deadline.elapsed).toBe(3000);
    expect(replies(deadline.stdout)).toHaveLength(3);
    expect(deadline.stdout).toMatch(/^PING 172\.18\.0\.3 \(172\.18\.0\.3\): 100 data bytes\n108 bytes from/);

    const interrupted = await run(['172.18.0.3'], a, 4500);
    expect(interrupted.status).toBe(0);
    expect(replies(interrupted.stdout)).toHaveLength(5);
    expect(interrupted.stdout).toContain(
      '\n--- 172.18.0.3 ping statistics ---\n5 packets transmitted, 5 packets received',
    );
  });

  it('waits -W seconds for a reply that never comes, then reports 100% loss', async () => {
    const { a } = twoContainers();
    const r = await run(['-c', '2', '-W', '4', '172.18.0.99'], a);
    expect(r).toMatchObject({ status: 1, elapsed: 5000 });
    expect(r.stdout).toBe(
      'PING 172.18.0.99 (172.18.0.99): 56 data bytes\n\n--- 172.18.0.99 ping statistics ---\n2 packets transmitted, 0 packets received, 100% packet loss\n',
    );
  });

  it('cannot send without an interface, and knows no names the stack does not', async () => {
    const { none, a } = twoContainers();
    expect(await run(['-c', '1', '172.18.0.3'], none)).toMatchObject({
      status: 1,
      stderr: 'ping: sendto: Network is unreachable\n',
    });
    expect(await run(['-c', '1', 'nowhere'], a)).toMatchObject({
      status: 1,
      stderr: "ping: bad address 'nowhere'\n",
    });
  });
});
