import type { CommandSpec } from '../../command';
import { buildFilters } from '../../opts/filters';
import { humanSize } from '../../format/units';
import { confirm } from '../confirm';
import { StatusError } from '../../errors';

export const volumePruneCommand: CommandSpec = {
  name: 'prune',
  usage: '[OPTIONS]',
  short: 'Remove unused local volumes',
  args: { max: 0 },
  flags: [
    {
      name: 'all',
      short: 'a',
      type: 'bool',
      usage: 'Remove all unused volumes, not just anonymous ones',
      hidden: true,
    },
    { name: 'filter', type: 'filter', usage: 'Provide filter values (e.g. "label=<label>")' },
    { name: 'force', short: 'f', type: 'bool', usage: 'Do not prompt for confirmation' },
  ],
  async run(cli, args, flags) {
    // CLI 28 offers -a/--all only from API 1.42: against this 1.41 engine it is hidden from the help
    // and refused (recorded), so prune removes anonymous volumes only.
    if (flags.isSet('all')) {
      throw new StatusError(
        '"--all" requires API version 1.42, but the Docker daemon API version is 1.41',
        1,
      );
    }
    const warning = 'WARNING! This will remove anonymous local volumes not used by at least one container.';
    if (!(await confirm(cli, flags.bool('force'), warning))) return 0;
    const filters = buildFilters(flags.list('filter'));
    const r = await cli.client.volumePrune(filters);
    let out = '';
    if (r.VolumesDeleted && r.VolumesDeleted.length > 0)
      out += `Deleted Volumes:\n${r.VolumesDeleted.join('\n')}\n\n`;
    cli.out(`${out}Total reclaimed space: ${humanSize(r.SpaceReclaimed ?? 0)}\n`);
    return 0;
  },
};
