import type { CommandSpec } from '../../command';
import { formatRows } from '../../format/formatter';
import { HISTORY_HEADERS, HISTORY_TABLE, historyContext } from '../../format/images';
import { formatFlag } from '../format-flag';

export const imageHistoryCommand: CommandSpec = {
  name: 'history',
  usage: '[OPTIONS] IMAGE',
  short: 'Show the history of an image',
  aliases: 'docker image history, docker history',
  args: { exact: 1 },
  flags: [
    formatFlag('table'),
    {
      name: 'human',
      short: 'H',
      type: 'bool',
      usage: 'Print sizes and dates in human readable format',
      default: 'true',
    },
    { name: 'no-trunc', type: 'bool', usage: "Don't truncate output" },
    { name: 'quiet', short: 'q', type: 'bool', usage: 'Only show image IDs' },
  ],
  async run(cli, args, flags) {
    const items = await cli.client.imageHistory(args[0]);
    const human = flags.bool('human');
    cli.out(
      formatRows(
        {
          format: flags.string('format'),
          defaultTable: HISTORY_TABLE,
          quiet: flags.bool('quiet'),
          header: human ? HISTORY_HEADERS : { ...HISTORY_HEADERS, CreatedSince: 'CREATED AT' },
        },
        items.map((h) => historyContext(h, !flags.bool('no-trunc'), human, cli.now())),
      ),
    );
    return 0;
  },
};
