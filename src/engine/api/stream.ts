// Docker's stream framings (moby pkg/stdcopy, pkg/streamformatter):
// - multiplexed stdout/stderr: each frame is an 8-byte header [stream, 0, 0, 0, size (uint32 BE)] + data,
//   used by logs, attach and exec when the container has no TTY; raw bytes when it has one;
// - JSON message streams: one JSON object per line, for pull/push/build progress (`\r\n`) and events (`\n`).
import { utf8 } from './http';

export const STDIN = 0;
export const STDOUT = 1;
export const STDERR = 2;
export type StreamId = typeof STDIN | typeof STDOUT | typeof STDERR;

export interface Frame {
  stream: StreamId;
  data: Uint8Array;
}

/** One multiplexed frame. */
export function muxFrame(stream: StreamId, data: Uint8Array | string): Uint8Array {
  const bytes = typeof data === 'string' ? utf8(data) : data;
  const out = new Uint8Array(8 + bytes.length);
  out[0] = stream;
  new DataView(out.buffer).setUint32(4, bytes.length, false);
  out.set(bytes, 8);
  return out;
}

/** Frames (or raw bytes, for a TTY) of output chunks. */
export async function* frameOutput(chunks: AsyncIterable<Frame>, tty: boolean): AsyncIterable<Uint8Array> {
  for await (const { stream, data } of chunks) {
    if (data.length === 0) continue;
    yield tty ? data : muxFrame(stream, data);
  }
}

/** Reads multiplexed frames back, across arbitrary chunk boundaries (moby stdcopy.StdCopy). */
export async function* demux(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): AsyncIterable<Frame> {
  let buf = new Uint8Array(0);
  for await (const chunk of chunks) {
    const next = new Uint8Array(buf.length + chunk.length);
    next.set(buf);
    next.set(chunk, buf.length);
    buf = next;
    for (;;) {
      if (buf.length < 8) break;
      const size = new DataView(buf.buffer, buf.byteOffset).getUint32(4, false);
      if (buf.length < 8 + size) break;
      const stream = buf[0];
      if (stream > 2) throw new Error(`Unrecognized input header: ${stream}`);
      yield { stream: stream as StreamId, data: buf.slice(8, 8 + size) };
      buf = buf.slice(8 + size);
    }
  }
  if (buf.length > 0) throw new Error('Unrecognized input header: truncated frame');
}

/** A JSON message stream: one object per line (`\r\n` for progress, `\n` for events). */
export async function* jsonLines(
  messages: AsyncIterable<unknown> | Iterable<unknown>,
  eol: '\r\n' | '\n' = '\r\n',
): AsyncIterable<Uint8Array> {
  for await (const m of messages) yield utf8(JSON.stringify(m) + eol);
}

/** Parses a JSON message stream back into objects, across chunk boundaries. */
export async function* parseJsonLines<V = unknown>(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
): AsyncIterable<V> {
  const decoder = new TextDecoder();
  let pending = '';
  for await (const chunk of chunks) {
    pending += decoder.decode(chunk, { stream: true });
    let nl: number;
    while ((nl = pending.indexOf('\n')) >= 0) {
      const line = pending.slice(0, nl).trim();
      pending = pending.slice(nl + 1);
      if (line) yield JSON.parse(line) as V;
    }
  }
  pending += decoder.decode();
  if (pending.trim()) yield JSON.parse(pending) as V;
}

/**
 * An async queue: producers push, one consumer iterates; `end()` finishes it, `fail()` throws into it.
 * The consumer returning early (a client hanging up) calls `onClose` so producers can stop.
 */
export class Channel<V> implements AsyncIterable<V> {
  private readonly items: V[] = [];
  private waiting: ((r: IteratorResult<V>) => void) | null = null;
  private rejecting: ((e: unknown) => void) | null = null;
  private done = false;
  private error: unknown = null;
  private readonly closeListeners: Array<() => void> = [];

  push(item: V): void {
    if (this.done) return;
    if (this.waiting) {
      const w = this.waiting;
      this.waiting = this.rejecting = null;
      w({ value: item, done: false });
    } else {
      this.items.push(item);
    }
  }

  end(): void {
    if (this.done) return;
    this.done = true;
    if (this.waiting) {
      const w = this.waiting;
      this.waiting = this.rejecting = null;
      w({ value: undefined, done: true });
    }
  }

  fail(err: unknown): void {
    if (this.done) return;
    this.error = err;
    this.done = true;
    if (this.rejecting) {
      const r = this.rejecting;
      this.waiting = this.rejecting = null;
      r(err);
    }
  }

  get closed(): boolean {
    return this.done;
  }

  /** Called once when the consumer stops (end of iteration or early return). */
  onClose(listener: () => void): void {
    this.closeListeners.push(listener);
  }

  private close(): void {
    this.done = true;
    for (const l of this.closeListeners.splice(0)) l();
  }

  [Symbol.asyncIterator](): AsyncIterator<V> {
    return {
      next: () => {
        if (this.items.length > 0) return Promise.resolve({ value: this.items.shift() as V, done: false });
        if (this.error !== null) {
          const e = this.error;
          this.error = null;
          this.close();
          return Promise.reject(e);
        }
        if (this.done) {
          this.close();
          return Promise.resolve({ value: undefined, done: true });
        }
        return new Promise<IteratorResult<V>>((resolve, reject) => {
          this.waiting = resolve;
          this.rejecting = reject;
        });
      },
      return: () => {
        this.items.length = 0;
        this.close();
        return Promise.resolve({ value: undefined, done: true });
      },
    };
  }
}
