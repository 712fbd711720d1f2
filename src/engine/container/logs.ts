// A container's log, with the json-file driver's semantics: one entry per line, each with its stream
// and the time it was written; reads by stream, `tail`, `since`/`until`; followers see new lines.
// The log lives as long as the container (logs of a removed container are gone).

export type LogStream = 'stdout' | 'stderr';

export interface LogEntry {
  stream: LogStream;
  /** ms since the epoch. */
  time: number;
  /** The line with its newline (a last partial line has none). */
  text: string;
}

export interface LogReadOptions {
  stdout?: boolean;
  stderr?: boolean;
  /** Keep only the last n lines (after stream and time filtering); undefined or negative: all. */
  tail?: number;
  /** ms; entries strictly before are skipped. */
  since?: number;
  /** ms; entries strictly after are skipped. */
  until?: number;
}

export class LogStore {
  private readonly entries: LogEntry[] = [];
  private readonly followers = new Set<(entry: LogEntry) => void>();

  append(entry: LogEntry): void {
    this.entries.push(entry);
    for (const f of [...this.followers]) f(entry);
  }

  read(opts: LogReadOptions = {}): LogEntry[] {
    const selected = this.entries.filter((e) => matches(e, opts));
    const tail = opts.tail;
    if (tail === undefined || tail < 0) return selected;
    return tail === 0 ? [] : selected.slice(-tail);
  }

  /** Calls `listener` for every entry appended from now on; returns the unsubscriber. */
  follow(listener: (entry: LogEntry) => void): () => void {
    this.followers.add(listener);
    return () => this.followers.delete(listener);
  }

  get length(): number {
    return this.entries.length;
  }
}

export function matches(e: LogEntry, opts: LogReadOptions): boolean {
  const wantOut = opts.stdout ?? true;
  const wantErr = opts.stderr ?? true;
  if (e.stream === 'stdout' ? !wantOut : !wantErr) return false;
  if (opts.since !== undefined && e.time < opts.since) return false;
  if (opts.until !== undefined && e.time > opts.until) return false;
  return true;
}

/** jsonmessage.RFC3339NanoFixed: always nine fractional digits (`docker logs -t`). */
export function rfc3339NanoFixed(ms: number): string {
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 19)}.${iso.slice(20, 23)}000000Z`;
}
