import type { CommandSpec } from '../../command';
import { formatRows } from '../../format/formatter';
import { buildFilters } from '../../opts/filters';
import { NETWORK_HEADERS, NETWORK_TABLE, networkContext } from '../../format/networks';
import { formatFlag } from '../format-flag';

export const networkLsCommand: CommandSpec = {
  name: 'ls',
  usage: '[OPTIONS]',
  short: 'List networks',
  aliases: 'docker network ls, docker network list',
  args: { max: 0 },
  flags: [
    { name: 'filter', short: 'f', type: 'filter', usage: 'Provide filter values (e.g. "driver=bridge")' },
    formatFlag('table'),
    { name: 'no-trunc', type: 'bool', usage: 'Do not truncate the output' },
    { name: 'quiet', short: 'q', type: 'bool', usage: 'Only display network IDs' },
  ],
  async run(cli, args, flags) {
    const networks = await cli.client.networkList(buildFilters(flags.list('filter')));
    networks.sort((a, b) => (a.Name < b.Name ? -1 : a.Name > b.Name ? 1 : 0));
    cli.out(
      formatRows(
        {
          format: flags.string('format'),
          defaultTable: NETWORK_TABLE,
          quiet: flags.bool('quiet'),
          header: NETWORK_HEADERS,
        },
        networks.map((n) => networkContext(n, !flags.bool('no-trunc'))),
      ),
    );
    return 0;
  },
};
