// Emits SolveStatus updates for the builder: one call per change, with the engine's clock.

import type { Clock } from '../../world/types';
import type { ProgressListener, SolveStatus, Vertex, VertexStatus } from './types';

export class ProgressRecorder {
  private next = 0;
  /** Every update, in order (a build's whole trace). */
  readonly trace: SolveStatus[] = [];

  constructor(
    private readonly clock: Clock,
    private readonly listener: ProgressListener = () => {},
  ) {}

  private emit(status: Partial<SolveStatus>): void {
    const full: SolveStatus = { vertexes: [], statuses: [], logs: [], ...status };
    this.trace.push(full);
    this.listener(full);
  }

  /** Starts a vertex; returns its handle. */
  start(name: string): VertexHandle {
    const vertex: Vertex = {
      digest: `sha256:vertex${++this.next}`,
      name,
      cached: false,
      started: this.clock.now(),
    };
    this.emit({ vertexes: [{ ...vertex }] });
    return new VertexHandle(vertex, this.clock, (s) => this.emit(s));
  }
}

export class VertexHandle {
  private readonly statuses = new Map<string, VertexStatus>();

  constructor(
    readonly vertex: Vertex,
    private readonly clock: Clock,
    private readonly emit: (s: Partial<SolveStatus>) => void,
  ) {}

  get digest(): string {
    return this.vertex.digest;
  }

  /** A status line inside the vertex, started now (update it with the same id). */
  status(id: string, current = 0, total = 0): void {
    const now = this.clock.now();
    const s: VertexStatus = { id, vertex: this.digest, current, total, started: now, timestamp: now };
    this.statuses.set(id, s);
    this.emit({ statuses: [{ ...s }] });
  }

  completeStatus(id: string, current?: number): void {
    const s = this.statuses.get(id);
    if (!s) return;
    const now = this.clock.now();
    s.completed = now;
    s.timestamp = now;
    if (current !== undefined) s.current = current;
    this.emit({ statuses: [{ ...s }] });
  }

  warn(short: string, url: string): void {
    this.emit({ warnings: [{ vertex: this.digest, short, url }] });
  }

  log(stream: 1 | 2, data: string): void {
    this.emit({ logs: [{ vertex: this.digest, stream, data, timestamp: this.clock.now() }] });
  }

  done(): void {
    this.vertex.completed = this.clock.now();
    this.emit({ vertexes: [{ ...this.vertex }] });
  }

  cached(): void {
    this.vertex.cached = true;
    this.vertex.completed = this.clock.now();
    this.emit({ vertexes: [{ ...this.vertex }] });
  }

  fail(error: string): void {
    this.vertex.error = error;
    this.vertex.completed = this.clock.now();
    this.emit({ vertexes: [{ ...this.vertex }] });
  }
}
