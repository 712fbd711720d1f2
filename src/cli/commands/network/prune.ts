import type { CommandSpec } from '../../command';
import { buildFilters } from '../../opts/filters';
import { confirm } from '../confirm';

export const networkPruneCommand: CommandSpec = {
  name: 'prune',
  usage: '[OPTIONS]',
  short: 'Remove all unused networks',
  args: { max: 0 },
  flags: [
    { name: 'filter', type: 'filter', usage: 'Provide filter values (e.g. "until=<timestamp>")' },
    { name: 'force', short: 'f', type: 'bool', usage: 'Do not prompt for confirmation' },
  ],
  async run(cli, args, flags) {
    const ok = await confirm(
      cli,
      flags.bool('force'),
      'WARNING! This will remove all custom networks not used by at least one container.',
    );
    if (!ok) return 0;
    const r = await cli.client.networkPrune(buildFilters(flags.list('filter')));
    if (r.NetworksDeleted && r.NetworksDeleted.length > 0)
      cli.out(`Deleted Networks:\n${r.NetworksDeleted.join('\n')}\n\n`);
    return 0;
  },
};
