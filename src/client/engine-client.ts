// EngineClient: typed calls of Docker Engine API v1.41 over a transport, returning Docker's JSON
// shapes. Daemon errors reject with ClientError (status + Docker's message, which the CLI prints as
// `Error response from daemon: <message>`); streams are async iterables. The docker CLI uses only this.
import type { ApiRequest, ApiResponse, Body } from '../engine/api/http';
import { readBody, text, utf8 } from '../engine/api/http';
import { Channel, demux, parseJsonLines, type Frame } from '../engine/api/stream';
import { parseTimestamp } from '../engine/api/timestamps';
import type {
  AuthConfig,
  AuthResponse,
  ContainerCreateRequest,
  ContainerCreateResponse,
  ContainerInspect,
  ContainerSummary,
  ContainerTopResponse,
  ContainerUpdateRequest,
  ContainerUpdateResponse,
  ContainerWaitResponse,
  EventMessage,
  ExecCreateRequest,
  ExecInspect,
  FilesystemChange,
  ImageDeleteResponseItem,
  ImageHistoryItem,
  ImageInspect,
  ImageSearchResult,
  ImageSummary,
  JsonMessage,
  Network,
  NetworkConnectRequest,
  NetworkCreateRequest,
  NetworkCreateResponse,
  NetworkDisconnectRequest,
  PathStat,
  StatsResponse,
  SystemDataUsage,
  SystemInfo,
  SystemVersion,
  Volume,
  VolumeCreateRequest,
  VolumeListResponse,
} from '../engine/api/types';
import type { Transport } from './transport';

/** A daemon error: the HTTP status and Docker's message. */
export class ClientError extends Error {
  override name = 'ClientError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Docker's filters: `{"status":{"running":true}}` (the CLI's form) or `{"status":["running"]}`. */
export type FilterArgs = Record<string, Record<string, boolean> | string[]>;

export interface StreamFrame {
  stream: 'stdout' | 'stderr';
  data: string;
}

/** A hijacked attach/exec connection. */
export interface AttachSession {
  output: AsyncIterable<StreamFrame>;
  write(data: string): void;
  /** Close the write side (stdin EOF). */
  closeWrite(): void;
  /** Drop the connection (detach). */
  close(): void;
}

export interface PruneReport {
  CachesDeleted?: string[] | null;
  ContainersDeleted?: string[] | null;
  ImagesDeleted?: ImageDeleteResponseItem[] | null;
  NetworksDeleted?: string[] | null;
  VolumesDeleted?: string[] | null;
  SpaceReclaimed?: number;
}

type Query = Record<string, string | number | boolean | string[] | undefined | null>;

function toQuery(q: Query): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(q)) {
    if (v === undefined || v === null) continue;
    if (Array.isArray(v)) {
      if (v.length) out[k] = v;
    } else if (typeof v === 'boolean') {
      if (v) out[k] = ['1'];
    } else {
      out[k] = [String(v)];
    }
  }
  return out;
}

function filtersParam(filters: FilterArgs | undefined): string | undefined {
  if (!filters || Object.keys(filters).length === 0) return undefined;
  return JSON.stringify(filters);
}

/** Path segments are escaped as Go's url.PathEscape would; image names keep their slashes. */
function seg(id: string): string {
  return encodeURIComponent(id);
}
function name(ref: string): string {
  return ref.split('/').map(encodeURIComponent).join('/');
}

function encodeAuth(auth: AuthConfig | undefined): Record<string, string> {
  if (!auth) return {};
  let bin = '';
  for (const b of utf8(JSON.stringify(auth))) bin += String.fromCharCode(b);
  return { 'X-Registry-Auth': btoa(bin).replace(/\+/g, '-').replace(/\//g, '_') };
}

async function* textFrames(frames: AsyncIterable<Frame>): AsyncIterable<StreamFrame> {
  const out = new TextDecoder();
  const err = new TextDecoder();
  for await (const f of frames) {
    if (f.stream === 0) continue;
    const isErr = f.stream === 2;
    const data = (isErr ? err : out).decode(f.data, { stream: true });
    if (data) yield { stream: isErr ? 'stderr' : 'stdout', data };
  }
}

async function* rawFrames(chunks: AsyncIterable<Uint8Array>): AsyncIterable<Frame> {
  for await (const data of chunks) yield { stream: 1, data };
}

function chunks(body: Body | null): AsyncIterable<Uint8Array> {
  if (body === null) return (async function* () {})();
  if (body instanceof Uint8Array) {
    const b = body;
    return (async function* () {
      yield b;
    })();
  }
  return body;
}

export class EngineClient {
  constructor(private readonly transport: Transport) {}

  // ---- plumbing -------------------------------------------------------------------------

  /** One raw request: the response whatever its status (for curl-like callers). */
  raw(req: ApiRequest): Promise<ApiResponse> {
    return this.transport.request(req);
  }

  private async send(
    method: string,
    path: string,
    query: Query = {},
    body: unknown = undefined,
    headers: Record<string, string> = {},
  ): Promise<ApiResponse> {
    let payload: Body | null = null;
    const h: Record<string, string> = { ...headers };
    if (body instanceof Uint8Array) {
      payload = body;
      h['Content-Type'] ??= 'application/x-tar';
    } else if (body !== undefined) {
      payload = utf8(JSON.stringify(body));
      h['Content-Type'] = 'application/json';
    }
    const res = await this.transport.request({
      method,
      path,
      query: toQuery(query),
      headers: lower(h),
      body: payload,
    });
    if (res.status >= 400 || res.status === 304) throw await this.errorOf(res);
    return res;
  }

  private async errorOf(res: ApiResponse): Promise<ClientError> {
    const raw = text(await readBody(res.body)).trim();
    let message = raw;
    const ct = res.headers['Content-Type'] ?? '';
    if (ct.includes('json') && raw) {
      try {
        message = (JSON.parse(raw) as { message?: string }).message ?? raw;
      } catch {
        message = raw;
      }
    }
    return new ClientError(res.status, message);
  }

  private async json<V>(
    method: string,
    path: string,
    query: Query = {},
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<V> {
    const res = await this.send(method, path, query, body, headers);
    const raw = text(await readBody(res.body));
    return (raw.trim() === '' ? null : JSON.parse(raw)) as V;
  }

  private async empty(method: string, path: string, query: Query = {}, body?: unknown): Promise<void> {
    const res = await this.send(method, path, query, body);
    await readBody(res.body);
  }

  private async *messages<V>(
    method: string,
    path: string,
    query: Query,
    body?: unknown,
    headers?: Record<string, string>,
  ): AsyncIterable<V> {
    const res = await this.send(method, path, query, body, headers);
    yield* parseJsonLines<V>(chunks(res.body));
  }

  /** Opens a hijacked connection; stdin flows from `write`, output is demultiplexed unless tty. */
  private async hijack(
    path: string,
    query: Query,
    body: unknown,
    tty: boolean,
    withStdin: boolean,
  ): Promise<AttachSession> {
    const stdin = new Channel<Uint8Array>();
    if (!withStdin) stdin.end();
    const h: Record<string, string> = { connection: 'Upgrade', upgrade: 'tcp' };
    let payload: Body | null = null;
    if (body !== undefined) {
      // exec start: the JSON body, then the upgraded connection carries stdin.
      h['content-type'] = 'application/json';
      payload = utf8(JSON.stringify(body));
    }
    const res = await this.transport.request({
      method: 'POST',
      path,
      query: toQuery(query),
      headers: h,
      body: payload,
      stdin,
    });
    if (res.status >= 400) {
      stdin.end();
      throw await this.errorOf(res);
    }
    const out = chunks(res.body);
    let closed = false;
    const output = (async function* () {
      const frames = tty ? rawFrames(out) : demux(out);
      for await (const f of textFrames(frames)) {
        if (closed) return;
        yield f;
      }
    })();
    return {
      output,
      write: (data) => stdin.push(utf8(data)),
      closeWrite: () => stdin.end(),
      close: () => {
        closed = true;
        stdin.end();
      },
    };
  }

  // ---- system ---------------------------------------------------------------------------

  async ping(): Promise<void> {
    await this.empty('GET', '/_ping');
  }
  version(): Promise<SystemVersion> {
    return this.json('GET', '/version');
  }
  info(): Promise<SystemInfo> {
    return this.json('GET', '/info');
  }
  diskUsage(): Promise<SystemDataUsage> {
    return this.json('GET', '/system/df');
  }
  events(opts: { since?: string; until?: string; filters?: FilterArgs } = {}): AsyncIterable<EventMessage> {
    return this.messages('GET', '/events', {
      since: opts.since,
      until: opts.until,
      filters: filtersParam(opts.filters),
    });
  }
  login(auth: AuthConfig): Promise<AuthResponse> {
    return this.json('POST', '/auth', {}, auth);
  }

  // ---- containers -----------------------------------------------------------------------

  containerList(
    opts: { all?: boolean; limit?: number; size?: boolean; filters?: FilterArgs } = {},
  ): Promise<ContainerSummary[]> {
    return this.json('GET', '/containers/json', {
      all: opts.all,
      limit: opts.limit !== undefined && opts.limit > 0 ? opts.limit : undefined,
      size: opts.size,
      filters: filtersParam(opts.filters),
    });
  }
  containerCreate(
    body: ContainerCreateRequest,
    opts: { name?: string; platform?: string } = {},
  ): Promise<ContainerCreateResponse> {
    return this.json(
      'POST',
      '/containers/create',
      { name: opts.name || undefined, platform: opts.platform || undefined },
      body,
    );
  }
  containerInspect(id: string, opts: { size?: boolean } = {}): Promise<ContainerInspect> {
    return this.json('GET', `/containers/${seg(id)}/json`, { size: opts.size });
  }
  containerStart(id: string, opts: { detachKeys?: string } = {}): Promise<void> {
    return this.empty('POST', `/containers/${seg(id)}/start`, { detachKeys: opts.detachKeys || undefined });
  }
  containerStop(id: string, opts: { signal?: string; timeout?: number } = {}): Promise<void> {
    return this.empty('POST', `/containers/${seg(id)}/stop`, { t: opts.timeout });
  }
  containerRestart(id: string, opts: { signal?: string; timeout?: number } = {}): Promise<void> {
    return this.empty('POST', `/containers/${seg(id)}/restart`, { t: opts.timeout });
  }
  containerKill(id: string, signal?: string): Promise<void> {
    return this.empty('POST', `/containers/${seg(id)}/kill`, { signal: signal || undefined });
  }
  containerPause(id: string): Promise<void> {
    return this.empty('POST', `/containers/${seg(id)}/pause`);
  }
  containerUnpause(id: string): Promise<void> {
    return this.empty('POST', `/containers/${seg(id)}/unpause`);
  }
  containerRemove(
    id: string,
    opts: { force?: boolean; volumes?: boolean; link?: boolean } = {},
  ): Promise<void> {
    return this.empty('DELETE', `/containers/${seg(id)}`, {
      force: opts.force,
      v: opts.volumes,
      link: opts.link,
    });
  }
  containerRename(id: string, newName: string): Promise<void> {
    return this.empty('POST', `/containers/${seg(id)}/rename`, { name: newName });
  }
  async containerWait(
    id: string,
    condition?: 'not-running' | 'next-exit' | 'removed',
  ): Promise<ContainerWaitResponse> {
    return (await this.containerWaitStart(id, condition)).result;
  }
  /**
   * Starts waiting (the daemon answers headers at once, as `docker run` needs before it starts the
   * container) and gives the final status as a promise.
   */
  async containerWaitStart(
    id: string,
    condition?: 'not-running' | 'next-exit' | 'removed',
  ): Promise<{ result: Promise<ContainerWaitResponse> }> {
    const res = await this.send('POST', `/containers/${seg(id)}/wait`, { condition });
    const result = readBody(res.body).then((b) => JSON.parse(text(b)) as ContainerWaitResponse);
    result.catch(() => {});
    return { result };
  }
  async *containerLogs(
    id: string,
    opts: {
      follow?: boolean;
      stdout?: boolean;
      stderr?: boolean;
      since?: string;
      until?: string;
      timestamps?: boolean;
      tail?: string;
      details?: boolean;
    },
  ): AsyncIterable<StreamFrame> {
    checkTimestamp('since', opts.since);
    checkTimestamp('until', opts.until);
    const info = await this.containerInspect(id);
    const res = await this.send('GET', `/containers/${seg(id)}/logs`, {
      follow: opts.follow,
      stdout: opts.stdout,
      stderr: opts.stderr,
      since: opts.since || undefined,
      until: opts.until || undefined,
      timestamps: opts.timestamps,
      tail: opts.tail || undefined,
      details: opts.details,
    });
    const body = chunks(res.body);
    yield* textFrames(info.Config.Tty ? rawFrames(body) : demux(body));
  }
  async containerAttach(
    id: string,
    opts: {
      stream: boolean;
      stdin: boolean;
      stdout: boolean;
      stderr: boolean;
      logs?: boolean;
      detachKeys?: string;
    },
  ): Promise<AttachSession> {
    const info = await this.containerInspect(id);
    const query = {
      stream: opts.stream,
      stdin: opts.stdin,
      stdout: opts.stdout,
      stderr: opts.stderr,
      logs: opts.logs,
      detachKeys: opts.detachKeys || undefined,
    };
    return this.hijack(
      `/containers/${seg(id)}/attach`,
      query,
      undefined,
      Boolean(info.Config.Tty),
      opts.stdin,
    );
  }
  containerResize(id: string, size: { h: number; w: number }): Promise<void> {
    return this.empty('POST', `/containers/${seg(id)}/resize`, { h: size.h, w: size.w });
  }
  containerTop(id: string, psArgs?: string): Promise<ContainerTopResponse> {
    return this.json('GET', `/containers/${seg(id)}/top`, { ps_args: psArgs || undefined });
  }
  containerStats(id: string, opts: { stream: boolean }): AsyncIterable<StatsResponse> {
    return this.messages('GET', `/containers/${seg(id)}/stats`, { stream: opts.stream ? '1' : '0' });
  }
  containerChanges(id: string): Promise<FilesystemChange[] | null> {
    return this.json('GET', `/containers/${seg(id)}/changes`);
  }
  async containerExport(id: string): Promise<Uint8Array> {
    return readBody((await this.send('GET', `/containers/${seg(id)}/export`)).body);
  }
  async containerArchiveStat(id: string, path: string): Promise<PathStat> {
    const res = await this.send('HEAD', `/containers/${seg(id)}/archive`, { path });
    await readBody(res.body);
    return decodeStat(res.headers['X-Docker-Container-Path-Stat']);
  }
  async containerArchiveGet(id: string, path: string): Promise<{ stat: PathStat; tar: Uint8Array }> {
    const res = await this.send('GET', `/containers/${seg(id)}/archive`, { path });
    return { stat: decodeStat(res.headers['X-Docker-Container-Path-Stat']), tar: await readBody(res.body) };
  }
  containerArchivePut(
    id: string,
    path: string,
    tar: Uint8Array,
    opts: { noOverwriteDirNonDir?: boolean; copyUIDGID?: boolean } = {},
  ): Promise<void> {
    return this.empty(
      'PUT',
      `/containers/${seg(id)}/archive`,
      { path, noOverwriteDirNonDir: opts.noOverwriteDirNonDir, copyUIDGID: opts.copyUIDGID },
      tar,
    );
  }
  containerUpdate(id: string, update: ContainerUpdateRequest): Promise<ContainerUpdateResponse> {
    return this.json('POST', `/containers/${seg(id)}/update`, {}, update);
  }
  containerPrune(filters: FilterArgs = {}): Promise<PruneReport> {
    return this.json('POST', '/containers/prune', { filters: filtersParam(filters) });
  }
  containerCommit(
    id: string,
    opts: {
      repo?: string;
      tag?: string;
      comment?: string;
      author?: string;
      pause?: boolean;
      changes?: string[];
      config?: Record<string, unknown>;
    },
  ): Promise<{ Id: string }> {
    return this.json(
      'POST',
      '/commit',
      {
        container: id,
        repo: opts.repo || undefined,
        tag: opts.tag || undefined,
        comment: opts.comment || undefined,
        author: opts.author || undefined,
        pause: opts.pause === false ? '0' : undefined,
        changes: opts.changes,
      },
      opts.config ?? {},
    );
  }

  // ---- exec -----------------------------------------------------------------------------

  execCreate(id: string, config: ExecCreateRequest): Promise<{ Id: string }> {
    return this.json('POST', `/containers/${seg(id)}/exec`, {}, config);
  }
  async execStart(
    execId: string,
    opts: { detach: boolean; tty: boolean; stdin?: boolean },
  ): Promise<AttachSession | null> {
    const body = { Detach: opts.detach, Tty: opts.tty };
    if (opts.detach) {
      await this.empty('POST', `/exec/${seg(execId)}/start`, {}, body);
      return null;
    }
    return this.hijack(`/exec/${seg(execId)}/start`, {}, body, opts.tty, opts.stdin ?? true);
  }
  execResize(execId: string, size: { h: number; w: number }): Promise<void> {
    return this.empty('POST', `/exec/${seg(execId)}/resize`, { h: size.h, w: size.w });
  }
  execInspect(execId: string): Promise<ExecInspect> {
    return this.json('GET', `/exec/${seg(execId)}/json`);
  }

  // ---- images ---------------------------------------------------------------------------

  imageList(opts: { all?: boolean; digests?: boolean; filters?: FilterArgs } = {}): Promise<ImageSummary[]> {
    return this.json('GET', '/images/json', {
      all: opts.all,
      digests: opts.digests,
      filters: filtersParam(opts.filters),
    });
  }
  imageCreate(opts: {
    fromImage: string;
    tag: string;
    platform?: string;
    auth?: AuthConfig;
  }): AsyncIterable<JsonMessage> {
    return this.messages(
      'POST',
      '/images/create',
      { fromImage: opts.fromImage, tag: opts.tag || undefined, platform: opts.platform || undefined },
      undefined,
      encodeAuth(opts.auth),
    );
  }
  imagePush(ref: string, opts: { tag?: string; auth?: AuthConfig } = {}): AsyncIterable<JsonMessage> {
    return this.messages('POST', `/images/${name(ref)}/push`, { tag: opts.tag || undefined }, undefined, {
      'X-Registry-Auth': 'e30=',
      ...encodeAuth(opts.auth),
    });
  }
  imageInspect(ref: string): Promise<ImageInspect> {
    return this.json('GET', `/images/${name(ref)}/json`);
  }
  imageHistory(ref: string): Promise<ImageHistoryItem[]> {
    return this.json('GET', `/images/${name(ref)}/history`);
  }
  async imageTag(source: string, repo: string, tag: string): Promise<void> {
    await this.empty('POST', `/images/${name(source)}/tag`, { repo, tag: tag || undefined });
  }
  imageRemove(
    ref: string,
    opts: { force?: boolean; noprune?: boolean } = {},
  ): Promise<ImageDeleteResponseItem[]> {
    return this.json('DELETE', `/images/${name(ref)}`, { force: opts.force, noprune: opts.noprune });
  }
  imagePrune(filters: FilterArgs = {}): Promise<PruneReport> {
    return this.json('POST', '/images/prune', { filters: filtersParam(filters) });
  }
  /** POST /build/prune (docker/client BuildCachePrune). */
  buildCachePrune(opts: { all?: boolean; keepStorage?: number; filters?: FilterArgs } = {}): Promise<PruneReport> {
    return this.json('POST', '/build/prune', {
      all: opts.all || undefined,
      'keep-storage': opts.keepStorage || undefined,
      filters: filtersParam(opts.filters),
    });
  }
  async imageSave(names: string[]): Promise<Uint8Array> {
    return readBody((await this.send('GET', '/images/get', { names })).body);
  }
  imageLoad(tar: Uint8Array, opts: { quiet: boolean }): AsyncIterable<JsonMessage> {
    return this.messages('POST', '/images/load', { quiet: opts.quiet }, tar);
  }
  imageImport(
    tar: Uint8Array,
    opts: { repo?: string; tag?: string; message?: string; changes?: string[]; platform?: string } = {},
  ): AsyncIterable<JsonMessage> {
    return this.messages(
      'POST',
      '/images/create',
      {
        fromSrc: '-',
        repo: opts.repo || undefined,
        tag: opts.tag || undefined,
        message: opts.message || undefined,
        changes: opts.changes,
        platform: opts.platform || undefined,
      },
      tar,
    );
  }
  imageSearch(
    term: string,
    opts: { limit?: number; filters?: FilterArgs } = {},
  ): Promise<ImageSearchResult[]> {
    return this.json('GET', '/images/search', {
      term,
      limit: opts.limit,
      filters: filtersParam(opts.filters),
    });
  }
  /** POST /build; `opts` are the query parameters (`t` may repeat, `buildargs`/`labels` as objects). */
  imageBuild(context: Uint8Array, opts: Record<string, unknown> = {}): AsyncIterable<JsonMessage> {
    const q: Query = {};
    for (const [k, v] of Object.entries(opts)) {
      if (v === undefined || v === null) continue;
      if (Array.isArray(v)) q[k] = v.map(String);
      else if (typeof v === 'object') q[k] = JSON.stringify(v);
      else q[k] = v as string | number | boolean;
    }
    return this.messages('POST', '/build', q, context);
  }

  // ---- networks -------------------------------------------------------------------------

  networkList(filters: FilterArgs = {}): Promise<Network[]> {
    return this.json('GET', '/networks', { filters: filtersParam(filters) });
  }
  networkCreate(body: NetworkCreateRequest): Promise<NetworkCreateResponse> {
    return this.json('POST', '/networks/create', {}, body);
  }
  networkInspect(id: string, opts: { verbose?: boolean; scope?: string } = {}): Promise<Network> {
    return this.json('GET', `/networks/${seg(id)}`, {
      verbose: opts.verbose,
      scope: opts.scope || undefined,
    });
  }
  networkRemove(id: string): Promise<void> {
    return this.empty('DELETE', `/networks/${seg(id)}`);
  }
  networkConnect(id: string, body: NetworkConnectRequest): Promise<void> {
    return this.empty('POST', `/networks/${seg(id)}/connect`, {}, body);
  }
  networkDisconnect(id: string, body: NetworkDisconnectRequest): Promise<void> {
    return this.empty('POST', `/networks/${seg(id)}/disconnect`, {}, body);
  }
  networkPrune(filters: FilterArgs = {}): Promise<PruneReport> {
    return this.json('POST', '/networks/prune', { filters: filtersParam(filters) });
  }

  // ---- volumes --------------------------------------------------------------------------

  volumeList(filters: FilterArgs = {}): Promise<VolumeListResponse> {
    return this.json('GET', '/volumes', { filters: filtersParam(filters) });
  }
  volumeCreate(body: VolumeCreateRequest): Promise<Volume> {
    return this.json('POST', '/volumes/create', {}, body);
  }
  volumeInspect(volumeName: string): Promise<Volume> {
    return this.json('GET', `/volumes/${seg(volumeName)}`);
  }
  volumeRemove(volumeName: string, opts: { force?: boolean } = {}): Promise<void> {
    return this.empty('DELETE', `/volumes/${seg(volumeName)}`, { force: opts.force });
  }
  volumePrune(filters: FilterArgs = {}): Promise<PruneReport> {
    return this.json('POST', '/volumes/prune', { filters: filtersParam(filters) });
  }

  // ---- swarm objects and plugins (inspect --type) ----
  /** GET /nodes|services|tasks|secrets|configs/{id}: a swarm object (503 on a node outside a swarm). */
  swarmObjectInspect(kind: SwarmObjectKind, id: string): Promise<Record<string, unknown>> {
    return this.json('GET', `/${kind}s/${seg(id)}`);
  }
  pluginInspect(ref: string): Promise<Record<string, unknown>> {
    return this.json('GET', `/plugins/${name(ref)}/json`);
  }
}

/** The swarm objects `docker inspect --type` knows. */
export type SwarmObjectKind = 'node' | 'service' | 'task' | 'secret' | 'config';

/**
 * Docker's client checks a logs since/until value before sending it (`invalid value for "since": …`).
 * The engine reads the value itself, against its own clock (the simulator's may be virtual).
 */
function checkTimestamp(name: 'since' | 'until', value: string | undefined): void {
  try {
    parseTimestamp(value, 0);
  } catch (e) {
    throw new Error(`invalid value for "${name}": ${(e as Error).message}`);
  }
}

function lower(h: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(h).map(([k, v]) => [k.toLowerCase(), v]));
}

function decodeStat(header: string | undefined): PathStat {
  if (!header) throw new ClientError(500, 'unable to get resource stat from response');
  const bin = atob(header);
  return JSON.parse(text(Uint8Array.from(bin, (c) => c.charCodeAt(0)))) as PathStat;
}
