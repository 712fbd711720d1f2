// An HTTP service on a simulated socket: each connection is served by a handler through the engine's
// HTTP/1.1 codec — the Engine API on /var/run/docker.sock, the Hub's hosts on the network. Bytes cross
// the string-based Connection one character per byte (latin1): an export's tar stays binary, and
// Content-Length counts bytes.
import type { ApiRequest, ApiResponse } from '../api/http';
import { serveConnection } from '../api/http-codec';
import type { Connection } from '../process/types';
import { bytesToLatin1, latin1ToBytes } from './latin1';

export function serveHttpConnections(
  handler: { handle(req: ApiRequest): Promise<ApiResponse> },
  now: () => number,
): (conn: Connection) => void {
  return (conn) => {
    const input = (async function* () {
      for (let chunk = await conn.read(); chunk !== null; chunk = await conn.read())
        yield latin1ToBytes(chunk);
    })();
    void (async () => {
      try {
        for await (const bytes of serveConnection(handler, input, now)) conn.write(bytesToLatin1(bytes));
      } finally {
        conn.end();
      }
    })();
  };
}

/** The Engine API on /var/run/docker.sock: the router served over HTTP. */
export const engineApiSocket = serveHttpConnections;
