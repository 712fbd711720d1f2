// Routes of /containers (moby api/server/router/container), and what they need from the engine.
import type { Filters } from '../filters';
import { Filters as FiltersParser } from '../filters';
import { CONFIG_FIELDS, ContainerCreateBody, ContainerUpdateBody, ExecCreateBody } from '../bodies';
import { InvalidParameter } from '../errors';
import { utf8, type Body } from '../http';
import { hijacked, json, noContent, stream } from '../respond';
import type { Route } from '../router';
import { frameOutput, type Frame } from '../stream';
import { parseTimestamp } from '../timestamps';
import type {
  ContainerCreateRequest,
  ContainerCreateResponse,
  ContainerInspect,
  ContainerSummary,
  ContainerTopResponse,
  ContainerUpdateRequest,
  ContainerUpdateResponse,
  ContainerWaitResponse,
  ExecCreateRequest,
  FilesystemChange,
  PathStat,
  StatsResponse,
} from '../types';

/** Output of a container or exec: frames, and whether they come from a TTY (then sent raw). */
export interface OutputStream {
  tty: boolean;
  output: AsyncIterable<Frame>;
}

export interface LogsOptions {
  stdout: boolean;
  stderr: boolean;
  follow: boolean;
  timestamps: boolean;
  /** `all` or a number of lines. */
  tail: string;
  /** Seconds since the epoch (fractional), or undefined for no bound. */
  since: number | undefined;
  until: number | undefined;
}

export interface AttachOptions {
  stream: boolean;
  logs: boolean;
  stdin: boolean;
  stdout: boolean;
  stderr: boolean;
  detachKeys: string;
}

export type WaitCondition = 'not-running' | 'next-exit' | 'removed';

export interface ContainerBackend {
  containerList(opts: {
    all: boolean;
    limit: number | undefined;
    size: boolean;
    filters: Filters;
  }): Promise<ContainerSummary[]>;
  containerCreate(name: string, config: ContainerCreateRequest): Promise<ContainerCreateResponse>;
  containerInspect(id: string, opts: { size: boolean }): Promise<ContainerInspect>;
  containerTop(id: string, psArgs: string): Promise<ContainerTopResponse>;
  containerLogs(id: string, opts: LogsOptions): Promise<OutputStream>;
  containerChanges(id: string): Promise<FilesystemChange[] | null>;
  containerExport(id: string): Promise<Body>;
  containerStats(
    id: string,
    opts: { stream: boolean; oneShot: boolean },
  ): Promise<AsyncIterable<StatsResponse>>;
  containerResize(id: string, height: number, width: number): Promise<void>;
  /** Throws NotModified when already started. */
  containerStart(id: string, detachKeys: string): Promise<void>;
  /** Throws NotModified when already stopped. `timeout` in seconds; undefined: the container's own. */
  containerStop(id: string, timeout: number | undefined): Promise<void>;
  containerRestart(id: string, timeout: number | undefined): Promise<void>;
  containerKill(id: string, signal: string): Promise<void>;
  containerUpdate(id: string, update: ContainerUpdateRequest): Promise<ContainerUpdateResponse>;
  containerRename(id: string, newName: string): Promise<void>;
  containerPause(id: string): Promise<void>;
  containerUnpause(id: string): Promise<void>;
  /** Stdin chunks arrive on `stdin` when opts.stdin; the output ends when the container stops or detaches. */
  containerAttach(
    id: string,
    opts: AttachOptions,
    stdin: AsyncIterable<Uint8Array> | null,
  ): Promise<OutputStream>;
  /**
   * Resolves once the container is known (a 404 is thrown before any response is sent), with the
   * final status still pending in `result`: Docker sends the headers at once, the body when it ends.
   */
  containerWait(id: string, condition: WaitCondition): Promise<{ result: Promise<ContainerWaitResponse> }>;
  containerRemove(id: string, opts: { force: boolean; removeVolumes: boolean; link: boolean }): Promise<void>;
  containerArchiveStat(id: string, path: string): Promise<PathStat>;
  containerArchiveGet(id: string, path: string): Promise<{ stat: PathStat; tar: Body }>;
  containerArchivePut(
    id: string,
    path: string,
    tar: Uint8Array,
    opts: { noOverwriteDirNonDir: boolean; copyUIDGID: boolean },
  ): Promise<void>;
  containersPrune(filters: Filters): Promise<{ ContainersDeleted: string[] | null; SpaceReclaimed: number }>;
  containerExecCreate(id: string, config: ExecCreateRequest): Promise<{ Id: string }>;
}

function base64(textValue: string): string {
  let bin = '';
  for (const b of utf8(textValue)) bin += String.fromCharCode(b);
  return btoa(bin);
}

function statHeader(stat: PathStat): Record<string, string> {
  return { 'X-Docker-Container-Path-Stat': base64(JSON.stringify(stat)) };
}

function archivePath(path: string | undefined): string {
  if (!path) throw new InvalidParameter('bad parameter: pathcannot be empty');
  return path;
}

export const containerRoutes: Route[] = [
  {
    method: 'GET',
    path: '/containers/json',
    handler: async ({ query, backend }) => {
      // Filter keys and values are checked by the daemon, as in moby (daemon/list.go).
      const filters = FiltersParser.parse(query.string('filters'));
      const limit = query.int('limit');
      const list = await backend.containerList({
        all: query.bool('all'),
        limit,
        size: query.bool('size'),
        filters,
      });
      return json(200, list);
    },
  },
  {
    method: 'POST',
    path: '/containers/create',
    handler: async (ctx) => {
      const name = ctx.query.string('name') ?? '';
      const body = await ctx.json<ContainerCreateRequest | null>(ContainerCreateBody);
      if (!body || !CONFIG_FIELDS.some((f) => f in body)) {
        throw new InvalidParameter('Config cannot be empty in order to create a container');
      }
      return json(201, await ctx.backend.containerCreate(name, body));
    },
  },
  {
    method: 'POST',
    path: '/containers/prune',
    handler: async ({ query, backend }) => {
      return json(200, await backend.containersPrune(FiltersParser.parse(query.string('filters'))));
    },
  },
  {
    method: 'GET',
    path: '/containers/{id:.*}/json',
    handler: async ({ params, query, backend }) =>
      json(200, await backend.containerInspect(params.id, { size: query.bool('size') })),
  },
  {
    method: 'GET',
    path: '/containers/{id:.*}/top',
    handler: async ({ params, query, backend }) =>
      json(200, await backend.containerTop(params.id, query.string('ps_args') ?? '')),
  },
  {
    method: 'GET',
    path: '/containers/{id:.*}/logs',
    handler: async ({ params, query, backend }) => {
      const opts: LogsOptions = {
        stdout: query.bool('stdout'),
        stderr: query.bool('stderr'),
        follow: query.bool('follow'),
        timestamps: query.bool('timestamps'),
        tail: query.string('tail') ?? 'all',
        since: parseTimestamp(query.string('since'), backend.now()),
        until: parseTimestamp(query.string('until'), backend.now()),
      };
      if (!opts.stdout && !opts.stderr) {
        throw new InvalidParameter('Bad parameters: you must choose at least one stream');
      }
      const out = await backend.containerLogs(params.id, opts);
      return stream(200, null, frameOutput(out.output, out.tty));
    },
  },
  {
    method: 'GET',
    path: '/containers/{id:.*}/changes',
    handler: async ({ params, backend }) => json(200, await backend.containerChanges(params.id)),
  },
  {
    method: 'GET',
    path: '/containers/{id:.*}/export',
    handler: async ({ params, backend }) =>
      // dockerd sets no type: Go sniffs the tar as application/octet-stream.
      stream(200, 'application/octet-stream', await backend.containerExport(params.id)),
  },
  {
    method: 'GET',
    path: '/containers/{id:.*}/stats',
    handler: async ({ params, query, backend }) => {
      const streaming = query.boolOr('stream', true);
      const stats = await backend.containerStats(params.id, {
        stream: streaming,
        oneShot: query.bool('one-shot'),
      });
      const lines = (async function* () {
        for await (const s of stats) yield utf8(JSON.stringify(s) + '\n');
      })();
      return stream(200, 'application/json', lines);
    },
  },
  {
    method: 'POST',
    path: '/containers/{id:.*}/resize',
    handler: async ({ params, query, backend }) => {
      const h = query.intParam('h') ?? 0;
      const w = query.intParam('w') ?? 0;
      await backend.containerResize(params.id, h, w);
      return noContent(200);
    },
  },
  {
    method: 'POST',
    path: '/containers/{id:.*}/start',
    handler: async (ctx) => {
      if ((await ctx.bytes()).length > 0) {
        throw new InvalidParameter(
          'starting container with non-empty request body was deprecated since API v1.22 and removed in v1.24',
        );
      }
      await ctx.backend.containerStart(ctx.params.id, ctx.query.string('detachKeys') ?? '');
      return noContent();
    },
  },
  {
    method: 'POST',
    path: '/containers/{id:.*}/stop',
    handler: async ({ params, query, backend }) => {
      await backend.containerStop(params.id, query.int('t'));
      return noContent();
    },
  },
  {
    method: 'POST',
    path: '/containers/{id:.*}/restart',
    handler: async ({ params, query, backend }) => {
      await backend.containerRestart(params.id, query.int('t'));
      return noContent();
    },
  },
  {
    method: 'POST',
    path: '/containers/{id:.*}/kill',
    handler: async ({ params, query, backend }) => {
      await backend.containerKill(params.id, query.string('signal') ?? '');
      return noContent();
    },
  },
  {
    method: 'POST',
    path: '/containers/{id:.*}/update',
    handler: async (ctx) => {
      const body = (await ctx.json<ContainerUpdateRequest | null>(ContainerUpdateBody)) ?? {};
      return json(200, await ctx.backend.containerUpdate(ctx.params.id, body));
    },
  },
  {
    method: 'POST',
    path: '/containers/{id:.*}/rename',
    handler: async ({ params, query, backend }) => {
      await backend.containerRename(params.id, query.string('name') ?? '');
      return noContent();
    },
  },
  {
    method: 'POST',
    path: '/containers/{id:.*}/pause',
    handler: async ({ params, backend }) => {
      await backend.containerPause(params.id);
      return noContent();
    },
  },
  {
    method: 'POST',
    path: '/containers/{id:.*}/unpause',
    handler: async ({ params, backend }) => {
      await backend.containerUnpause(params.id);
      return noContent();
    },
  },
  {
    method: 'POST',
    path: '/containers/{id:.*}/attach',
    handler: async ({ params, query, headers, stdin: input, backend }) => {
      const opts: AttachOptions = {
        stream: query.bool('stream'),
        logs: query.bool('logs'),
        stdin: query.bool('stdin'),
        stdout: query.bool('stdout'),
        stderr: query.bool('stderr'),
        detachKeys: query.string('detachKeys') ?? '',
      };
      const stdin = opts.stdin ? input : null;
      const out = await backend.containerAttach(params.id, opts, stdin);
      const upgrade = (headers.upgrade ?? '').toLowerCase() === 'tcp';
      return hijacked(upgrade, frameOutput(out.output, out.tty));
    },
  },
  {
    method: 'POST',
    path: '/containers/{id:.*}/wait',
    handler: async ({ params, query, backend }) => {
      const condition = (query.string('condition') || 'not-running') as WaitCondition;
      if (!['not-running', 'next-exit', 'removed'].includes(condition)) {
        throw new InvalidParameter(`invalid condition: "${condition}"`);
      }
      const { result } = await backend.containerWait(params.id, condition);
      const body = (async function* () {
        const { Error: error, StatusCode } = await result;
        yield utf8(JSON.stringify({ Error: error, StatusCode }) + '\n');
      })();
      return stream(200, 'application/json', body);
    },
  },
  {
    method: 'DELETE',
    path: '/containers/{id:.*}',
    handler: async ({ params, query, backend }) => {
      await backend.containerRemove(params.id, {
        force: query.bool('force'),
        removeVolumes: query.bool('v'),
        link: query.bool('link'),
      });
      return noContent();
    },
  },
  {
    method: 'HEAD',
    path: '/containers/{id:.*}/archive',
    handler: async ({ params, query, backend }) => {
      const stat = await backend.containerArchiveStat(params.id, archivePath(query.string('path')));
      return { status: 200, headers: statHeader(stat), body: null };
    },
  },
  {
    method: 'GET',
    path: '/containers/{id:.*}/archive',
    handler: async ({ params, query, backend }) => {
      const { stat, tar } = await backend.containerArchiveGet(params.id, archivePath(query.string('path')));
      return stream(200, 'application/x-tar', tar, statHeader(stat));
    },
  },
  {
    method: 'PUT',
    path: '/containers/{id:.*}/archive',
    handler: async (ctx) => {
      const path = archivePath(ctx.query.string('path'));
      await ctx.backend.containerArchivePut(ctx.params.id, path, await ctx.bytes(), {
        noOverwriteDirNonDir: ctx.query.bool('noOverwriteDirNonDir'),
        copyUIDGID: ctx.query.bool('copyUIDGID'),
      });
      return noContent(200);
    },
  },
  {
    method: 'POST',
    path: '/containers/{id:.*}/exec',
    handler: async (ctx) => {
      const body = await ctx.json<ExecCreateRequest | null>(ExecCreateBody);
      if (!body || !body.Cmd || body.Cmd.length === 0)
        throw new InvalidParameter('No exec command specified');
      return json(201, await ctx.backend.containerExecCreate(ctx.params.id, body));
    },
  },
];
