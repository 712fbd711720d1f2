import type { CommandSpec } from '../../command';
import { formatRows } from '../../format/formatter';
import { buildFilters } from '../../opts/filters';
import { VOLUME_HEADERS, VOLUME_TABLE, volumeContext } from '../../format/networks';
import { formatFlag } from '../format-flag';

export const volumeLsCommand: CommandSpec = {
  name: 'ls',
  usage: '[OPTIONS]',
  short: 'List volumes',
  aliases: 'docker volume ls, docker volume list',
  args: { max: 0 },
  flags: [
    { name: 'filter', short: 'f', type: 'filter', usage: 'Provide filter values (e.g. "dangling=true")' },
    formatFlag('table'),
    { name: 'quiet', short: 'q', type: 'bool', usage: 'Only display volume names' },
  ],
  async run(cli, args, flags) {
    const r = await cli.client.volumeList(buildFilters(flags.list('filter')));
    const volumes = [...(r.Volumes ?? [])].sort((a, b) => (a.Name < b.Name ? -1 : a.Name > b.Name ? 1 : 0));
    cli.out(
      formatRows(
        {
          format: flags.string('format'),
          defaultTable: VOLUME_TABLE,
          quiet: flags.bool('quiet'),
          quietTemplate: '{{.Name}}',
          header: VOLUME_HEADERS,
        },
        volumes.map(volumeContext),
      ),
    );
    return 0;
  },
};
