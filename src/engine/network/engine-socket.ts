// The Engine API on a unix socket (/var/run/docker.sock): each connection is served by the router
// through the engine's HTTP/1.1 codec. Bytes cross the string-based Connection one character per byte
// (latin1), as on the Hub's hosts: an export's tar stays binary, and Content-Length counts bytes.
import type { ApiRequest, ApiResponse } from '../api/http';
import { serveConnection } from '../api/http-codec';
import type { Connection } from '../process/types';
import { bytesToLatin1, latin1ToBytes } from './latin1';

export function engineApiSocket(
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
