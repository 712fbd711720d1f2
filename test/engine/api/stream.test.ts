import { describe, expect, it } from 'vitest';
import {
  Channel,
  demux,
  frameOutput,
  jsonLines,
  muxFrame,
  parseJsonLines,
  STDERR,
  STDOUT,
} from '../../../src/engine/api/stream';
import { readBody, text, utf8 } from '../../../src/engine/api/http';

async function collect<V>(it: AsyncIterable<V>): Promise<V[]> {
  const out: V[] = [];
  for await (const v of it) out.push(v);
  return out;
}

describe('stream framing', () => {
  it('writes the 8-byte stdcopy header (as recorded from dockerd: 001 0 0 0 0 0 0 \\t "from api")', () => {
    const f = muxFrame(STDOUT, 'from api\n');
    expect([...f.slice(0, 8)]).toEqual([1, 0, 0, 0, 0, 0, 0, 9]);
    expect(text(f.slice(8))).toBe('from api\n');
  });

  it('demultiplexes across arbitrary chunk boundaries', async () => {
    const all = new Uint8Array([
      ...muxFrame(STDOUT, 'out1\n'),
      ...muxFrame(STDERR, 'err1\n'),
      ...muxFrame(STDOUT, 'x'.repeat(300)),
    ]);
    const pieces = [all.slice(0, 3), all.slice(3, 15), all.slice(15, 200), all.slice(200)];
    const frames = await collect(demux(pieces));
    expect(frames.map((f) => [f.stream, text(f.data)])).toEqual([
      [1, 'out1\n'],
      [2, 'err1\n'],
      [1, 'x'.repeat(300)],
    ]);
  });

  it('rejects a truncated frame', async () => {
    await expect(collect(demux([muxFrame(STDOUT, 'abc').slice(0, 9)]))).rejects.toThrow(
      'Unrecognized input header',
    );
  });

  it('sends raw bytes for a TTY and frames otherwise', async () => {
    const src = async function* () {
      yield { stream: STDOUT as 1, data: utf8('a') };
      yield { stream: STDERR as 2, data: utf8('b') };
    };
    expect(text(await readBody(frameOutput(src(), true)))).toBe('ab');
    expect((await readBody(frameOutput(src(), false))).length).toBe(18);
  });

  it('round-trips JSON message streams', async () => {
    const msgs = [{ status: 'Pulling' }, { status: 'Done', id: 'x' }];
    const bytes = await readBody(jsonLines(msgs));
    expect(text(bytes)).toBe('{"status":"Pulling"}\r\n{"status":"Done","id":"x"}\r\n');
    expect(await collect(parseJsonLines([bytes.slice(0, 5), bytes.slice(5)]))).toEqual(msgs);
  });

  it('channel delivers pushed items in order and reports an early close', async () => {
    const ch = new Channel<number>();
    let closed = false;
    ch.onClose(() => (closed = true));
    ch.push(1);
    setTimeout(() => {
      ch.push(2);
      ch.end();
    }, 0);
    expect(await collect(ch)).toEqual([1, 2]);
    expect(closed).toBe(true);
  });
});
