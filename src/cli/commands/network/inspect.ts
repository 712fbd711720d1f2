import type { CommandSpec } from '../../command';
import { inspectAll } from '../inspect-output';
import { formatFlag } from '../format-flag';

export const networkInspectCommand: CommandSpec = {
  name: 'inspect',
  usage: '[OPTIONS] NETWORK [NETWORK...]',
  short: 'Display detailed information on one or more networks',
  args: { min: 1 },
  flags: [
    formatFlag('json', 'f'),
    { name: 'verbose', short: 'v', type: 'bool', usage: 'Verbose output for diagnostics' },
  ],
  async run(cli, args, flags) {
    return inspectAll(cli, args, flags.string('format'), (id) =>
      cli.client.networkInspect(id, { verbose: flags.bool('verbose') }),
    );
  },
};
