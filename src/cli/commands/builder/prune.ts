// `docker builder prune` (docker/cli cli/command/builder/prune.go): one prompt on the warning's line,
// then POST /build/prune; `CachePrune` is also the build cache step of `docker system prune`.
import type { Cli } from '../../cli';
import type { CommandSpec } from '../../command';
import type { FilterArgs } from '../../../client/api-types';
import { buildFilters } from '../../opts/filters';
import { humanSize } from '../../format/units';
import { readLine } from '../read-line';

const NORMAL_WARNING = 'WARNING! This will remove all dangling build cache. Are you sure you want to continue?';
const ALL_CACHE_WARNING = 'WARNING! This will remove all build cache. Are you sure you want to continue?';

/** Prunes the build cache; returns the bytes reclaimed and the `Deleted build cache objects:` text. */
export async function cachePrune(
  cli: Cli,
  opts: { all: boolean; keepStorage?: number; filters: FilterArgs },
): Promise<{ reclaimed: number; output: string }> {
  const report = await cli.client.buildCachePrune(opts);
  const deleted = report.CachesDeleted ?? [];
  const output = deleted.length ? `Deleted build cache objects:\n${deleted.map((id) => `${id}\n`).join('')}` : '';
  return { reclaimed: report.SpaceReclaimed ?? 0, output };
}

export const builderPruneCommand: CommandSpec = {
  name: 'prune',
  usage: '',
  short: 'Remove build cache',
  args: { max: 0 },
  flags: [
    { name: 'all', short: 'a', type: 'bool', usage: 'Remove all unused build cache, not just dangling ones' },
    { name: 'filter', type: 'filter', usage: 'Provide filter values (e.g. "until=24h")' },
    { name: 'force', short: 'f', type: 'bool', usage: 'Do not prompt for confirmation' },
    { name: 'keep-storage', type: 'bytes', usage: 'Amount of disk space to keep for cache' },
  ],
  async run(cli, _args, flags) {
    const all = flags.bool('all');
    if (!flags.bool('force')) {
      cli.out(`${all ? ALL_CACHE_WARNING : NORMAL_WARNING} [y/N] `);
      const answer = ((await readLine(cli)) ?? '').trim().toLowerCase();
      if (answer !== 'y' && answer !== 'yes') return 0;
    }
    const { reclaimed, output } = await cachePrune(cli, {
      all,
      keepStorage: flags.number('keep-storage'),
      filters: buildFilters(flags.list('filter')),
    });
    if (output) cli.out(`${output}\n`);
    cli.out(`Total reclaimed space: ${humanSize(reclaimed)}\n`);
    return 0;
  },
};
