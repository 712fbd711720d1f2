// BusyBox wget (the containers' wget): -q, -O FILE / -O- , --header, -U; its messages as recorded
// from busybox 1.35 (`wget: bad address 'srv'` when the name does not resolve, as on the default bridge).
import { basename, resolvePath } from '../../engine/fs/path';
import type { ProcessContext, Program } from '../../engine/process/types';
import { EmptyReply, readClientResponse } from './http-client';
import { socketReason } from './socket-reason';
import { parseUrl } from './url';

/** `wget` without a URL, recorded from the busybox image (Debian's busybox-static 1.35). */
const USAGE = [
  'BusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1) multi-call binary.',
  '',
  'Usage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]',
  '\t[--post-data STR | --post-file FILE] [-Y on/off]',
  '\t[--no-check-certificate] [-P DIR] [-U AGENT] URL...',
  '',
  'Retrieve files via HTTP or FTP',
  '',
  '\t--spider\tOnly check URL existence: $? is 0 if exists',
  "\t--header STR\tAdd STR (of form 'header: value') to headers",
  '\t--post-data STR\tSend STR using POST method',
  '\t--post-file FILE\tSend FILE using POST method',
  "\t--no-check-certificate\tDon't validate the server's certificate",
  '\t-c\t\tContinue retrieval of aborted transfer',
  '\t-q\t\tQuiet',
  '\t-P DIR\t\tSave to DIR (default .)',
  '\t-S    \t\tShow server response',
  "\t-O FILE\t\tSave to FILE ('-' for stdout)",
  '\t-o LOGFILE\tLog messages to FILE',
  '\t-U STR\t\tUse STR for User-Agent header',
  '\t-Y on/off\tUse proxy',
  '',
].join('\n');

interface WgetOptions {
  quiet: boolean;
  output: string | null;
  headers: string[];
  userAgent: string;
  url: string | null;
}

function parseArgs(args: string[]): WgetOptions {
  const o: WgetOptions = { quiet: false, output: null, headers: [], userAgent: 'Wget', url: null };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-q' || a === '--quiet') o.quiet = true;
    else if (a === '-O') o.output = args[++i] ?? null;
    else if (a.startsWith('-O')) o.output = a.slice(2);
    else if (a === '--header') o.headers.push(args[++i] ?? '');
    else if (a === '-U' || a === '--user-agent') o.userAgent = args[++i] ?? o.userAgent;
    else if (a === '-qO-' || a === '-qO') {
      o.quiet = true;
      o.output = a === '-qO-' ? '-' : (args[++i] ?? null);
    } else o.url = a;
  }
  return o;
}

/** busybox's progress line once the transfer is complete. */
function progressLine(name: string, size: number): string {
  const shown = size < 100000 ? String(size).padStart(6) : `${String(Math.floor(size / 1024)).padStart(5)}k`;
  return `${name.padEnd(20).slice(0, 20)} 100% |${'*'.repeat(32)}|${shown}  0:00:00 ETA\n`;
}

async function run(ctx: ProcessContext, o: WgetOptions): Promise<number> {
  const fail = (msg: string): number => {
    ctx.stderr.write(`wget: ${msg}\n`);
    return 1;
  };
  if (o.url === null) {
    ctx.stderr.write(USAGE);
    return 1;
  }
  const url = parseUrl(o.url);
  if (!url) return fail(`not an http or ftp url: ${o.url}`);
  const ip = await ctx.net.resolve(url.host);
  if (ip === null) return fail(`bad address '${url.host}'`);
  let conn;
  try {
    conn = await ctx.net.connect(ip, url.port);
  } catch (err) {
    return fail(`can't connect to remote host (${ip}): ${socketReason(err)}`);
  }
  if (!o.quiet) ctx.stderr.write(`Connecting to ${url.hostHeader} (${ip}:${url.port})\n`);
  const extra = o.headers.map((h) => `${h}\r\n`).join('');
  conn.write(
    `GET ${url.target} HTTP/1.1\r\nHost: ${url.hostHeader}\r\nUser-Agent: ${o.userAgent}\r\n${extra}Connection: close\r\n\r\n`,
  );
  let res;
  try {
    res = await readClientResponse(conn, 'GET');
  } catch (err) {
    if (err instanceof EmptyReply) return fail('error getting response');
    throw err;
  } finally {
    conn.end();
  }
  if (res.status >= 400) return fail(`server returned error: ${res.statusLine}`);
  const toStdout = o.output === '-';
  const name = o.output ?? (basename(url.target.split('?')[0] ?? '') || 'index.html');
  if (!o.quiet) ctx.stderr.write(toStdout ? 'writing to stdout\n' : `saving to '${name}'\n`);
  if (toStdout) ctx.stdout.write(res.body);
  else {
    const path = resolvePath(ctx.cwd, name);
    if (o.output === null && ctx.fs.exists(path)) return fail(`can't open '${name}': File exists`);
    ctx.fs.writeFile(path, res.body);
  }
  if (!o.quiet) {
    ctx.stderr.write(progressLine(toStdout ? '-' : name, new TextEncoder().encode(res.body).length));
    ctx.stderr.write(toStdout ? 'written to stdout\n' : `'${name}' saved\n`);
  }
  return 0;
}

export const wgetBusybox: Program = (ctx) => run(ctx, parseArgs(ctx.argv.slice(1)));
