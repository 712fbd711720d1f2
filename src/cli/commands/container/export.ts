import type { CommandSpec } from '../../command';
import { writeBinaryOutput } from '../binary-output';

export const containerExportCommand: CommandSpec = {
  name: 'export',
  usage: '[OPTIONS] CONTAINER',
  short: "Export a container's filesystem as a tar archive",
  aliases: 'docker container export, docker export',
  args: { exact: 1 },
  flags: [{ name: 'output', short: 'o', type: 'string', usage: 'Write to a file, instead of STDOUT' }],
  async run(cli, args, flags) {
    const tar = await cli.client.containerExport(args[0]);
    return writeBinaryOutput(
      cli,
      tar,
      flags.string('output'),
      'cowardly refusing to save to a terminal. Use the -o flag or redirect',
    );
  },
};
