import type { CommandSpec } from '../../command';
import { diskUsageSummary, diskUsageVerbose } from '../../format/disk-usage';
import { formatFlag } from '../format-flag';

export const systemDfCommand: CommandSpec = {
  name: 'df',
  usage: '[OPTIONS]',
  short: 'Show docker disk usage',
  args: { max: 0 },
  flags: [
    formatFlag('table'),
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
