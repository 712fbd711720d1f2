// The Engine API on a unix socket (/var/run/docker.sock): each connection is served by the router
// through the engine's HTTP/1.1 codec. Bytes cross the string-based Connection as UTF-8 text.
import type { ApiRequest, ApiResponse } from '../api/http';
import { serveConnection } from '../api/http-codec';
import type { Connection } from '../process/types';

export function engineApiSocket(
  handler: { handle(req: ApiRequest): Promise<ApiResponse> },
  now: () => number,
): (conn: Connection) => void {
  return (conn) => {
    const encoder = new TextEncoder();
    const input = (async function* () {
      for (let chunk = await conn.read(); chunk !== null; chunk = await conn.read())
        yield encoder.encode(chunk);
    })();
    void (async () => {
      const decoder = new TextDecoder();
      try {
        for await (const bytes of serveConnection(handler, input, now))
          conn.write(decoder.decode(bytes, { stream: true }));
      } finally {
        conn.end();
      }
    })();
  };
}
