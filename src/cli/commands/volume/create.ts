import type { CommandSpec } from '../../command';
import { keyValues } from '../../opts/labels';

export const volumeCreateCommand: CommandSpec = {
  name: 'create',
  usage: '[OPTIONS] [VOLUME]',
  short: 'Create a volume',
  args: { max: 1 },
  flags: [
    { name: 'driver', short: 'd', type: 'string', usage: 'Specify volume driver name', default: '"local"' },
    { name: 'label', type: 'list', usage: 'Set metadata for a volume' },
    { name: 'name', type: 'string', usage: 'Specify volume name', hidden: true },
    { name: 'opt', short: 'o', type: 'map', usage: 'Set driver specific options', default: 'map[]' },
  ],
  async run(cli, args, flags) {
    const name = args[0] ?? flags.string('name');
    const v = await cli.client.volumeCreate({
      Name: name || undefined,
      Driver: flags.string('driver'),
      DriverOpts: keyValues(flags.list('opt')),
      Labels: keyValues(flags.list('label')),
    });
    cli.out(`${v.Name}\n`);
    return 0;
  },
};
