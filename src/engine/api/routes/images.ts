// Routes of /images, /commit and /build (moby api/server/router/image and build).
import { ContainerConfig } from '../bodies';
import type { Filters } from '../filters';
import { Filters as FiltersParser } from '../filters';
import { InvalidParameter } from '../errors';
import type { Body } from '../http';
import { json, stream } from '../respond';
import type { Route } from '../router';
import { jsonLines } from '../stream';
import type {
  AuthConfig,
  ContainerConfig as ContainerConfigShape,
  ImageDeleteResponseItem,
  ImageHistoryItem,
  ImageInspect,
  ImageSearchResult,
  ImageSummary,
  JsonMessage,
} from '../types';

export interface BuildOptions {
  tags: string[];
  dockerfile: string;
  buildArgs: Record<string, string | null>;
  labels: Record<string, string>;
  target: string;
  noCache: boolean;
  pull: boolean;
  rm: boolean;
  forceRm: boolean;
  quiet: boolean;
}

export interface ImageBackend {
  imageList(opts: { all: boolean; digests: boolean; filters: Filters }): Promise<ImageSummary[]>;
  /** Pull (fromImage) as a progress stream; errors after the start are messages with `error`. */
  imagePull(image: string, tag: string, auth: AuthConfig | null): Promise<AsyncIterable<JsonMessage>>;
  /** Import a root filesystem tarball (fromSrc=-, body) as an image. */
  imageImport(
    source: Body,
    repo: string,
    tag: string,
    opts: { changes: string[]; message: string },
  ): Promise<AsyncIterable<JsonMessage>>;
  imageInspect(name: string): Promise<ImageInspect>;
  imageHistory(name: string): Promise<ImageHistoryItem[]>;
  imagePush(name: string, tag: string, auth: AuthConfig | null): Promise<AsyncIterable<JsonMessage>>;
  imageTag(name: string, repo: string, tag: string): Promise<void>;
  imageRemove(name: string, opts: { force: boolean; noprune: boolean }): Promise<ImageDeleteResponseItem[]>;
  imageSearch(term: string, limit: number | undefined, filters: Filters): Promise<ImageSearchResult[]>;
  imagesPrune(
    filters: Filters,
  ): Promise<{ ImagesDeleted: ImageDeleteResponseItem[] | null; SpaceReclaimed: number }>;
  imageSave(names: string[]): Promise<Body>;
  imageLoad(tar: Uint8Array, quiet: boolean): Promise<AsyncIterable<JsonMessage>>;
  commit(
    container: string,
    opts: { repo: string; tag: string; comment: string; author: string; pause: boolean; changes: string[] },
    config: ContainerConfigShape | null,
  ): Promise<{ Id: string }>;
  build(context: Body, opts: BuildOptions): Promise<AsyncIterable<JsonMessage>>;
}

/** X-Registry-Auth: base64url JSON of an AuthConfig; absent or unreadable is anonymous. */
export function registryAuth(header: string | undefined): AuthConfig | null {
  if (!header) return null;
  try {
    const b64 = header.replace(/-/g, '+').replace(/_/g, '/');
    const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
    const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
    return JSON.parse(new TextDecoder().decode(bytes)) as AuthConfig;
  } catch {
    return null;
  }
}

function jsonObject<V>(raw: string | undefined, what: string): V | undefined {
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as V;
  } catch {
    throw new InvalidParameter(`invalid ${what} parameter`);
  }
}

const progress = (messages: AsyncIterable<JsonMessage>) =>
  stream(200, 'application/json', jsonLines(messages));

export const imageRoutes: Route[] = [
  {
    method: 'GET',
    path: '/images/json',
    handler: async ({ query, backend }) => {
      // Filters are checked by the daemon, as in moby (daemon/images/images.go).
      const filters = FiltersParser.parse(query.string('filters'));
      return json(
        200,
        await backend.imageList({ all: query.bool('all'), digests: query.bool('digests'), filters }),
      );
    },
  },
  {
    method: 'POST',
    path: '/images/create',
    handler: async ({ query, headers, body, backend }) => {
      const fromImage = query.string('fromImage') ?? '';
      const fromSrc = query.string('fromSrc') ?? '';
      const tag = query.string('tag') ?? '';
      if (fromImage !== '')
        return progress(await backend.imagePull(fromImage, tag, registryAuth(headers['x-registry-auth'])));
      if (fromSrc === '-') {
        const repo = query.string('repo') ?? '';
        const changes = query.all('changes');
        const message = query.string('message') ?? '';
        return progress(await backend.imageImport(body ?? new Uint8Array(), repo, tag, { changes, message }));
      }
      if (fromSrc !== '') throw new InvalidParameter('importing from a URL is not supported by this engine');
      throw new InvalidParameter('fromImage or fromSrc must be set');
    },
  },
  {
    method: 'GET',
    path: '/images/search',
    handler: async ({ query, backend }) => {
      const filters = FiltersParser.parse(query.string('filters'));
      return json(200, await backend.imageSearch(query.string('term') ?? '', query.int('limit'), filters));
    },
  },
  {
    method: 'POST',
    path: '/images/prune',
    handler: async ({ query, backend }) => {
      return json(200, await backend.imagesPrune(FiltersParser.parse(query.string('filters'))));
    },
  },
  {
    method: 'GET',
    path: '/images/get',
    handler: async ({ query, backend }) =>
      stream(200, 'application/x-tar', await backend.imageSave(query.all('names'))),
  },
  {
    method: 'POST',
    path: '/images/load',
    handler: async (ctx) => progress(await ctx.backend.imageLoad(await ctx.bytes(), ctx.query.bool('quiet'))),
  },
  {
    method: 'GET',
    path: '/images/{name:.*}/json',
    handler: async ({ params, backend }) => json(200, await backend.imageInspect(params.name)),
  },
  {
    method: 'GET',
    path: '/images/{name:.*}/history',
    handler: async ({ params, backend }) => json(200, await backend.imageHistory(params.name)),
  },
  {
    method: 'GET',
    path: '/images/{name:.*}/get',
    handler: async ({ params, backend }) =>
      stream(200, 'application/x-tar', await backend.imageSave([params.name])),
  },
  {
    method: 'POST',
    path: '/images/{name:.*}/push',
    handler: async ({ params, query, headers, backend }) =>
      progress(
        await backend.imagePush(
          params.name,
          query.string('tag') ?? '',
          registryAuth(headers['x-registry-auth']),
        ),
      ),
  },
  {
    method: 'POST',
    path: '/images/{name:.*}/tag',
    handler: async ({ params, query, backend }) => {
      await backend.imageTag(params.name, query.string('repo') ?? '', query.string('tag') ?? '');
      return { status: 201, headers: {}, body: null };
    },
  },
  {
    method: 'DELETE',
    path: '/images/{name:.*}',
    handler: async ({ params, query, backend }) =>
      json(
        200,
        await backend.imageRemove(params.name, {
          force: query.bool('force'),
          noprune: query.bool('noprune'),
        }),
      ),
  },
  {
    method: 'POST',
    path: '/commit',
    handler: async (ctx) => {
      const config = (await ctx.optionalJson<ContainerConfigShape | null>(ContainerConfig)) ?? null;
      const q = ctx.query;
      const res = await ctx.backend.commit(
        q.string('container') ?? '',
        {
          repo: q.string('repo') ?? '',
          tag: q.string('tag') ?? '',
          comment: q.string('comment') ?? '',
          author: q.string('author') ?? '',
          pause: q.boolOr('pause', true),
          changes: q.all('changes'),
        },
        config,
      );
      return json(201, res);
    },
  },
  {
    method: 'POST',
    path: '/build',
    handler: async ({ query, body, backend }) => {
      const opts: BuildOptions = {
        tags: query.all('t'),
        dockerfile: query.string('dockerfile') || 'Dockerfile',
        buildArgs: jsonObject<Record<string, string | null>>(query.string('buildargs'), 'buildargs') ?? {},
        labels: jsonObject<Record<string, string>>(query.string('labels'), 'labels') ?? {},
        target: query.string('target') ?? '',
        noCache: query.bool('nocache'),
        pull: query.bool('pull'),
        rm: query.boolOr('rm', true),
        forceRm: query.bool('forcerm'),
        quiet: query.bool('q'),
      };
      return progress(await backend.build(body ?? new Uint8Array(), opts));
    },
  },
];
