// The HTTP transport (node only): Engine API requests over a unix socket or TCP, to a real dockerd
// (real mode, contract tests) or to `baleine engine --socket`. Attach and exec start upgrade the
// connection (`Upgrade: tcp`, HTTP 101) and stream both ways, as the docker CLI does.
import http from 'node:http';
import type { Socket } from 'node:net';
import type { ApiRequest, ApiResponse } from '../../engine/api/http';
import { formatTarget } from '../../engine/api/http';
import { EngineUnreachable, type Transport } from '../transport';

export type HttpEndpoint = { socketPath: string } | { host: string; port: number };

/** `unix:///var/run/docker.sock`, `tcp://127.0.0.1:2375` or a bare socket path. */
export function parseDockerHost(value: string): HttpEndpoint {
  if (value.startsWith('unix://')) return { socketPath: value.slice('unix://'.length) };
  if (value.startsWith('tcp://') || value.startsWith('http://')) {
    const u = new URL(value.replace(/^tcp:/, 'http:'));
    return { host: u.hostname, port: Number(u.port || 2375) };
  }
  return { socketPath: value };
}

async function* socketChunks(socket: Socket, head: Buffer): AsyncIterable<Uint8Array> {
  if (head.length > 0) yield new Uint8Array(head);
  for await (const chunk of socket) yield new Uint8Array(chunk as Buffer);
}

export class HttpTransport implements Transport {
  constructor(private readonly endpoint: HttpEndpoint) {}

  /** The endpoint as DOCKER_HOST spells it. */
  address(): string {
    return 'socketPath' in this.endpoint
      ? `unix://${this.endpoint.socketPath}`
      : `tcp://${this.endpoint.host}:${this.endpoint.port}`;
  }

  request(req: ApiRequest): Promise<ApiResponse> {
    const headers: Record<string, string> = { Host: 'localhost', ...req.headers };
    const body = req.body;
    if (body instanceof Uint8Array) headers['Content-Length'] = String(body.length);
    else if (body === null) headers['Content-Length'] = '0';
    return new Promise<ApiResponse>((resolve, reject) => {
      const r = http.request({
        ...this.endpoint,
        method: req.method,
        path: formatTarget(req.path, req.query),
        headers,
      });
      r.on('error', (err: NodeJS.ErrnoException) => {
        const unreachable = ['ENOENT', 'ECONNREFUSED', 'EACCES', 'ENOTFOUND', 'EHOSTUNREACH'].includes(
          err.code ?? '',
        );
        reject(unreachable ? new EngineUnreachable(this.address()) : err);
      });
      r.on('response', (res) => {
        const out: Record<string, string> = {};
        for (const [k, v] of Object.entries(res.headers)) if (typeof v === 'string') out[canonical(k)] = v;
        const chunks = (async function* () {
          for await (const chunk of res) yield new Uint8Array(chunk as Buffer);
        })();
        resolve({ status: res.statusCode ?? 500, headers: out, body: chunks });
      });
      r.on('upgrade', (res, socket, head) => {
        const out: Record<string, string> = {};
        for (const [k, v] of Object.entries(res.headers)) if (typeof v === 'string') out[canonical(k)] = v;
        const stdin = req.stdin;
        if (stdin) {
          void (async () => {
            try {
              for await (const chunk of stdin) socket.write(chunk);
            } finally {
              // Half-close: the engine sees stdin end, the output keeps flowing.
              socket.end();
            }
          })().catch(() => socket.destroy());
        }
        resolve({
          status: res.statusCode ?? 101,
          headers: out,
          body: socketChunks(socket, head),
          upgraded: true,
        });
      });
      if (body instanceof Uint8Array) r.end(Buffer.from(body));
      else if (body === null) r.end();
      else {
        void (async () => {
          for await (const chunk of body) r.write(chunk);
          r.end();
        })().catch((e: unknown) => r.destroy(e instanceof Error ? e : new Error(String(e))));
      }
    });
  }
}

/** `content-type` → `Content-Type`, as Go canonicalises header names. */
function canonical(name: string): string {
  return name.replace(/(^|-)([a-z])/g, (_m, dash: string, c: string) => dash + c.toUpperCase());
}
