import type { CommandSpec } from '../../command';
import { buildFilters } from '../../opts/filters';
import { humanSize } from '../../format/units';
import { confirm } from '../confirm';
import { cachePrune } from '../builder/prune';

export const systemPruneCommand: CommandSpec = {
  name: 'prune',
  usage: '[OPTIONS]',
  short: 'Remove unused data',
  args: { max: 0 },
  flags: [
    { name: 'all', short: 'a', type: 'bool', usage: 'Remove all unused images not just dangling ones' },
    { name: 'filter', type: 'filter', usage: 'Provide filter values (e.g. "label=<key>=<value>")' },
    { name: 'force', short: 'f', type: 'bool', usage: 'Do not prompt for confirmation' },
    { name: 'volumes', type: 'bool', usage: 'Prune anonymous volumes' },
  ],
  async run(cli, _args, flags) {
    const all = flags.bool('all');
    const items = [
      'all stopped containers',
      'all networks not used by at least one container',
      ...(flags.bool('volumes') ? ['all anonymous volumes not used by at least one container'] : []),
      all ? 'all images without at least one container associated to them' : 'all dangling images',
      all ? 'all build cache' : 'unused build cache',
    ];
    const warning = `WARNING! This will remove:\n${items.map((i) => `  - ${i}`).join('\n')}\n`;
    if (!(await confirm(cli, flags.bool('force'), warning))) return 0;
    const filters = buildFilters(flags.list('filter'));
    let reclaimed = 0;
    const c = await cli.client.containerPrune(filters);
    reclaimed += c.SpaceReclaimed ?? 0;
    if (c.ContainersDeleted?.length) cli.out(`Deleted Containers:\n${c.ContainersDeleted.join('\n')}\n\n`);
    const n = await cli.client.networkPrune(filters);
    if (n.NetworksDeleted?.length) cli.out(`Deleted Networks:\n${n.NetworksDeleted.join('\n')}\n\n`);
    if (flags.bool('volumes')) {
      const v = await cli.client.volumePrune(filters);
      reclaimed += v.SpaceReclaimed ?? 0;
      if (v.VolumesDeleted?.length) cli.out(`Deleted Volumes:\n${v.VolumesDeleted.join('\n')}\n\n`);
    }
    const imageFilters = { ...filters, dangling: { [all ? 'false' : 'true']: true } };
    const i = await cli.client.imagePrune(imageFilters);
    reclaimed += i.SpaceReclaimed ?? 0;
    if (i.ImagesDeleted?.length) {
      cli.out('Deleted Images:\n');
      for (const d of i.ImagesDeleted)
        cli.out(d.Deleted ? `deleted: ${d.Deleted}\n` : `untagged: ${d.Untagged}\n`);
      cli.out('\n');
    }
    const cache = await cachePrune(cli, { all, filters });
    reclaimed += cache.reclaimed;
    if (cache.output) cli.out(`${cache.output}\n`);
    cli.out(`Total reclaimed space: ${humanSize(reclaimed)}\n`);
    return 0;
  },
};
