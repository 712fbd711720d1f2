// Build progress as BuildKit reports it (client.SolveStatus): vertexes that start, complete, are
// cached or fail; statuses inside a vertex (`transferring context: 2B`); log chunks of RUN steps.
// Times are milliseconds on the engine's clock. The CLI renders these (plain or TTY).

export interface Vertex {
  /** Stable identity within one build. */
  digest: string;
  /** What BuildKit shows: `[internal] load build definition from Dockerfile`, `[2/3] RUN make`. */
  name: string;
  started?: number;
  completed?: number;
  cached: boolean;
  /** Set when the vertex failed. */
  error?: string;
}

export interface VertexStatus {
  /** `transferring context`, `writing image sha256:…`, `naming to docker.io/library/app:1`. */
  id: string;
  vertex: string;
  current: number;
  total: number;
  started?: number;
  completed?: number;
  timestamp: number;
}

export interface VertexLog {
  vertex: string;
  /** 1 stdout, 2 stderr. */
  stream: 1 | 2;
  data: string;
  timestamp: number;
}

/** A check's warning attached to a step (BuildKit's lint rules on the build definition). */
export interface VertexWarning {
  vertex: string;
  /** `JSONArgsRecommended: JSON arguments recommended for CMD … (line 3)`. */
  short: string;
  url: string;
}

/** One update: what changed since the previous one. */
export interface SolveStatus {
  vertexes: Vertex[];
  statuses: VertexStatus[];
  logs: VertexLog[];
  warnings?: VertexWarning[];
}

export type ProgressListener = (status: SolveStatus) => void;
