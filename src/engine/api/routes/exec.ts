// Routes of /exec (moby api/server/router/container/exec.go).
import { ExecStartBody } from '../bodies';
import { json, hijacked, noContent } from '../respond';
import type { Route } from '../router';
import { frameOutput } from '../stream';
import type { ExecInspect, ExecStartRequest } from '../types';
import type { OutputStream } from './containers';

export interface ExecBackend {
  /** Detached: resolves once started, with no output. Otherwise streams until the process ends. */
  execStart(
    id: string,
    opts: ExecStartRequest,
    stdin: AsyncIterable<Uint8Array> | null,
  ): Promise<OutputStream | null>;
  execResize(id: string, height: number, width: number): Promise<void>;
  execInspect(id: string): Promise<ExecInspect>;
}

export const execRoutes: Route[] = [
  {
    method: 'POST',
    path: '/exec/{id:.*}/start',
    handler: async (ctx) => {
      const opts = (await ctx.optionalJson<ExecStartRequest | null>(ExecStartBody)) ?? {};
      const out = await ctx.backend.execStart(ctx.params.id, opts, opts.Detach ? null : ctx.stdin);
      if (!out) return noContent(200);
      const upgrade = (ctx.headers.upgrade ?? '').toLowerCase() === 'tcp';
      return hijacked(upgrade, frameOutput(out.output, out.tty));
    },
  },
  {
    method: 'POST',
    path: '/exec/{id:.*}/resize',
    handler: async ({ params, query, backend }) => {
      await backend.execResize(params.id, query.intParam('h') ?? 0, query.intParam('w') ?? 0);
      return noContent(200);
    },
  },
  {
    method: 'GET',
    path: '/exec/{id:.*}/json',
    handler: async ({ params, backend }) => json(200, await backend.execInspect(params.id)),
  },
];
