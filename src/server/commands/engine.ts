// `baleine engine --socket PATH`: serves the simulated engine's Engine API router over HTTP on a unix
// socket, so the real docker CLI (`DOCKER_HOST=unix://PATH docker ps`) and `curl --unix-socket` drive
// the simulator. Each connection is served by the engine's own HTTP/1.1 codec (engine/api/http-codec),
// so the bytes on the wire are dockerd's (header order included) and attach/exec hijack the
// connection as dockerd does (`Upgrade: tcp` → 101, half-close for stdin EOF).
import { existsSync, unlinkSync } from 'node:fs';
import net from 'node:net';
import type { ApiRequest, ApiResponse } from '../../engine/api/http';
import { serveConnection } from '../../engine/api/http-codec';
import type { ServerCommand } from './types';

export interface RequestHandler {
  handle(req: ApiRequest): Promise<ApiResponse>;
}

export interface EngineServer {
  readonly socketPath: string;
  close(): Promise<void>;
}

async function* socketChunks(socket: net.Socket): AsyncIterable<Uint8Array> {
  for await (const chunk of socket) yield new Uint8Array(chunk as Buffer);
}

async function serveSocket(handler: RequestHandler, socket: net.Socket): Promise<void> {
  let open = true;
  socket.on('close', () => (open = false));
  const out = serveConnection(handler, socketChunks(socket), () => Date.now())[Symbol.asyncIterator]();
  try {
    while (open) {
      const next = await out.next();
      if (next.done) break;
      if (!socket.write(next.value)) await new Promise((r) => socket.once('drain', r));
    }
  } finally {
    if (!open) await out.return?.();
    socket.end();
  }
}

/** Serves `handler` on a unix socket (a stale socket file is replaced). */
export function serveEngine(handler: RequestHandler, socketPath: string): Promise<EngineServer> {
  if (existsSync(socketPath)) unlinkSync(socketPath);
  const sockets = new Set<net.Socket>();
  const server = net.createServer({ allowHalfOpen: true }, (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    serveSocket(handler, socket).catch(() => socket.destroy());
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, () =>
      resolve({
        socketPath,
        close: () =>
          new Promise<void>((r) => {
            for (const s of sockets) s.destroy();
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
    summary:
      'sert le moteur Docker simulé (API v1.41) sur un socket unix, pour le vrai client docker ou curl',
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
        process.stderr.write(
          'baleine engine : il faut indiquer le socket : baleine engine --socket CHEMIN\n',
        );
        return 2;
      }
      if (!wiring.engine) {
        process.stderr.write(
          "baleine engine : le moteur simulé n'est pas encore assemblé dans ce binaire.\n",
        );
        return 1;
      }
      const server = await serveEngine(await wiring.engine(), socket);
      process.stderr.write(
        `baleine engine : moteur simulé à l’écoute sur unix://${server.socketPath} (Ctrl-C pour arrêter)\n`,
      );
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
