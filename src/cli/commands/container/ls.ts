import type { CommandSpec } from '../../command';
import {
  CONTAINER_HEADERS,
  CONTAINER_TABLE,
  containerContext,
  templateUsesSize,
} from '../../format/containers';
import { formatRows } from '../../format/formatter';
import { buildFilters } from '../../opts/filters';
import { formatFlag } from '../format-flag';

export const containerLsCommand: CommandSpec = {
  name: 'ls',
  usage: '[OPTIONS]',
  short: 'List containers',
  aliases: 'docker container ls, docker container list, docker container ps, docker ps',
  args: { max: 0 },
  flags: [
    { name: 'all', short: 'a', type: 'bool', usage: 'Show all containers (default shows just running)' },
    { name: 'filter', short: 'f', type: 'filter', usage: 'Filter output based on conditions provided' },
    formatFlag('table'),
    {
      name: 'last',
      short: 'n',
      type: 'int',
      usage: 'Show n last created containers (includes all states)',
      default: '-1',
    },
    {
      name: 'latest',
      short: 'l',
      type: 'bool',
      usage: 'Show the latest created container (includes all states)',
    },
    { name: 'no-trunc', type: 'bool', usage: "Don't truncate output" },
    { name: 'quiet', short: 'q', type: 'bool', usage: 'Only display container IDs' },
    { name: 'size', short: 's', type: 'bool', usage: 'Display total file sizes' },
  ],
  async run(cli, args, flags) {
    const limit = flags.bool('latest') ? 1 : flags.number('last');
    let table = CONTAINER_TABLE;
    if (flags.bool('size')) table += '\t{{.Size}}';
    const formatOptions = {
      format: flags.string('format'),
      defaultTable: table,
      quiet: flags.bool('quiet'),
      header: CONTAINER_HEADERS,
    };
    // Like Docker, ask for sizes when the template reads .Size (unless --size was given explicitly).
    const size = flags.isSet('size')
      ? flags.bool('size')
      : !formatOptions.quiet && formatOptions.format !== '' && templateUsesSize(formatOptions.format);
    const containers = await cli.client.containerList({
      all: flags.bool('all') || limit > 0,
      limit: limit > 0 ? limit : undefined,
      size,
      filters: buildFilters(flags.list('filter')),
    });
    const trunc = !flags.bool('no-trunc');
    const now = cli.now();
    cli.out(
      formatRows(
        formatOptions,
        containers.map((c) => containerContext(c, trunc, now)),
      ),
    );
    return 0;
  },
};
