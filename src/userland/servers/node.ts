// `node` as the course uses it in containers: `node -v`, `node -e "console.log(...)"`, and
// `node server.js` for the small http/Express servers node-script.ts recognises. A plain Node script
// installs no SIGTERM handler: as a container's PID 1 it ignores SIGTERM, hence `docker stop` waits.
import type { ProcessContext, Program } from '../../engine/process/types';
import { contentType, serveConnection, type HttpRequest, type HttpResponse } from './http';
import { jsonOf, parseNodeServer, type NodeServerScript } from './node-script';
import { byteLength } from './signals';
import { httpDate } from './dates';

export const NODE_VERSION = 'v20.18.0';

function serve(ctx: ProcessContext, script: NodeServerScript): () => void {
  const isExpress = !script.routes.some((r) => r.path === '*');
  const respond = (req: HttpRequest): HttpResponse => {
    const route = script.routes.find(
      (r) => (r.method === '*' || r.method === req.method) && (r.path === '*' || r.path === req.path),
    );
    const date = httpDate(ctx.clock.now());
    if (!route) {
      const body = `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n</head>\n<body>\n<pre>Cannot ${req.method} ${req.path}</pre>\n</body>\n</html>\n`;
      return {
        status: 404,
        headers: [
          ['X-Powered-By', 'Express'],
          ['Content-Security-Policy', "default-src 'none'"],
          ['X-Content-Type-Options', 'nosniff'],
          ['Content-Type', 'text/html; charset=utf-8'],
          ['Content-Length', String(byteLength(body))],
          ['Date', date],
          ['Connection', 'keep-alive'],
          ['Keep-Alive', 'timeout=5'],
        ],
        body,
      };
    }
    const body = route.json ? jsonOf(route.body) : route.body;
    const headers: [string, string][] = isExpress
      ? [
          ['X-Powered-By', 'Express'],
          [
            'Content-Type',
            route.json ? 'application/json; charset=utf-8' : `${contentType('x.html')}; charset=utf-8`,
          ],
          ['Content-Length', String(byteLength(body))],
          ['Date', date],
          ['Connection', 'keep-alive'],
          ['Keep-Alive', 'timeout=5'],
        ]
      : [
          ['Date', date],
          ['Connection', 'keep-alive'],
          ['Keep-Alive', 'timeout=5'],
          ['Content-Length', String(byteLength(body))],
        ];
    return { status: 200, headers, body };
  };
  return ctx.net.listen(script.port, (conn) => void serveConnection(conn, respond));
}

export const node: Program = async (ctx) => {
  const args = ctx.argv.slice(1);
  if (args[0] === '-v' || args[0] === '--version') {
    ctx.stdout.write(`${NODE_VERSION}\n`);
    return 0;
  }
  const printLogs = (code: string) => {
    for (const m of code.matchAll(/console\.log\(\s*(['"`])([\s\S]*?)\1\s*\)/g))
      ctx.stdout.write(`${m[2]}\n`);
  };
  if (args[0] === '-e' || args[0] === '--eval') {
    printLogs(args[1] ?? '');
    return 0;
  }
  if (args.length === 0) {
    ctx.stdout.write(`Welcome to Node.js ${NODE_VERSION}.\nType ".help" for more information.\n`);
    return 0;
  }
  const file = args[0].startsWith('/') ? args[0] : `${ctx.cwd === '/' ? '' : ctx.cwd}/${args[0]}`;
  let source: string;
  try {
    source = ctx.fs.readText(file);
  } catch {
    ctx.stderr.write(
      `node:internal/modules/cjs/loader:1228\n  throw err;\n  ^\n\nError: Cannot find module '${file}'\n    at Module._resolveFilename (node:internal/modules/cjs/loader:1225:15)\n    at Module._load (node:internal/modules/cjs/loader:1051:27)\n    at Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:174:12)\n    at node:internal/main/run_main_module:28:49 {\n  code: 'MODULE_NOT_FOUND',\n  requireStack: []\n}\n\nNode.js ${NODE_VERSION}\n`,
    );
    return 1;
  }
  const script = parseNodeServer(source, ctx.env);
  if (!script) {
    printLogs(source);
    return 0;
  }
  for (const line of script.startup) ctx.stdout.write(`${line}\n`);
  serve(ctx, script);
  for (const line of script.listening) ctx.stdout.write(`${line}\n`);
  // A Node server runs until a signal ends it; without handlers the kernel applies the default action.
  await new Promise<never>(() => {});
  return 0;
};
