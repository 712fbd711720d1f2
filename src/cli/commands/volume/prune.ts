import type { CommandSpec } from '../../command';
import { buildFilters } from '../../opts/filters';
import { humanSize } from '../../format/units';
import { confirm } from '../confirm';

export const volumePruneCommand: CommandSpec = {
  name: 'prune',
  usage: '[OPTIONS]',
  short: 'Remove unused local volumes',
  args: { max: 0 },
  flags: [
    { name: 'filter', type: 'filter', usage: 'Provide filter values (e.g. "label=<label>")' },
    { name: 'force', short: 'f', type: 'bool', usage: 'Do not prompt for confirmation' },
  ],
  async run(cli, args, flags) {
    const all = flags.bool('all');
    const warning = all
      ? 'WARNING! This will remove all local volumes not used by at least one container.'
      : 'WARNING! This will remove anonymous local volumes not used by at least one container.';
    if (!(await confirm(cli, flags.bool('force'), warning))) return 0;
    const filters = buildFilters(flags.list('filter'));
    if (all) (filters.all ??= {}).true = true;
    const r = await cli.client.volumePrune(filters);
    let out = '';
    if (r.VolumesDeleted && r.VolumesDeleted.length > 0)
      out += `Deleted Volumes:\n${r.VolumesDeleted.join('\n')}\n\n`;
    cli.out(`${out}Total reclaimed space: ${humanSize(r.SpaceReclaimed ?? 0)}\n`);
    return 0;
  },
};
