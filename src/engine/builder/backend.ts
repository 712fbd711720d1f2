// POST /build for the Engine API router (routes/images.ts `ImageBackend.build`): the context arrives as
// a tar (plain or gzip), the Dockerfile is read from it, and the build's progress is streamed as
// JSON messages the way moby streams BuildKit's:
//   {"id":"moby.buildkit.trace","aux":<SolveStatus>}   one per progress update (JSON, not protobuf)
//   {"id":"moby.image.id","aux":{"ID":"sha256:…"}}     when the image is written
//   {"id":"moby.buildkit.error","aux":{"location":{"start":2,"end":2},"dockerfile":"Dockerfile","source":"…"}}
//   {"errorDetail":{"message":"…"},"error":"…"}         when the build fails (BuildKit's message, without
//                                                      the client's "failed to solve: " prefix)

import { inflate } from 'pako';
import type { Body } from '../api/http';
import type { JsonMessage } from '../api/types';
import { MemFs } from '../fs/memfs';
import { dirname, normalize } from '../fs/path';
import { readTar } from '../layer/tar';
import { build, type BuildDeps } from './build';
import { loadContext } from './context';
import { BuildError } from './errors';

export interface ApiBuildOptions {
  tags: string[];
  dockerfile: string;
  buildArgs: Record<string, string | null>;
  labels: Record<string, string>;
  target: string;
  noCache: boolean;
  pull: boolean;
}

const ROOT = '/context';

async function bytesOf(body: Body): Promise<Uint8Array> {
  if (body instanceof Uint8Array) return body;
  const chunks: Uint8Array[] = [];
  for await (const c of body) chunks.push(c);
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The context tar unpacked into a filesystem of its own, under /context. */
export function contextFs(tar: Uint8Array): MemFs {
  const fs = new MemFs();
  fs.mkdir(ROOT);
  if (tar.length === 0) return fs;
  const bytes = tar[0] === 0x1f && tar[1] === 0x8b ? inflate(tar) : tar;
  for (const r of readTar(bytes)) {
    const path = normalize(`${ROOT}/${r.name}`);
    if (!path.startsWith(ROOT + '/')) continue;
    fs.mkdir(dirname(path), { recursive: true });
    if (r.type === 'dir') {
      if (!fs.exists(path)) fs.mkdir(path, { mode: r.mode, uid: r.uid, gid: r.gid });
    } else if (r.type === 'file')
      fs.writeFile(path, r.data ?? new Uint8Array(), { mode: r.mode, uid: r.uid, gid: r.gid });
    else if (r.type === 'symlink') fs.symlink(r.linkname ?? '', path);
    else continue;
    fs.utimes(path, r.mtime * 1000, r.mtime * 1000);
  }
  return fs;
}

class Channel<T> implements AsyncIterable<T> {
  private readonly items: T[] = [];
  private waiting: (() => void) | null = null;
  private closed = false;

  push(item: T): void {
    this.items.push(item);
    this.waiting?.();
  }
  close(): void {
    this.closed = true;
    this.waiting?.();
  }
  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    for (;;) {
      while (this.items.length) yield this.items.shift()!;
      if (this.closed) return;
      await new Promise<void>((resolve) => (this.waiting = resolve));
      this.waiting = null;
    }
  }
}

/** Runs a build from an API request; the returned stream ends when the build does. */
export async function buildFromApi(
  deps: BuildDeps,
  context: Body,
  opts: ApiBuildOptions,
): Promise<AsyncIterable<JsonMessage>> {
  const fs = contextFs(await bytesOf(context));
  const out = new Channel<JsonMessage>();
  const name = opts.dockerfile || 'Dockerfile';
  const dockerfilePath = normalize(name.startsWith('/') ? name : `${ROOT}/${name}`);
  const baseName = name.slice(name.lastIndexOf('/') + 1);
  const dockerfile = fs.exists(dockerfilePath) ? fs.readText(dockerfilePath) : null;
  const fail = (message: string) => out.push({ errorDetail: { message }, error: message });
  void (async () => {
    try {
      const buildArgs: Record<string, string> = {};
      for (const [k, v] of Object.entries(opts.buildArgs)) if (v !== null) buildArgs[k] = v;
      const res = await build(
        deps,
        {
          context: loadContext(fs, ROOT, { dockerfile: dockerfilePath }),
          dockerfile,
          dockerfileName: baseName,
          dockerfilePath,
          tags: opts.tags,
          buildArgs,
          target: opts.target || undefined,
          noCache: opts.noCache,
          labels: opts.labels,
          pull: opts.pull,
        },
        (status) =>
          out.push({ id: 'moby.buildkit.trace', aux: status as unknown as Record<string, unknown> }),
      );
      out.push({ id: 'moby.image.id', aux: { ID: res.imageId } });
    } catch (err) {
      if (err instanceof BuildError && err.location) {
        out.push({
          id: 'moby.buildkit.error',
          aux: {
            location: err.location,
            dockerfile: baseName,
            source: dockerfile ?? '',
          },
        });
      }
      fail((err as Error).message);
    } finally {
      out.close();
    }
  })();
  return out;
}
