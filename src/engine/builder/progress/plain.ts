// BuildKit's plain progress (`--progress=plain`), as progressui's text printer writes it:
//   #1 [internal] load build definition from Dockerfile
//   #1 transferring dockerfile: 95B done
//   #1 DONE 0.0s
//   (blank line)
//   #5 [2/3] RUN make
//   #5 0.251 gcc -o app main.c
//   #5 DONE 0.4s
// Updates are taken in ticks of 100 ms of the engine's clock, as the real printer batches them.

import { formatBytes, seconds1 } from './units';
import type { SolveStatus, Vertex, VertexStatus } from './types';

const TICK_MS = 100;
const MIN_TIME_DELTA_MS = 5000;
const MIN_PROGRESS_DELTA = 0.05;

interface VertexState {
  vertex: Vertex;
  index: number;
  statuses: VertexStatus[];
  statusById: Map<string, VertexStatus>;
  statusUpdates: Set<string>;
  logs: string[];
  logsPartial: boolean;
  logsOffset: number;
  warnings: string[];
  /** The last lines, kept for the error summary. */
  lastLogs: string[];
}

const MAX_ERROR_LOGS = 10;

export class PlainPrinter {
  private readonly byDigest = new Map<string, VertexState>();
  private readonly order: VertexState[] = [];
  private updates = new Set<string>();
  private current: string | null = null;
  private notFirst = false;
  private last = new Map<string, { current: number; timestamp: number }>();
  private pending: SolveStatus[] = [];
  /** Every warning, in order (the summary after the build). */
  readonly warnings: string[] = [];
  private tickStart: number | null = null;
  private out = '';

  /** Adds an update; returns the text to print now (possibly empty). */
  write(status: SolveStatus): string {
    const t = timestampOf(status);
    if (this.tickStart !== null && t !== null && t >= this.tickStart + TICK_MS) this.flushPending();
    if (this.tickStart === null && t !== null) this.tickStart = t;
    this.pending.push(status);
    return this.take();
  }

  /** Prints whatever is still buffered (end of the build). */
  end(): string {
    this.flushPending();
    return this.take();
  }

  /** Vertexes that failed, with their last log lines (for the error summary). */
  failures(): { name: string; logs: string[]; error: string }[] {
    return this.order
      .filter((v) => v.vertex.error)
      .map((v) => ({ name: v.vertex.name, logs: v.lastLogs, error: v.vertex.error! }));
  }

  private take(): string {
    const s = this.out;
    this.out = '';
    return s;
  }

  private flushPending(): void {
    if (this.pending.length === 0) return;
    for (const s of this.pending) this.apply(s);
    this.pending = [];
    this.tickStart = null;
    this.print();
  }

  private apply(s: SolveStatus): void {
    for (const v of s.vertexes) {
      let st = this.byDigest.get(v.digest);
      if (!st) {
        st = {
          vertex: { ...v },
          index: 0,
          statuses: [],
          statusById: new Map(),
          statusUpdates: new Set(),
          logs: [],
          logsPartial: false,
          logsOffset: 0,
          warnings: [],
          lastLogs: [],
        };
        this.byDigest.set(v.digest, st);
      }
      if (v.started !== undefined && st.index === 0) {
        this.order.push(st);
        st.index = this.order.length;
      }
      st.vertex = { ...v };
      this.updates.add(v.digest);
    }
    for (const s2 of s.statuses) {
      const st = this.byDigest.get(s2.vertex);
      if (!st) continue;
      if (!st.statusById.has(s2.id)) st.statuses.push(s2);
      else st.statuses[st.statuses.findIndex((x) => x.id === s2.id)] = s2;
      st.statusById.set(s2.id, s2);
      st.statusUpdates.add(s2.id);
      this.updates.add(st.vertex.digest);
    }
    for (const w of s.warnings ?? []) {
      const st = this.byDigest.get(w.vertex);
      if (!st) continue;
      st.warnings.push(w.short);
      this.warnings.push(w.short);
      this.updates.add(st.vertex.digest);
    }
    for (const l of s.logs) {
      const st = this.byDigest.get(l.vertex);
      if (!st) continue;
      const pieces = l.data.split('\n');
      const complete = pieces[pieces.length - 1] === '';
      if (complete) pieces.pop();
      pieces.forEach((piece, i) => {
        if (i === 0 && st.logsPartial && st.logs.length > 0) st.logs[st.logs.length - 1] += piece;
        else {
          const sec = Math.max(0, (l.timestamp - (st.vertex.started ?? l.timestamp)) / 1000);
          const prec = sec < 10 ? 3 : sec < 100 ? 2 : 1;
          st.logs.push(`${sec.toFixed(prec)} ${piece}`);
        }
      });
      st.logsPartial = !complete && l.data.length > 0;
      this.updates.add(st.vertex.digest);
    }
  }

  private print(): void {
    const completed: VertexState[] = [];
    const rest: VertexState[] = [];
    for (const d of this.updates) {
      const st = this.byDigest.get(d);
      if (!st) continue;
      (st.vertex.completed !== undefined ? completed : rest).push(st);
    }
    const current = this.current;
    if (current && completed.some((c) => c.vertex.digest === current)) this.printVtx(current);
    completed.sort((a, b) => a.vertex.completed! - b.vertex.completed!);
    for (const c of completed) if (c.vertex.digest !== current) this.printVtx(c.vertex.digest);
    if (rest.length === 0) {
      if (this.current) {
        const v = this.byDigest.get(this.current)!.vertex;
        if (v.started !== undefined && v.completed === undefined) return;
      }
      const open = this.order.find((o) => o.vertex.started !== undefined && o.vertex.completed === undefined);
      if (open) this.printVtx(open.vertex.digest);
      return;
    }
    if (this.current && rest.some((r) => r.vertex.digest === this.current)) {
      this.printVtx(this.current);
      return;
    }
    this.printVtx(rest[0].vertex.digest);
  }

  private line(s: string): void {
    this.out += s + '\n';
  }

  private printVtx(digest: string): void {
    const v = this.byDigest.get(digest);
    if (!v) return;
    if (digest !== this.current) {
      if (this.current) {
        const old = this.byDigest.get(this.current)!;
        if (old.logsPartial) this.line('');
        old.logsOffset = 0;
        this.line(`#${old.index} ...`);
      }
      if (this.notFirst) this.line('');
      else this.notFirst = true;
      this.line(`#${v.index} ${v.vertex.name}`);
    }
    for (const s of v.statuses) {
      if (!v.statusUpdates.has(s.id)) continue;
      const last = this.last.get(s.id);
      if (last && s.completed === undefined) {
        const progressDelta = s.total > 0 ? (s.current - last.current) / s.total : 0;
        if (progressDelta < MIN_PROGRESS_DELTA && s.timestamp - last.timestamp < MIN_TIME_DELTA_MS) continue;
      }
      this.last.set(s.id, { current: s.current, timestamp: s.timestamp });
      let bytes = '';
      if (s.total !== 0) bytes = ` ${formatBytes(s.current)} / ${formatBytes(s.total)}`;
      else if (s.current !== 0) bytes = ` ${formatBytes(s.current)}`;
      let tm = '';
      const end = s.completed ?? s.timestamp;
      if (s.started !== undefined && (end - s.started) / 1000 > 0.01) tm = ` ${seconds1(end - s.started)}s`;
      if (s.completed !== undefined) tm += ' done';
      this.line(`#${v.index} ${s.id}${bytes}${tm}`);
    }
    v.statusUpdates.clear();
    for (const w of v.warnings) this.line(`#${v.index} WARN: ${w}`);
    v.warnings = [];
    v.logs.forEach((l, i) => {
      const text = i === 0 ? l.slice(v.logsOffset) : l;
      const partialLast = i === v.logs.length - 1 && v.logsPartial;
      this.out += (i === 0 && v.logsOffset > 0 ? '' : `#${v.index} `) + text + (partialLast ? '' : '\n');
      if (!partialLast) {
        v.lastLogs.push(l);
        if (v.lastLogs.length > MAX_ERROR_LOGS) v.lastLogs.shift();
      }
    });
    if (v.logs.length > 0) {
      if (v.logsPartial) {
        v.logs = v.logs.slice(-1);
        v.logsOffset = v.logs[0].length;
      } else {
        v.logs = [];
        v.logsOffset = 0;
      }
    }
    this.current = digest;
    const vx = v.vertex;
    if (vx.completed !== undefined) {
      this.current = null;
      if (vx.error) {
        if (v.logsPartial) this.line('');
        this.line(`#${v.index} ERROR: ${vx.error}`);
      } else if (vx.cached) this.line(`#${v.index} CACHED`);
      else {
        const tm = vx.started !== undefined ? ` ${seconds1(vx.completed - vx.started)}s` : '';
        this.line(`#${v.index} DONE${tm}`);
      }
    }
    this.updates.delete(digest);
  }
}

function timestampOf(s: SolveStatus): number | null {
  const times = [
    ...s.vertexes.map((v) => v.completed ?? v.started),
    ...s.statuses.map((x) => x.timestamp),
    ...s.logs.map((l) => l.timestamp),
  ].filter((t): t is number => t !== undefined);
  return times.length ? Math.max(...times) : null;
}

/** Renders a whole trace at once (tests, `docker build` replays). */
export function renderPlain(trace: readonly SolveStatus[]): string {
  const p = new PlainPrinter();
  let out = '';
  for (const s of trace) out += p.write(s);
  return out + p.end();
}
