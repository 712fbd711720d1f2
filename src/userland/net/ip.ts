// BusyBox ip, the read side: `ip [-o] [-4|-6|-f FAMILY] addr|link|route [show|list] [dev] [IFACE]`.
// Layout recorded from busybox 1.35 (test/userland/net/fixtures/busybox-net.json): `-o` joins an
// entry's lines with `\`, `ip -o addr` names the interface without its peer.
import type { ProcessContext, Program } from '../../engine/process/types';
import { netUsage } from './busybox-usage';
import { interfacesOf, routesOf, type NetInterface } from './interfaces';

interface IpOptions {
  oneline: boolean;
  family: 'inet' | 'inet6' | 'link' | null;
  words: string[];
}

function options(args: string[]): IpOptions | null {
  const o: IpOptions = { oneline: false, family: null, words: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!a.startsWith('-') || o.words.length) o.words.push(a);
    else if (a === '-o' || a === '-oneline') o.oneline = true;
    else if (a === '-4') o.family = 'inet';
    else if (a === '-6') o.family = 'inet6';
    else if (a === '-0') o.family = 'link';
    else if (a === '-f' || a === '-family') {
      const f = args[++i];
      if (f !== 'inet' && f !== 'inet6' && f !== 'link') return null;
      o.family = f;
    } else return null;
  }
  return o;
}

/** Unique prefixes the way busybox matches `ip` objects and commands. */
function matches(word: string, full: string, min = 1): boolean {
  return word.length >= min && full.startsWith(word);
}

function header(i: NetInterface): string {
  return `${i.index}: ${i.linkName}: <${i.flags}> mtu ${i.mtu} qdisc noqueue${i.qlen}`;
}

function linkLine(i: NetInterface): string {
  return i.loopback
    ? '    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00'
    : `    link/ether ${i.mac} brd ff:ff:ff:ff:ff:ff`;
}

function inetLines(i: NetInterface): [string, string] {
  const brd = i.broadcast ? ` brd ${i.broadcast}` : '';
  const scope = i.loopback ? 'host' : 'global';
  return [
    `    inet ${i.ip}/${i.prefix}${brd} scope ${scope} ${i.name}`,
    '       valid_lft forever preferred_lft forever',
  ];
}

function showLink(i: NetInterface, o: IpOptions): string {
  const lines = [header(i), linkLine(i)];
  return o.oneline ? `${lines.join('\\')}\n` : `${lines.join('\n')}\n`;
}

function showAddr(i: NetInterface, o: IpOptions): string {
  if (o.family === 'inet6') return '';
  const inet = o.family === 'link' ? [] : inetLines(i);
  if (o.oneline) return inet.length ? `${i.index}: ${i.name}${inet.join('\\')}\n` : '';
  const lines = [header(i), ...(o.family === 'inet' ? [] : [linkLine(i)]), ...inet];
  return `${lines.join('\n')}\n`;
}

const SHOW = new Set(['show', 'list', 'ls', 'lst', 'sh']);

/** `[show] [dev] IFACE`: the interface named, or all; an error text for an unknown one; null for bad arguments. */
function selected(ctx: ProcessContext, args: string[]): NetInterface[] | string | null {
  const rest = SHOW.has(args[0] ?? '') ? args.slice(1) : args;
  const named = rest[0] === 'dev' ? rest.slice(1) : rest;
  if (named.length > 1) return null;
  const all = interfacesOf(ctx.net);
  const [name] = named;
  if (name === undefined) return all;
  const found = all.filter((i) => i.name === name);
  return found.length ? found : `ip: can't find device '${name}'\n`;
}

function run(ctx: ProcessContext, o: IpOptions): number {
  const [object, ...args] = o.words;
  if (object === undefined) return usage(ctx);
  let text = '';
  if (matches(object, 'address') || matches(object, 'link')) {
    const found = selected(ctx, args);
    if (found === null) return usage(ctx);
    if (typeof found === 'string') {
      ctx.stderr.write(found);
      return 1;
    }
    const show = matches(object, 'address') ? showAddr : showLink;
    text = found.map((i) => show(i, o)).join('');
  } else if (matches(object, 'route')) {
    if (o.family === 'inet6') return 0;
    for (const r of routesOf(ctx.net)) {
      text += r.via
        ? `${r.dest} via ${r.via} dev ${r.dev} \n`
        : `${r.dest} dev ${r.dev} scope link  src ${r.src} \n`;
    }
  } else return usage(ctx);
  ctx.stdout.write(text);
  return 0;
}

function usage(ctx: ProcessContext): number {
  ctx.stderr.write(netUsage('ip'));
  return 1;
}

export const ip: Program = async (ctx) => {
  const o = options(ctx.argv.slice(1));
  return o ? run(ctx, o) : usage(ctx);
};
