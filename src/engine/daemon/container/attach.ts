// POST /containers/{id}/attach (moby daemon/attach.go): the container's output as it comes (after the
// log so far with `logs`), input to its stdin or TTY; the detach keys (Ctrl-P Ctrl-Q) end the
// attachment without touching the container.
import { Conflict } from '../../api/errors';
import { utf8 } from '../../api/http';
import { STDERR, STDOUT, type Frame } from '../../api/stream';
import { DetachKeys, detachSequence } from '../../container/detach-keys';
import { AsyncQueue } from '../../container/queue';
import type { Daemon } from '../daemon';

export interface AttachOptions {
  stream?: boolean;
  logs?: boolean;
  stdin?: boolean;
  stdout?: boolean;
  stderr?: boolean;
  /** Docker's `ctrl-p,ctrl-q` notation. */
  detachKeys?: string;
}

export interface Attachment {
  /** Frames (with STDOUT for everything when the container has a TTY). */
  readonly output: AsyncIterable<Frame>;
  readonly tty: boolean;
  write(input: string): void;
  closeStdin(): void;
  detach(): void;
}

export function containerAttach(d: Daemon, ref: string, opts: AttachOptions = {}): Attachment {
  const c = d.containers.get(ref);
  if (c.state === 'paused') throw new Conflict('You cannot attach to a paused container, unpause it first');
  if (c.state === 'restarting')
    throw new Conflict('You cannot attach to a restarting container, wait until it is running');
  const tty = c.config.Tty ?? false;
  const wantOut = opts.stdout ?? true;
  const wantErr = opts.stderr ?? true;
  const queue = new AsyncQueue<Frame>();
  const push = (stream: 'stdout' | 'stderr', text: string) => {
    if (stream === 'stdout' ? !wantOut : !wantErr) return;
    queue.push({ stream: stream === 'stdout' || tty ? STDOUT : STDERR, data: utf8(text) });
  };
  if (opts.logs) for (const e of c.log.read()) push(e.stream, e.text);
  if (opts.stream ?? true) {
    queue.finally(c.output.listen(push));
    void c.nextExit().then(() => queue.end());
  } else queue.end();
  const keys = new DetachKeys(detachSequence(opts.detachKeys));
  d.containerEvent(c, 'attach');
  const attachment: Attachment = {
    output: queue,
    tty,
    write(input) {
      if (!opts.stdin) return;
      const { pass, detach } = keys.feed(input);
      if (pass) c.writeInput(pass);
      if (detach) attachment.detach();
    },
    closeStdin() {
      c.closeInput();
    },
    detach() {
      queue.end();
    },
  };
  return attachment;
}
