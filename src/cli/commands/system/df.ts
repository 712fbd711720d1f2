import type { CommandSpec } from '../../command';
import { diskUsageSummary, diskUsageVerbose } from '../../format/disk-usage';

export const systemDfCommand: CommandSpec = {
  name: 'df',
  usage: '[OPTIONS]',
  short: 'Show docker disk usage',
  args: { max: 0 },
  flags: [
    {
      name: 'format',
      type: 'string',
      usage:
        "Format output using a custom template:\n'table':            Print output in table format with column headers (default)\n'table TEMPLATE':   Print output in table format using the given Go template\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates",
    },
    { name: 'verbose', short: 'v', type: 'bool', usage: 'Show detailed information on space usage' },
  ],
  async run(cli, _args, flags) {
    const du = await cli.client.diskUsage();
    cli.out(
      flags.bool('verbose') ? diskUsageVerbose(du, cli.now()) : diskUsageSummary(du, flags.string('format')),
    );
    return 0;
  },
};
