import type { CommandSpec } from '../../command';
import { buildFilters } from '../../opts/filters';
import { humanSize } from '../../format/units';
import { confirm } from '../confirm';

export const containerPruneCommand: CommandSpec = {
  name: 'prune',
  usage: '[OPTIONS]',
  short: 'Remove all stopped containers',
  args: { max: 0 },
  flags: [
    { name: 'filter', type: 'filter', usage: 'Provide filter values (e.g. "until=<timestamp>")' },
    { name: 'force', short: 'f', type: 'bool', usage: 'Do not prompt for confirmation' },
  ],
  async run(cli, args, flags) {
    const ok = await confirm(cli, flags.bool('force'), 'WARNING! This will remove all stopped containers.');
    if (!ok) return 0;
    const r = await cli.client.containerPrune(buildFilters(flags.list('filter')));
    let out = '';
    if (r.ContainersDeleted && r.ContainersDeleted.length > 0)
      out += `Deleted Containers:\n${r.ContainersDeleted.join('\n')}\n\n`;
    cli.out(`${out}Total reclaimed space: ${humanSize(r.SpaceReclaimed ?? 0)}\n`);
    return 0;
  },
};
