// redis-cli: one command from its arguments, or commands read line by line (a prompt on a terminal);
// replies formatted as redis-cli does: quoted and typed on a terminal, raw otherwise.
import type { Connection, ProcessContext, Program } from '../../engine/process/types';
import { encodeCommand, RespParser, type RespValue } from './resp';

/** The terminal form: `"v"`, `(integer) 1`, `(nil)`, `(error) ERR …`, numbered arrays. */
export function formatTty(v: RespValue, indent = ''): string {
  switch (v.kind) {
    case 'simple':
      return v.value;
    case 'error':
      return `(error) ${v.value}`;
    case 'integer':
      return `(integer) ${v.value}`;
    case 'bulk':
      return v.value === null ? '(nil)' : JSON.stringify(v.value);
    case 'array': {
      if (!v.value || v.value.length === 0) return '(empty array)';
      const width = String(v.value.length).length;
      return v.value
        .map((item, i) => {
          const n = `${String(i + 1).padStart(width)}) `;
          return `${i === 0 ? '' : indent}${n}${formatTty(item, indent + ' '.repeat(n.length))}`;
        })
        .join('\n');
    }
  }
}

/** The raw form (stdout not a terminal): values one per line, errors as their text. */
export function formatRaw(v: RespValue): string {
  switch (v.kind) {
    case 'simple':
    case 'error':
      return v.value;
    case 'integer':
      return String(v.value);
    case 'bulk':
      return v.value ?? '';
    case 'array':
      return (v.value ?? []).map(formatRaw).join('\n');
  }
}

/** Splits a typed line like redis-cli does (double and single quotes). */
export function splitLine(line: string): string[] {
  const out: string[] = [];
  const re = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
  for (const m of line.matchAll(re))
    out.push(m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : (m[2] ?? m[3]));
  return out;
}

async function reply(conn: Connection, parser: RespParser): Promise<RespValue | null> {
  for (;;) {
    const v = parser.next();
    if (v) return v;
    const chunk = await conn.read();
    if (chunk === null) return null;
    parser.push(chunk);
  }
}

export const redisCli: Program = async (ctx: ProcessContext) => {
  const args = ctx.argv.slice(1);
  let host = '127.0.0.1';
  let port = 6379;
  let raw: boolean | null = null;
  const command: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-h') host = args[++i] ?? host;
    else if (a === '-p') port = Number(args[++i]);
    else if (a === '--raw') raw = true;
    else if (a === '--no-raw') raw = false;
    else if (a === '--version' || a === '-v') {
      ctx.stdout.write('redis-cli 7.4.1\n');
      return 0;
    } else {
      command.push(...args.slice(i));
      break;
    }
  }
  const tty = raw === null ? ctx.stdout.isTTY : !raw;
  const format = (v: RespValue) => (tty ? formatTty(v) : formatRaw(v));
  let conn: Connection;
  try {
    const ip = (await ctx.net.resolve(host)) ?? host;
    conn = await ctx.net.connect(ip, port);
  } catch {
    const msg = `Could not connect to Redis at ${host}:${port}: Connection refused`;
    if (command.length) {
      ctx.stderr.write(`${msg}\n`);
      return 1;
    }
    ctx.stdout.write(`${msg}\nnot connected> `);
    return 1;
  }
  const parser = new RespParser();
  const run = async (argv: string[]): Promise<RespValue | null> => {
    conn.write(encodeCommand(argv));
    return reply(conn, parser);
  };
  if (command.length) {
    const v = await run(command);
    if (v) ctx.stdout.write(`${format(v)}\n`);
    conn.end();
    return v?.kind === 'error' ? 1 : 0;
  }
  const prompt = `${host}:${port}> `;
  const interactive = ctx.stdin.isTTY;
  let pending = '';
  for (;;) {
    if (interactive) ctx.stdout.write(prompt);
    let nl = pending.indexOf('\n');
    while (nl < 0) {
      const chunk = await ctx.stdin.read();
      if (chunk === null) break;
      pending += chunk;
      nl = pending.indexOf('\n');
    }
    if (nl < 0 && pending === '') break;
    const line = nl < 0 ? pending : pending.slice(0, nl);
    pending = nl < 0 ? '' : pending.slice(nl + 1);
    const argv = splitLine(line.replace(/\r$/, ''));
    if (argv.length === 0) continue;
    if (['quit', 'exit'].includes(argv[0].toLowerCase())) break;
    const v = await run(argv);
    if (!v) break;
    ctx.stdout.write(`${format(v)}\n`);
  }
  conn.end();
  return 0;
};
