// `baleine engine --socket PATH`: serves the simulated engine's Engine API router over HTTP on a unix
// socket, so the real docker CLI (`DOCKER_HOST=unix://PATH docker ps`) and `curl --unix-socket` drive
// the simulator. Attach and exec start are hijacked like dockerd does (`Upgrade: tcp` → 101).
import { existsSync, unlinkSync } from 'node:fs';
import http from 'node:http';
import type { Duplex } from 'node:stream';
import type { ApiRequest, ApiResponse } from '../../engine/api/http';
import { parseTarget } from '../../engine/api/http';
import { formatResponseHead, responseHeaders } from '../../engine/api/wire';
import type { ServerCommand } from './types';

export interface RequestHandler {
  handle(req: ApiRequest): Promise<ApiResponse>;
}

export interface EngineServer {
  readonly socketPath: string;
  close(): Promise<void>;
}

function headersOf(raw: http.IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

async function* incoming(req: http.IncomingMessage): AsyncIterable<Uint8Array> {
  for await (const chunk of req) yield new Uint8Array(chunk as Buffer);
}

/** Writes the head in Go's net/http order (wire.ts), then the body, streamed as it comes. */
async function writeResponse(res: http.ServerResponse, out: ApiResponse): Promise<void> {
  const body = out.body;
  const whole = body === null ? new Uint8Array() : body instanceof Uint8Array ? body : null;
  res.sendDate = false;
  res.writeHead(out.status, responseHeaders(out, Date.now(), whole).flat());
  if (body === null || body instanceof Uint8Array) {
    res.end(body ? Buffer.from(body) : undefined);
    return;
  }
  res.flushHeaders();
  let open = true;
  res.on('close', () => (open = false));
  const it = body[Symbol.asyncIterator]();
  try {
    while (open) {
      const next = await it.next();
      if (next.done) break;
      res.write(Buffer.from(next.value));
    }
  } finally {
    if (!open) await it.return?.();
    res.end();
  }
}

/** Splits what follows an upgrade request's headers into its body (Content-Length) and the stream after. */
function splitUpgraded(socket: Duplex, head: Buffer, length: number): { body: Promise<Uint8Array>; stdin: AsyncIterable<Uint8Array> } {
  const queue: Buffer[] = [];
  let waiting: ((v: Buffer | null) => void) | null = null;
  let ended = false;
  const push = (b: Buffer | null) => {
    if (waiting) {
      const w = waiting;
      waiting = null;
      w(b);
    } else if (b) queue.push(b);
    else ended = true;
  };
  socket.on('data', (b: Buffer) => push(b));
  socket.on('end', () => push(null));
  socket.on('error', () => push(null));
  const next = (): Promise<Buffer | null> => {
    if (queue.length) return Promise.resolve(queue.shift() as Buffer);
    if (ended) return Promise.resolve(null);
    return new Promise((r) => (waiting = r));
  };
  if (head.length) queue.push(head);
  let rest: Buffer = Buffer.alloc(0);
  const body = (async () => {
    let got: Buffer = Buffer.alloc(0);
    while (got.length < length) {
      const b = await next();
      if (!b) break;
      got = Buffer.concat([got, b]);
    }
    rest = got.subarray(length);
    return new Uint8Array(got.subarray(0, length));
  })();
  const stdin = (async function* () {
    await body;
    if (rest.length) yield new Uint8Array(rest);
    for (let b = await next(); b; b = await next()) yield new Uint8Array(b);
  })();
  return { body, stdin };
}

async function serveUpgrade(handler: RequestHandler, req: http.IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
  const { path, query } = parseTarget(req.url ?? '/');
  const headers = headersOf(req.headers);
  const { body, stdin } = splitUpgraded(socket, head, Number(headers['content-length'] ?? 0));
  const out = await handler.handle({ method: req.method ?? 'POST', path, query, headers, body: await body, stdin });
  const payload = out.body;
  if (!out.upgraded && payload !== null && !(payload instanceof Uint8Array)) {
    throw new Error('a streamed answer to an upgrade request must be hijacked');
  }
  socket.write(formatResponseHead(out, Date.now(), payload instanceof Uint8Array ? payload : out.upgraded ? null : new Uint8Array()));
  if (payload instanceof Uint8Array) socket.write(Buffer.from(payload));
  else if (payload) for await (const chunk of payload) socket.write(Buffer.from(chunk));
  socket.end();
}

/** Serves `handler` on a unix socket (a stale socket file is replaced). */
export function serveEngine(handler: RequestHandler, socketPath: string): Promise<EngineServer> {
  if (existsSync(socketPath)) unlinkSync(socketPath);
  const server = http.createServer((req, res) => {
    const { path, query } = parseTarget(req.url ?? '/');
    void handler
      .handle({ method: req.method ?? 'GET', path, query, headers: headersOf(req.headers), body: incoming(req) })
      .then((out) => writeResponse(res, out))
      .catch((err: unknown) => {
        res.statusCode = 500;
        res.end(JSON.stringify({ message: err instanceof Error ? err.message : String(err) }) + '\n');
      });
  });
  server.on('upgrade', (req: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    serveUpgrade(handler, req, socket, head).catch(() => socket.destroy());
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, () =>
      resolve({
        socketPath,
        close: () =>
          new Promise<void>((r) => {
            server.closeAllConnections();
            server.close(() => r());
          }),
      }),
    );
  });
}

export interface EngineWiring {
  /** Builds the simulated engine's router (the composition root provides it). */
  engine?: () => Promise<RequestHandler>;
}

export function createEngineCommand(wiring: EngineWiring = {}): ServerCommand {
  return {
    name: 'engine',
    usage: 'engine --socket CHEMIN',
    summary: 'sert le moteur Docker simulé (API v1.41) sur un socket unix, pour le vrai client docker ou curl',
    async run(args: string[]): Promise<number> {
      let socket: string | undefined;
      for (let i = 0; i < args.length; i++) {
        const a = args[i];
        if (a === '--socket') socket = args[++i];
        else if (a.startsWith('--socket=')) socket = a.slice('--socket='.length);
        else {
          process.stderr.write(`baleine engine : option inconnue « ${a} ».\n`);
          return 2;
        }
      }
      if (!socket) {
        process.stderr.write('baleine engine : il faut indiquer le socket : baleine engine --socket CHEMIN\n');
        return 2;
      }
      if (!wiring.engine) {
        process.stderr.write("baleine engine : le moteur simulé n'est pas encore assemblé dans ce binaire.\n");
        return 1;
      }
      const server = await serveEngine(await wiring.engine(), socket);
      process.stderr.write(`baleine engine : moteur simulé à l’écoute sur unix://${server.socketPath} (Ctrl-C pour arrêter)\n`);
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      await server.close();
      if (existsSync(socket)) unlinkSync(socket);
      return 0;
    },
  };
}
