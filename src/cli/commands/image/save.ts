import type { CommandSpec } from '../../command';
import { writeBinaryOutput } from '../binary-output';

export const imageSaveCommand: CommandSpec = {
  name: 'save',
  usage: '[OPTIONS] IMAGE [IMAGE...]',
  short: 'Save one or more images to a tar archive (streamed to STDOUT by default)',
  aliases: 'docker image save, docker save',
  args: { min: 1 },
  flags: [{ name: 'output', short: 'o', type: 'string', usage: 'Write to a file, instead of STDOUT' }],
  async run(cli, args, flags) {
    const tar = await cli.client.imageSave(args);
    return writeBinaryOutput(
      cli,
      tar,
      flags.string('output'),
      'cowardly refusing to save to a terminal. Use the -o flag or redirect',
    );
  },
};
