import type { CommandSpec } from '../../command';
import { formatRows } from '../../format/formatter';
import { buildFilters } from '../../opts/filters';
import { IMAGE_HEADERS, IMAGE_TABLE, imageContexts } from '../../format/images';
import { formatFlag } from '../format-flag';

export const imageLsCommand: CommandSpec = {
  name: 'ls',
  usage: '[OPTIONS] [REPOSITORY[:TAG]]',
  short: 'List images',
  aliases: 'docker image ls, docker image list, docker images',
  args: { max: 1 },
  flags: [
    { name: 'all', short: 'a', type: 'bool', usage: 'Show all images (default hides intermediate images)' },
    { name: 'digests', type: 'bool', usage: 'Show digests' },
    { name: 'filter', short: 'f', type: 'filter', usage: 'Filter output based on conditions provided' },
    formatFlag('table'),
    { name: 'no-trunc', type: 'bool', usage: "Don't truncate output" },
    { name: 'quiet', short: 'q', type: 'bool', usage: 'Only show image IDs' },
  ],
  async run(cli, args, flags) {
    const filters = buildFilters(flags.list('filter'));
    if (args[0]) (filters.reference ??= {})[args[0]] = true;
    const images = await cli.client.imageList({
      all: flags.bool('all'),
      digests: flags.bool('digests'),
      filters,
    });
    let table = IMAGE_TABLE;
    if (flags.bool('digests')) table = table.replace('{{.Tag}}\t', '{{.Tag}}\t{{.Digest}}\t');
    cli.out(
      formatRows(
        {
          format: flags.string('format'),
          defaultTable: table,
          quiet: flags.bool('quiet'),
          header: IMAGE_HEADERS,
        },
        imageContexts(images, !flags.bool('no-trunc'), cli.now()),
      ),
    );
    return 0;
  },
};
