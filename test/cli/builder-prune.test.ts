// `docker builder prune` and the build cache step of `docker system prune`, through the CLI against
// the simulated engine: ids of the deleted records, reclaimed space, and a rebuild that runs its steps.
import { describe, expect, it } from 'vitest';
import { buildCacheUsage } from '../../src/engine/builder/disk-usage';
import { machine, sh } from '../engine/persist/helpers';
import { schemaRef, validate } from '../contract/schema';
import { runDocker, unreachable } from './harness';

const BUILD = 'docker build -t a ctx';
const DOCKERFILE = 'FROM busybox\\nRUN echo hi > /hi\\nCOPY f /f\\n';

async function built() {
  const w = machine();
  await w.preload(['busybox']);
  await sh(w, `mkdir ctx && printf '${DOCKERFILE}' > ctx/Dockerfile && echo x > ctx/f`, BUILD);
  return w;
}

function cacheIds(w: Awaited<ReturnType<typeof built>>): string[] {
  return buildCacheUsage(w.engine.store)
    .map((r) => r.ID)
    .sort();
}

const PRUNED = /^Deleted build cache objects:\n(?:[0-9a-z]{25}\n)+\nTotal reclaimed space: \d+(\.\d+)?k?B\n$/;

describe('docker builder prune', () => {
  it('prints the help as docker 28 does (without the legacy builder banner)', async () => {
    const r = await runDocker(['builder', 'prune', '--help'], { connect: unreachable });
    expect(r.stdout).toBe(
      [
        'Usage:  docker builder prune',
        '',
        'Remove build cache',
        '',
        'Options:',
        '  -a, --all                  Remove all unused build cache, not just',
        '                             dangling ones',
        '      --filter filter        Provide filter values (e.g. "until=24h")',
        '  -f, --force                Do not prompt for confirmation',
        '      --keep-storage bytes   Amount of disk space to keep for cache',
        '',
      ].join('\n'),
    );
  });

  it('lists build and prune under docker builder, as docker 28 does', async () => {
    const r = await runDocker(['builder', '--help'], { connect: unreachable });
    expect(r.stdout).toBe(
      "Usage:  docker builder COMMAND\n\nManage builds\n\nCommands:\n  build       Build an image from a Dockerfile\n  prune       Remove build cache\n\nRun 'docker builder COMMAND --help' for more information on a command.\n",
    );
  });

  it('keeps the records an image uses, then after rmi deletes them and the next build runs its steps', async () => {
    const w = await built();
    const ids = cacheIds(w);
    expect(ids.length).toBeGreaterThan(0);
    expect(await sh(w, 'docker builder prune -f')).toBe('Total reclaimed space: 0B\n');
    await sh(w, 'docker rmi a');
    const out = await sh(w, 'docker builder prune -f');
    expect(out).toMatch(PRUNED);
    expect(out.split('\n').slice(1, -3).sort()).toEqual(ids);
    expect(out).not.toContain('Total reclaimed space: 0B');
    expect(cacheIds(w)).toEqual([]);
    const again = await w.host.run(BUILD);
    expect(again.exit).toBe(0);
    expect(again.stderr).not.toContain('CACHED');
    expect(await sh(w, 'docker run --rm a cat /hi /f')).toBe('hi\nx\n');
  });

  it('with -a deletes the records of images still present', async () => {
    const w = await built();
    const ids = cacheIds(w);
    const out = await sh(w, 'docker builder prune -af');
    expect(out.split('\n').slice(1, -3).sort()).toEqual(ids);
    const again = await w.host.run(BUILD);
    expect(again.stderr).not.toContain('CACHED');
  });

  it('asks first, on the warning line, and does nothing on N', async () => {
    const w = await built();
    await sh(w, 'docker rmi a');
    const no = await w.host.run('echo n | docker builder prune');
    expect(no.stdout).toBe(
      'WARNING! This will remove all dangling build cache. Are you sure you want to continue? [y/N] ',
    );
    const yes = await w.host.run('echo y | docker builder prune -a');
    expect(yes.stdout).toMatch(
      /^WARNING! This will remove all build cache\. Are you sure you want to continue\? \[y\/N\] Deleted build cache objects:\n/,
    );
  });

  it('filters by description and keeps what --keep-storage allows', async () => {
    const w = await built();
    await sh(w, 'docker rmi a');
    const out = await sh(w, "docker builder prune -f --filter 'description=nothing like this'");
    expect(out).toBe('Total reclaimed space: 0B\n');
    const huge = await sh(w, 'docker builder prune -f --keep-storage 1g');
    expect(huge).toBe('Total reclaimed space: 0B\n');
    const bogus = await w.host.run('docker builder prune -f --filter bogus=1');
    expect(bogus.stderr).toBe("Error response from daemon: Invalid filter 'bogus'\n");
    expect(bogus.exit).toBe(1);
  });

  it('is part of docker system prune, which adds the space to its total', async () => {
    const w = await built();
    await sh(w, 'docker rmi a');
    const out = await sh(w, 'docker system prune -f');
    expect(out).toMatch(/Deleted build cache objects:\n(?:[0-9a-z]{25}\n)+\nTotal reclaimed space: [1-9]/);
    const again = await w.host.run(BUILD);
    expect(again.stderr).not.toContain('CACHED');
  });

  it('answers POST /build/prune in the v1.41 shape (CachesDeleted null when nothing goes)', async () => {
    const w = await built();
    const api = (q: string) =>
      sh(w, `curl -s -X POST --unix-socket /var/run/docker.sock 'http://localhost/v1.41/build/prune${q}'`);
    const ref = schemaRef('response', '/build/prune', 'post', 200);
    const before = cacheIds(w);
    const none = JSON.parse(await api('')) as unknown;
    expect(validate(ref, none)).toBeNull();
    expect(none).toEqual({ CachesDeleted: null, SpaceReclaimed: 0 });
    const all = JSON.parse(await api('?all=1')) as { CachesDeleted: string[]; SpaceReclaimed: number };
    expect(validate(ref, all)).toBeNull();
    expect(all.CachesDeleted.sort()).toEqual(before);
    expect(JSON.parse(await api('?keep-storage=x'))).toEqual({
      message:
        'keep-storage is in bytes and expects an integer, got x: strconv.Atoi: parsing "x": invalid syntax',
    });
  });
});
