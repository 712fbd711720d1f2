import type { CommandSpec } from '../../command';
import { formatRows } from '../../format/formatter';
import { ellipsis, goStruct } from '../../format/struct';
import { buildFilters } from '../../opts/filters';

export const registrySearchCommand: CommandSpec = {
  name: 'search',
  usage: '[OPTIONS] TERM',
  short: 'Search Docker Hub for images',
  args: { exact: 1 },
  flags: [
    { name: 'filter', short: 'f', type: 'filter', usage: 'Filter output based on conditions provided' },
    { name: 'format', type: 'string', usage: 'Pretty-print search using a Go template' },
    { name: 'limit', type: 'int', usage: 'Max number of search results' },
    { name: 'no-trunc', type: 'bool', usage: "Don't truncate output" },
  ],
  async run(cli, args, flags) {
    const limit = flags.number('limit');
    const results = await cli.client.imageSearch(args[0], {
      limit: limit > 0 ? limit : undefined,
      filters: buildFilters(flags.list('filter')),
    });
    const trunc = !flags.bool('no-trunc');
    const rows = results.map((r) =>
      goStruct('*formatter.searchContext', {
        Name: () => r.name,
        Description: () => {
          const d = r.description.replace(/\n/g, ' ').replace(/\r/g, ' ');
          return trunc ? ellipsis(d, 45) : d;
        },
        StarCount: () => String(r.star_count),
        IsOfficial: () => (r.is_official ? '[OK]' : ''),
        IsAutomated: () => (r.is_automated ? '[OK]' : ''),
      }),
    );
    cli.out(
      formatRows(
        {
          format: flags.string('format'),
          defaultTable: '{{.Name}}\t{{.Description}}\t{{.StarCount}}\t{{.IsOfficial}}',
          header: {
            Name: 'NAME',
            Description: 'DESCRIPTION',
            StarCount: 'STARS',
            IsOfficial: 'OFFICIAL',
            IsAutomated: 'AUTOMATED',
          },
        },
        rows,
      ),
    );
    return 0;
  },
};
