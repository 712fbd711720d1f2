// BusyBox nslookup: asks the namespace's resolver (/etc/resolv.conf) for HOST's A and AAAA records.
// On a user-defined network the embedded DNS at 127.0.0.11 knows the containers, their aliases and
// short ids; other names are forwarded outside, which an --internal network cannot do (the query times
// out). The simulated Internet has no other names. Wording recorded from busybox 1.35
// (test/userland/net/fixtures/busybox-net.json): one answer block per query type, AAAA empty.
import { Stack } from '../../engine/network/stack';
import type { ProcessContext, Program } from '../../engine/process/types';
import { netUsage } from './busybox-usage';

const EMBEDDED_DNS = '127.0.0.11';
const TIMED_OUT = ';; connection timed out; no servers could be reached\n\n';

function nameserver(ctx: ProcessContext): string | null {
  let text = '';
  try {
    text = ctx.fs.readText('/etc/resolv.conf');
  } catch {
    return null;
  }
  const m = /^\s*nameserver\s+(\S+)/m.exec(text);
  return m ? m[1]! : null;
}

async function run(ctx: ProcessContext, host: string, server: string | null): Promise<number> {
  if (server === null || (ctx.net instanceof Stack && ctx.net.reach(server) === 'network')) {
    ctx.stdout.write(TIMED_OUT);
    return 1;
  }
  const name = host.replace(/\.$/, '');
  const embedded = server === EMBEDDED_DNS;
  const ip = embedded && name !== 'localhost' ? await ctx.net.resolve(name) : null;
  if (ip === null && embedded && ctx.net instanceof Stack && ctx.net.isolated) {
    ctx.stdout.write(TIMED_OUT);
    return 1;
  }
  let out = `Server:\t\t${server}\nAddress:\t${server}:53\n\n`;
  if (ip === null) out += `** server can't find ${name}: NXDOMAIN\n\n`.repeat(2);
  else out += `Non-authoritative answer:\nName:\t${name}\nAddress: ${ip}\n\nNon-authoritative answer:\n\n`;
  ctx.stdout.write(out);
  return ip === null ? 1 : 0;
}

export const nslookup: Program = async (ctx) => {
  const args = ctx.argv.slice(1).filter((a) => !/^-(type|query|debug)/.test(a));
  const [host, server] = args;
  if (host === undefined || args.length > 2 || host.startsWith('-')) {
    ctx.stderr.write(netUsage('nslookup'));
    return 1;
  }
  return run(ctx, host, server ?? nameserver(ctx));
};
