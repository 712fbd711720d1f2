import type { CommandSpec } from '../../command';
import { StatusError } from '../../errors';

export const containerRenameCommand: CommandSpec = {
  name: 'rename',
  usage: 'CONTAINER NEW_NAME',
  short: 'Rename a container',
  aliases: 'docker container rename, docker rename',
  args: { exact: 2 },
  flags: [],
  async run(cli, args) {
    const [from, to] = args;
    if (to.trim() === '') throw new StatusError('Error: neither old nor new names may be empty', 1);
    await cli.client.containerRename(from, to);
    return 0;
  },
};
