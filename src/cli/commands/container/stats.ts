import type { CommandSpec } from '../../command';
import { formatRows } from '../../format/formatter';
import { STATS_HEADERS, STATS_TABLE, statsContext } from '../../format/stats';
import { formatFlag } from '../format-flag';

export const containerStatsCommand: CommandSpec = {
  name: 'stats',
  usage: '[OPTIONS] [CONTAINER...]',
  short: 'Display a live stream of container(s) resource usage statistics',
  aliases: 'docker container stats, docker stats',
  args: {},
  flags: [
    { name: 'all', short: 'a', type: 'bool', usage: 'Show all containers (default shows just running)' },
    formatFlag('table'),
    { name: 'no-stream', type: 'bool', usage: 'Disable streaming stats and only pull the first result' },
    { name: 'no-trunc', type: 'bool', usage: 'Do not truncate output' },
  ],
  async run(cli, args, flags) {
    const trunc = !flags.bool('no-trunc');
    const ids =
      args.length > 0 ? args : (await cli.client.containerList({ all: flags.bool('all') })).map((c) => c.Id);
    const sample = async (): Promise<string> => {
      const rows = [];
      for (const id of ids) {
        for await (const s of cli.client.containerStats(id, { stream: false })) {
          rows.push(statsContext(s, trunc));
          break;
        }
      }
      return formatRows(
        { format: flags.string('format'), defaultTable: STATS_TABLE, header: STATS_HEADERS },
        rows,
      );
    };
    if (flags.bool('no-stream')) {
      cli.out(await sample());
      return 0;
    }
    for (;;) {
      const text = await sample();
      cli.out(cli.proc.stdout.isTTY ? `\x1b[2J\x1b[H${text}` : text);
      await cli.proc.sleep(1000);
    }
  },
};
