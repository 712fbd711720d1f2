// BuildKit's TTY progress view: a header with the elapsed time and the count of finished steps, one
// line per step with its timer (sub-lines `=> =>` for statuses, `=> => #` for the live output of a
// running step), redrawn in place; finished steps in blue, failed ones in red.
//   [+] Building 1.3s (8/8) FINISHED                                   docker:default
//    => [internal] load build definition from Dockerfile                          0.0s

import { formatBytes } from './units';
import type { SolveStatus, Vertex, VertexStatus } from './types';

const BLUE = '\x1b[34m';
const RED = '\x1b[31m';
const FAINT = '\x1b[2m';
const RESET = '\x1b[0m';
const TERM_LINES = 6;

interface Job {
  name: string;
  start?: number;
  stop?: number;
  status: string;
  completed: boolean;
  error: boolean;
  /** Live output lines under a running step. */
  term: string[];
}

interface VertexState {
  vertex: Vertex;
  statuses: VertexStatus[];
  warnings: string[];
  output: string;
}

export interface TtyOptions {
  /** `docker:default` — the builder shown at the right of the header. */
  description?: string;
  /** Colours (ANSI) on completed lines. */
  color?: boolean;
}

export class TtyDisplay {
  private readonly byDigest = new Map<string, VertexState>();
  private readonly order: VertexState[] = [];
  private startTime: number | null = null;
  private lineCount = 0;
  private repeated = false;

  constructor(private readonly opts: TtyOptions = {}) {}

  update(s: SolveStatus): void {
    for (const v of s.vertexes) {
      let st = this.byDigest.get(v.digest);
      if (!st) {
        st = { vertex: v, statuses: [], warnings: [], output: '' };
        this.byDigest.set(v.digest, st);
        if (v.started !== undefined) this.order.push(st);
      } else if (st.vertex.started === undefined && v.started !== undefined) this.order.push(st);
      st.vertex = { ...v };
      if (this.startTime === null && v.started !== undefined) this.startTime = v.started;
    }
    for (const x of s.statuses) {
      const st = this.byDigest.get(x.vertex);
      if (!st) continue;
      const i = st.statuses.findIndex((y) => y.id === x.id);
      if (i < 0) st.statuses.push(x);
      else st.statuses[i] = x;
    }
    for (const l of s.logs) {
      const st = this.byDigest.get(l.vertex);
      if (st) st.output += l.data;
    }
    for (const w of s.warnings ?? []) this.byDigest.get(w.vertex)?.warnings.push(w.short);
  }

  private jobs(): Job[] {
    const jobs: Job[] = [];
    for (const st of this.order) {
      const v = st.vertex;
      let name = v.name.replace(/\t/g, ' ');
      if (v.error) name = 'ERROR ' + name;
      if (v.cached) name = 'CACHED ' + name;
      const running = v.completed === undefined;
      jobs.push({
        name,
        start: v.started,
        stop: v.completed,
        status: '',
        completed: !running,
        error: !!v.error,
        term: running ? st.output.split('\n').filter(Boolean).slice(-TERM_LINES) : [],
      });
      for (const s of st.statuses) {
        let status = '';
        if (s.total !== 0) status = `${formatBytes(s.current)} / ${formatBytes(s.total)}`;
        else if (s.current !== 0) status = formatBytes(s.current);
        jobs.push({
          name: '=> ' + s.id,
          start: s.started,
          stop: s.completed,
          status,
          completed: s.completed !== undefined,
          error: false,
          term: [],
        });
      }
      for (const w of st.warnings) {
        jobs.push({
          name: 'WARN: ' + w,
          start: v.started,
          stop: v.completed,
          status: '',
          completed: !running,
          error: false,
          term: [],
        });
      }
    }
    return jobs;
  }

  /** Counts of steps: completed and total. */
  counts(): { completed: number; total: number } {
    const all = [...this.byDigest.values()];
    return { completed: all.filter((v) => v.vertex.completed !== undefined).length, total: all.length };
  }

  /**
   * The text that redraws the view at `now` (cursor moves included). `final` marks the last frame,
   * which shows FINISHED and every step.
   */
  frame(now: number, width = 80, height = 24, final = false): string {
    let out = '';
    let up = '';
    for (let i = 0; i <= this.lineCount; i++) up += '\x1b[1A';
    out += this.repeated ? up : up + '\x1b[1B';
    out += '\r';
    this.repeated = true;
    const { completed, total } = this.counts();
    const elapsed = this.startTime === null ? 0 : (now - this.startTime) / 1000;
    const state = final && completed > 0 && completed === total ? 'FINISHED' : '';
    let header = `[+] Building ${elapsed.toFixed(1)}s (${completed}/${total}) ${state}`;
    header = this.opts.description
      ? align(header, this.opts.description, width - 1)
      : align(header, '', width);
    out += header.slice(0, width) + '\n';
    let lines = 0;
    let jobs = this.jobs();
    if (!final) jobs = jobs.slice(Math.max(0, jobs.length - (height - 2)));
    for (const j of jobs) {
      if (j.start === undefined) continue;
      let dt = ((j.stop ?? now) - j.start) / 1000;
      if (dt < 0.05) dt = 0;
      const pfx = ' => ';
      const timer = ` ${dt.toFixed(1).padStart(3)}s\n`;
      let left = width - pfx.length - timer.length - 1;
      let showStatus = false;
      if (j.status !== '' && left + j.status.length > 20) {
        showStatus = true;
        left -= j.status.length + 1;
      }
      if (left < 12) continue;
      let line = pfx + j.name.slice(0, left) + (showStatus ? ' ' + j.status : '');
      line = align(line, timer, width);
      if (j.completed && this.opts.color) line = (j.error ? RED : BLUE) + line + RESET;
      out += line;
      lines++;
      if (!final) {
        for (const t of j.term) {
          const text = ` => => # ${t}\n`;
          out += this.opts.color ? FAINT + text + RESET : text;
          lines++;
        }
      }
    }
    const diff = this.lineCount - lines;
    if (diff > 0) {
      out += (' '.repeat(width) + '\n').repeat(diff);
      out += '\x1b[1A'.repeat(diff) + '\r';
    }
    this.lineCount = lines;
    return out;
  }
}

/** `%-*s %s`: `l` padded so that `r` ends the line at width `w`. */
function align(l: string, r: string, w: number): string {
  const pad = w - r.length - 1;
  return (l.length < pad ? l.padEnd(pad) : l) + ' ' + r;
}
