// BusyBox ping (the containers' ping): ICMP echo over the namespace's stack. A stack that reaches the
// address answers; an address nobody owns, another bridge or an --internal network's outside answer
// nothing (100% packet loss, exit 1); no interface at all is `sendto: Network is unreachable`.
// Wording and layout recorded from busybox 1.35 (test/userland/net/fixtures/busybox-net.json).
import { Stack } from '../../engine/network/stack';
import type { ProcessContext, Program } from '../../engine/process/types';
import { last, parse, UsageError, has } from '../applets/lib/getopt';
import { netUsage } from './busybox-usage';

interface PingOptions {
  host: string;
  count: number | null;
  /** -W: seconds to wait for a reply after the last packet. */
  wait: number;
  /** -w: seconds until ping exits. */
  deadline: number | null;
  interval: number;
  size: number;
  quiet: boolean;
}

function options(args: string[]): PingOptions | string {
  const p = parse(args, { short: '46c:s:i:At:I:W:w:qp:' });
  const [host] = p.operands;
  if (host === undefined || p.operands.length > 1) return '';
  const num = (key: string, fallback: number): number => {
    const v = last(p, key);
    return v === undefined ? fallback : Number(v);
  };
  return {
    host,
    count: has(p, 'c') ? num('c', 0) : null,
    wait: num('W', 10),
    deadline: has(p, 'w') ? num('w', 0) : null,
    interval: num('i', 1),
    size: num('s', 56),
    quiet: has(p, 'q'),
  };
}

/** A round-trip time in microseconds: small, steady, different per address and sequence number. */
function rtt(ip: string, seq: number): number {
  let h = seq * 7919;
  for (const ch of ip) h = (h * 31 + ch.charCodeAt(0)) % 100003;
  return 45 + (h % 80);
}

/** busybox's `%u.%03u` milliseconds from microseconds. */
function ms(us: number): string {
  return `${Math.floor(us / 1000)}.${String(us % 1000).padStart(3, '0')}`;
}

function answers(ctx: ProcessContext, ip: string): boolean | 'network' {
  if (!(ctx.net instanceof Stack)) return ctx.net.addresses().includes(ip) || ip.startsWith('127.');
  const to = ctx.net.reach(ip);
  if (to === 'network') return 'network';
  return typeof to !== 'string';
}

async function run(ctx: ProcessContext, o: PingOptions): Promise<number> {
  const ip = await ctx.net.resolve(o.host);
  if (ip === null) {
    ctx.stderr.write(`ping: bad address '${o.host}'\n`);
    return 1;
  }
  ctx.stdout.write(`PING ${o.host} (${ip}): ${o.size} data bytes\n`);
  let interrupted = false;
  const uninstall = ctx.onSignal('SIGINT', () => (interrupted = true));
  const start = ctx.clock.now();
  const elapsed = () => (ctx.clock.now() - start) / 1000;
  const times: number[] = [];
  let sent = 0;
  try {
    for (;;) {
      const reply = answers(ctx, ip);
      if (reply === 'network') {
        ctx.stderr.write('ping: sendto: Network is unreachable\n');
        return 1;
      }
      const seq = sent++;
      if (reply) {
        const us = rtt(ip, seq);
        times.push(us);
        if (!o.quiet)
          ctx.stdout.write(`${o.size + 8} bytes from ${ip}: seq=${seq} ttl=64 time=${ms(us)} ms\n`);
      }
      const last = o.count !== null && sent >= o.count;
      if (last) {
        if (times.length === 0) await waitFor(ctx, o.wait, o, elapsed, () => interrupted);
        break;
      }
      await waitFor(ctx, o.interval, o, elapsed, () => interrupted);
      if (interrupted || (o.deadline !== null && elapsed() >= o.deadline)) break;
    }
  } finally {
    uninstall();
  }
  ctx.stdout.write(statistics(o.host, sent, times));
  return times.length > 0 ? 0 : 1;
}

/** Sleeps `seconds`, cut short by the -w deadline or ^C. */
async function waitFor(
  ctx: ProcessContext,
  seconds: number,
  o: PingOptions,
  elapsed: () => number,
  interrupted: () => boolean,
): Promise<void> {
  const until = o.deadline === null ? elapsed() + seconds : Math.min(elapsed() + seconds, o.deadline);
  while (!interrupted() && elapsed() < until) await ctx.sleep(Math.min(100, (until - elapsed()) * 1000));
}

function statistics(host: string, sent: number, times: number[]): string {
  const received = times.length;
  const loss = sent === 0 ? 0 : Math.floor(((sent - received) * 100) / sent);
  let out = `\n--- ${host} ping statistics ---\n${sent} packets transmitted, ${received} packets received, ${loss}% packet loss\n`;
  if (received > 0) {
    const avg = Math.floor(times.reduce((a, b) => a + b, 0) / received);
    out += `round-trip min/avg/max = ${ms(Math.min(...times))}/${ms(avg)}/${ms(Math.max(...times))} ms\n`;
  }
  return out;
}

export const ping: Program = async (ctx) => {
  let o: PingOptions | string;
  try {
    o = options(ctx.argv.slice(1));
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    o = `ping: ${err.message}\n`;
  }
  if (typeof o === 'string') {
    ctx.stderr.write(o + netUsage('ping'));
    return 1;
  }
  return run(ctx, o);
};
