import type { CommandSpec } from '../../command';
import { StatusError } from '../../errors';
import { errorText } from '../each';

export const containerRenameCommand: CommandSpec = {
  name: 'rename',
  usage: 'CONTAINER NEW_NAME',
  short: 'Rename a container',
  aliases: 'docker container rename, docker rename',
  args: { exact: 2 },
  flags: [],
  async run(cli, args) {
    const from = args[0].trim();
    const to = args[1].trim();
    if (from === '' || to === '') throw new StatusError('Error: Neither old nor new names may be empty', 1);
    try {
      await cli.client.containerRename(from, to);
    } catch (e) {
      // docker/cli prints the daemon's error, then its own.
      cli.err(`${errorText(e)}\n`);
      throw new StatusError(`Error: failed to rename container named ${from}`, 1);
    }
    return 0;
  },
};
