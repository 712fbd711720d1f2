// BusyBox nc: `nc HOST PORT` pipes stdin to the connection and the connection to stdout; `nc -l -p
// PORT` waits for one connection and does the same. Messages recorded from the busybox image (1.35).
import type { Connection, ProcessContext, Program } from '../../engine/process/types';
import { socketReason } from './socket-reason';

const USAGE = [
  'BusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1) multi-call binary.',
  '',
  'Usage: nc [-iN] [-wN] [-l] [-p PORT] [-f FILE|IPADDR PORT] [-e PROG]',
  '',
  'Open a pipe to IP:PORT or FILE',
  '',
  '\t-l\tListen mode, for inbound connects',
  '\t\t(use -ll with -e for persistent server)',
  '\t-p PORT\tLocal port',
  '\t-w SEC\tConnect timeout',
  '\t-i SEC\tDelay interval for lines sent',
  '\t-f FILE\tUse file (ala /dev/ttyS0) instead of network',
  '\t-e PROG\tRun PROG after connect',
  '',
].join('\n');

/** Copies stdin to the connection (half-closing at EOF) and the connection to stdout until it closes. */
async function relay(ctx: ProcessContext, conn: Connection): Promise<number> {
  void (async () => {
    for (let c = await ctx.stdin.read(); c !== null; c = await ctx.stdin.read()) conn.write(c);
    conn.end();
  })();
  for (let c = await conn.read(); c !== null; c = await conn.read()) ctx.stdout.write(c);
  return 0;
}

export const nc: Program = async (ctx) => {
  const args = ctx.argv.slice(1);
  let listen = false;
  let port: number | null = null;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-l') listen = true;
    else if (a === '-p') port = Number(args[++i]);
    else if (a.startsWith('-p')) port = Number(a.slice(2));
    else if (a === '-lp') {
      listen = true;
      port = Number(args[++i]);
    } else rest.push(a);
  }
  if (listen && port !== null) {
    const conn = await new Promise<Connection>((resolve) => {
      const close = ctx.net.listen(port, (c) => {
        close();
        resolve(c);
      });
    });
    return relay(ctx, conn);
  }
  const [host, portText] = rest;
  if (host === undefined || portText === undefined) {
    ctx.stderr.write(USAGE);
    return 1;
  }
  const ip = await ctx.net.resolve(host);
  if (ip === null) {
    ctx.stderr.write(`nc: bad address '${host}'\n`);
    return 1;
  }
  let conn: Connection;
  try {
    conn = await ctx.net.connect(ip, Number(portText));
  } catch (err) {
    ctx.stderr.write(`nc: can't connect to remote host (${ip}): ${socketReason(err)}\n`);
    return 1;
  }
  return relay(ctx, conn);
};
