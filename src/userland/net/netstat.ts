// BusyBox netstat, TCP listeners only (-l, -t, -n, -a): the sockets the namespace's stack listens on.
// Established connections are not tracked by the simulated stack, so `-t` without -l lists none.
import type { Program } from '../../engine/process/types';
import { Stack } from '../../engine/network/stack';
import { netUsage } from './busybox-usage';

/** The options of busybox 1.35's netstat (no -p in Debian's build). */
const OPTIONS = 'raltuwxenW';

const HEADER = 'Proto Recv-Q Send-Q Local Address           Foreign Address         State       \n';

function row(local: string, foreign: string, state: string): string {
  return `${'tcp'.padEnd(5)} ${'0'.padStart(6)} ${'0'.padStart(6)} ${local.padEnd(23)} ${foreign.padEnd(23)} ${state.padEnd(12)}\n`;
}

export const netstat: Program = async (ctx) => {
  const flags = ctx.argv
    .slice(1)
    .filter((a) => a.startsWith('-'))
    .join('');
  const bad = [...flags].find((c) => c !== '-' && !OPTIONS.includes(c));
  if (bad !== undefined) {
    ctx.stderr.write(`netstat: invalid option -- '${bad}'\n${netUsage('netstat')}`);
    return 1;
  }
  const listening = flags.includes('l');
  const all = flags.includes('a');
  ctx.stdout.write(
    listening
      ? 'Active Internet connections (only servers)\n'
      : all
        ? 'Active Internet connections (servers and established)\n'
        : 'Active Internet connections (w/o servers)\n',
  );
  ctx.stdout.write(HEADER);
  if (!(listening || all) || !(ctx.net instanceof Stack)) return 0;
  for (const l of ctx.net.listeners) {
    const v6 = l.address.includes(':');
    const address = l.address === '' ? '0.0.0.0' : l.address;
    ctx.stdout.write(row(`${address}:${l.port}`, v6 ? ':::*' : '0.0.0.0:*', 'LISTEN'));
  }
  return 0;
};
