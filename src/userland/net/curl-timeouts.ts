// curl's time limits on the process's clock: `--connect-timeout` and `-m`/`--max-time`, with the
// messages of curl 7.88 (exit 28): "Failed to connect to H port P after N ms: Timeout was reached"
// when the connect timeout runs out, "Connection timed out after N milliseconds" when the whole
// operation's does while connecting, "Operation timed out after N milliseconds with B [out of T]
// bytes received" while transferring.
import type { Connection, ProcessContext } from '../../engine/process/types';

export class CurlTimeout extends Error {
  readonly code = 28;
}

export class Deadlines {
  private readonly start: number;

  constructor(
    private readonly ctx: ProcessContext,
    private readonly maxTime: number | null,
    private readonly connectTimeout: number | null,
  ) {
    this.start = ctx.clock.now();
  }

  /** What is left of -m, or null without one. */
  private remaining(): number | null {
    return this.maxTime === null ? null : Math.max(0, this.start + this.maxTime - this.ctx.clock.now());
  }

  /** curl reports the elapsed time a millisecond past its limit (its timer's granularity). */
  private elapsed(): number {
    return this.ctx.clock.now() - this.start + 1;
  }

  /**
   * A connection attempt whose packets are dropped: it waits out the tighter of the two limits and
   * fails as curl does; without any limit it returns false (the caller reports its own failure).
   */
  async connectDropped(host: string, port: number): Promise<false> {
    const left = this.remaining();
    const limit = this.connectTimeout;
    if (left === null && limit === null) return false;
    const connectBinds = limit !== null && (left === null || limit <= left);
    const started = this.ctx.clock.now();
    await this.ctx.sleep(connectBinds ? limit! : left!);
    if (connectBinds) {
      throw new CurlTimeout(`Failed to connect to ${host} port ${port} after ${this.ctx.clock.now() - started} ms: Timeout was reached`);
    }
    throw new CurlTimeout(`Connection timed out after ${this.elapsed()} milliseconds`);
  }

  /**
   * Reads a response from `conn` with `read`, within what is left of -m; past it, the connection is
   * closed and the transfer fails with the count of body bytes received.
   */
  async transfer<T>(conn: Connection, read: (conn: Connection) => Promise<T>): Promise<T> {
    const left = this.remaining();
    if (left === null) return read(conn);
    let received = '';
    const counting: Connection = Object.create(conn, {
      read: {
        value: async () => {
          const chunk = await conn.read();
          if (chunk !== null) received += chunk;
          return chunk;
        },
      },
    });
    let cancel = () => {};
    const timeout = new Promise<never>((_, reject) => {
      cancel = this.ctx.clock.setTimer(left, () => {
        conn.end();
        reject(new CurlTimeout(`Operation timed out after ${this.elapsed()} milliseconds with ${bodyProgress(received)} received`));
      });
    });
    try {
      return await Promise.race([read(counting), timeout]);
    } finally {
      cancel();
    }
  }
}

/** `B bytes` or `B out of T bytes`: the body bytes after the header, and Content-Length when known. */
function bodyProgress(received: string): string {
  const end = received.indexOf('\r\n\r\n');
  if (end < 0) return '0 bytes';
  const body = received.length - end - 4;
  const length = /^content-length:\s*(\d+)/im.exec(received.slice(0, end))?.[1];
  return length === undefined ? `${body} bytes` : `${body} out of ${length} bytes`;
}
