// GET /containers/{id}/logs (moby daemon/logs.go, json-file reader): stdout/stderr frames, `tail`,
// `since`/`until`, `timestamps` (RFC 3339 with nine fractional digits), `follow` until the container stops.
import { InvalidParameter } from '../../api/errors';
import { utf8 } from '../../api/http';
import { STDERR, STDOUT, type Frame } from '../../api/stream';
import { matches, rfc3339NanoFixed, type LogEntry, type LogReadOptions } from '../../container/logs';
import { AsyncQueue } from '../../container/queue';
import type { Daemon } from '../daemon';

export interface LogsOptions extends LogReadOptions {
  follow?: boolean;
  timestamps?: boolean;
}

export function containerLogs(d: Daemon, ref: string, opts: LogsOptions = {}): AsyncIterable<Frame> {
  if (!opts.stdout && !opts.stderr) throw new InvalidParameter('You must choose at least one stream');
  const c = d.containers.get(ref);
  const frame = (e: LogEntry): Frame => ({
    stream: e.stream === 'stdout' ? STDOUT : STDERR,
    data: utf8(opts.timestamps ? `${rfc3339NanoFixed(e.time)} ${e.text}` : e.text),
  });
  const queue = new AsyncQueue<Frame>();
  for (const e of c.log.read(opts)) queue.push(frame(e));
  if (opts.follow && c.isUp) {
    const live = { ...opts, tail: undefined };
    const stop = c.log.follow((e) => {
      if (matches(e, live)) queue.push(frame(e));
    });
    queue.finally(stop);
    void c.nextExit().then(() => queue.end());
  } else queue.end();
  return queue;
}
