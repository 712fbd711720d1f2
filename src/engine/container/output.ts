// The stdout and stderr a container's processes write to: each chunk goes, raw, to whoever is attached
// (`docker run`, `docker attach`), and line by line to the container's log (json-file splits on '\n').
import type { Clock } from '../world/types';
import type { OutputStream } from '../process/types';
import type { LogStore, LogStream } from './logs';

export type OutputListener = (stream: LogStream, chunk: string) => void;

export class ContainerOutput {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  private readonly partial: Record<LogStream, string> = { stdout: '', stderr: '' };
  private readonly listeners = new Set<OutputListener>();
  /** Bytes written so far (CPU accounting for `docker stats`). */
  bytes = 0;

  constructor(
    private readonly log: LogStore,
    private readonly clock: Clock,
    tty = false,
  ) {
    this.stdout = this.stream('stdout', tty);
    this.stderr = this.stream('stderr', tty);
  }

  /** Raw output from now on (attach); returns the detacher. */
  listen(listener: OutputListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Writes what came from a stream (a process, a TTY's output). */
  write(stream: LogStream, chunk: string): void {
    if (!chunk) return;
    this.bytes += chunk.length;
    for (const l of [...this.listeners]) l(stream, chunk);
    let text = this.partial[stream] + chunk;
    let nl = text.indexOf('\n');
    while (nl >= 0) {
      this.log.append({ stream, time: this.clock.now(), text: text.slice(0, nl + 1) });
      text = text.slice(nl + 1);
      nl = text.indexOf('\n');
    }
    this.partial[stream] = text;
  }

  /** The process ended: a last line without newline is logged as it is. */
  flush(): void {
    for (const stream of ['stdout', 'stderr'] as const) {
      if (this.partial[stream])
        this.log.append({ stream, time: this.clock.now(), text: this.partial[stream] });
      this.partial[stream] = '';
    }
  }

  private stream(stream: LogStream, tty: boolean): OutputStream {
    return {
      isTTY: tty,
      write: (chunk) => this.write(stream, chunk),
      drain: async () => {},
    };
  }
}
