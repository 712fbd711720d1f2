// BusyBox ifconfig, the read side: `ifconfig [-a] [IFACE]`. The veths first, then lo, as
// /proc/net/dev lists them; traffic counters from the namespace's stack. Layout recorded from
// busybox 1.35 (test/userland/net/fixtures/busybox-net.json).
import { Stack } from '../../engine/network/stack';
import type { NetStack, Program } from '../../engine/process/types';
import { netUsage } from './busybox-usage';
import { interfacesOf, type NetInterface } from './interfaces';

/** busybox's print_bytes_scaled: `90 (90.0 B)`, `1536 (1.5 KiB)`. */
function bytes(n: number): string {
  let int = n;
  let frac = 0;
  let unit = 0;
  while (int >= 1024 && unit < 4) {
    frac = Math.floor(((int % 1024) * 10) / 1024);
    int = Math.floor(int / 1024);
    unit++;
  }
  return `${n} (${int}.${frac} ${['', 'Ki', 'Mi', 'Gi', 'Ti'][unit]}B)`;
}

function counters(net: NetStack, i: NetInterface) {
  if (i.loopback || !(net instanceof Stack)) return { rx: 0, tx: 0, rxp: 0, txp: 0 };
  return { rx: net.rx, tx: net.tx, rxp: net.rxPackets, txp: net.txPackets };
}

function block(net: NetStack, i: NetInterface): string {
  const c = counters(net, i);
  const lines = i.loopback
    ? [
        `${'lo'.padEnd(10)}Link encap:Local Loopback  `,
        `          inet addr:${i.ip}  Mask:${i.netmask}`,
        '          UP LOOPBACK RUNNING  MTU:65536  Metric:1',
      ]
    : [
        `${i.name.padEnd(10)}Link encap:Ethernet  HWaddr ${i.mac.toUpperCase()}  `,
        `          inet addr:${i.ip}  Bcast:${i.broadcast ?? ''}  Mask:${i.netmask}`,
        '          UP BROADCAST RUNNING MULTICAST  MTU:1500  Metric:1',
      ];
  lines.push(
    `          RX packets:${c.rxp} errors:0 dropped:0 overruns:0 frame:0`,
    `          TX packets:${c.txp} errors:0 dropped:0 overruns:0 carrier:0`,
    `          collisions:0 txqueuelen:${i.loopback ? 1000 : 0} `,
    `          RX bytes:${bytes(c.rx)}  TX bytes:${bytes(c.tx)}`,
  );
  return `${lines.join('\n')}\n\n`;
}

export const ifconfig: Program = async (ctx) => {
  const args = ctx.argv.slice(1).filter((a) => a !== '-a');
  if (args.some((a) => a.startsWith('-')) || args.length > 1) {
    ctx.stderr.write(netUsage('ifconfig'));
    return 1;
  }
  const all = interfacesOf(ctx.net);
  const ordered = [...all.filter((i) => !i.loopback), ...all.filter((i) => i.loopback)];
  const [name] = args;
  const shown = name === undefined ? ordered : ordered.filter((i) => i.name === name);
  if (name !== undefined && shown.length === 0) {
    ctx.stderr.write(`ifconfig: ${name}: error fetching interface information: Device not found\n`);
    return 1;
  }
  ctx.stdout.write(shown.map((i) => block(ctx.net, i)).join(''));
  return 0;
};
