import type { CommandSpec } from '../../command';
import { buildFilters } from '../../opts/filters';
import { humanSize } from '../../format/units';
import { confirm } from '../confirm';

export const imagePruneCommand: CommandSpec = {
  name: 'prune',
  usage: '[OPTIONS]',
  short: 'Remove unused images',
  args: { max: 0 },
  flags: [
    { name: 'all', short: 'a', type: 'bool', usage: 'Remove all unused images, not just dangling ones' },
    { name: 'filter', type: 'filter', usage: 'Provide filter values (e.g. "until=<timestamp>")' },
    { name: 'force', short: 'f', type: 'bool', usage: 'Do not prompt for confirmation' },
  ],
  async run(cli, args, flags) {
    const all = flags.bool('all');
    const warning = all
      ? 'WARNING! This will remove all images without at least one container associated to them.'
      : 'WARNING! This will remove all dangling images.';
    if (!(await confirm(cli, flags.bool('force'), warning))) return 0;
    const filters = buildFilters(flags.list('filter'));
    (filters.dangling ??= {})[all ? 'false' : 'true'] = true;
    const r = await cli.client.imagePrune(filters);
    let out = '';
    if (r.ImagesDeleted && r.ImagesDeleted.length > 0) {
      out += 'Deleted Images:\n';
      for (const i of r.ImagesDeleted)
        out += i.Deleted ? `deleted: ${i.Deleted}\n` : `untagged: ${i.Untagged}\n`;
      out += '\n';
    }
    cli.out(`${out}Total reclaimed space: ${humanSize(r.SpaceReclaimed ?? 0)}\n`);
    return 0;
  },
};
