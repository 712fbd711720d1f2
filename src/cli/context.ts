// `--context` / DOCKER_CONTEXT basics: the `default` context is DOCKER_HOST or -H; another context is
// read from the CLI's config directory (contexts/meta/<sha256 of the name>/meta.json) as Docker does.

import { StatusError } from './errors';
import type { CliProcess } from './process';

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export interface Endpoint {
  context: string;
  host: string;
}

/** Resolves the daemon address; throws Docker's initialisation errors. */
export async function resolveEndpoint(
  proc: CliProcess,
  opts: { hosts: string[]; context: string; config: string; defaultHost: string },
): Promise<Endpoint> {
  const context = opts.context || proc.env.DOCKER_CONTEXT || '';
  if (opts.hosts.length > 0 && opts.context)
    throw new StatusError('conflicting options: cannot specify both --host and --context', 1);
  if (opts.hosts.length > 0) return { context: 'default', host: opts.hosts[opts.hosts.length - 1] };
  if (context === '' || context === 'default')
    return { context: 'default', host: proc.env.DOCKER_HOST || opts.defaultHost };
  const meta = `${opts.config}/contexts/meta/${await sha256Hex(context)}/meta.json`;
  if (!proc.fs.exists(meta)) {
    throw new StatusError(
      `Failed to initialize: unable to resolve docker endpoint: context "${context}": context not found: open ${meta}: no such file or directory`,
      1,
    );
  }
  const parsed = JSON.parse(proc.fs.readText(meta)) as { Endpoints?: { docker?: { Host?: string } } };
  return { context, host: parsed.Endpoints?.docker?.Host || opts.defaultHost };
}
