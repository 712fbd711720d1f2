// Replays fixtures/formats.json (recorded by fixtures/record-formats.mjs): the same API data given to
// our CLI must print what the real docker CLI 28 printed, at the same instant.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EngineApi } from '../../src/cli/engine-api';
import { runDocker } from './harness';

interface Step {
  argv: string[];
  now: number;
  stdout: string;
  stderr: string;
  exit: number;
  data: Record<string, unknown>;
}

const steps = JSON.parse(readFileSync(new URL('./fixtures/formats.json', import.meta.url), 'utf8')) as Step[];

/** Differences we accept on purpose; each one is explained in test/cli/ACCEPTED.md. */
const ACCEPTED = new Set([
  'image inspect -f {{.Config}} busybox',
  'image inspect -f {{ .Metadata }} busybox',
  'images --digests',
]);

/** `docker info` lists runtimes in Go map order (random): compare them as a set. */
function normalize(text: string): string {
  return text.replace(
    /^( Runtimes: )(.*)$/m,
    (_, head: string, list: string) => head + list.split(' ').sort().join(' '),
  );
}

function clientFor(step: Step): Partial<EngineApi> {
  const d = step.data as Record<string, never>;
  return {
    containerList: async (opts) => {
      // The recording asked the API for sizes; without --size the CLI gets none.
      const all = (
        d.containers as unknown as Array<{ State: string; SizeRw?: number; SizeRootFs?: number }>
      ).map((c) => (opts?.size ? c : { ...c, SizeRw: undefined, SizeRootFs: undefined }));
      return (opts?.all ? all : all.filter((c) => c.State === 'running')) as never;
    },
    imageList: async () => d.images,
    networkList: async () => d.networks,
    volumeList: async () => d.volumes,
    imageInspect: async () => d.image,
    imageHistory: async () => d.history,
    version: async () => d.version,
    info: async () => d.info,
    diskUsage: async () => d.df,
    networkInspect: async () => d.network,
    volumeInspect: async () => d.volume,
  };
}

describe('formatters match the recorded docker CLI 28 on the same data', () => {
  for (const step of steps) {
    const name = step.argv.join(' ');
    it.skipIf(ACCEPTED.has(name))(`docker ${name}`, async () => {
      const r = await runDocker(step.argv, { client: clientFor(step), now: step.now });
      expect({ stdout: normalize(r.stdout), stderr: r.stderr, exit: r.exit }).toEqual({
        stdout: normalize(step.stdout),
        stderr: step.stderr,
        exit: step.exit,
      });
    });
  }
});
