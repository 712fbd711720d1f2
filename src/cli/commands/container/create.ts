import type { CommandSpec } from '../../command';
import { isApiError } from '../../engine-api';
import { StatusError } from '../../errors';
import { createContainer } from './create-container';
import { withHelp } from './run-errors';
import { containerFlags } from './container-flags';

export const containerCreateCommand: CommandSpec = {
  name: 'create',
  usage: '[OPTIONS] IMAGE [COMMAND] [ARG...]',
  short: 'Create a new container',
  aliases: 'docker container create, docker create',
  args: { min: 1 },
  interspersed: false,
  flags: containerFlags('create'),
  async run(cli, args, flags) {
    let created;
    try {
      created = await createContainer(cli, flags, args, true);
    } catch (e) {
      if (isApiError(e) || e instanceof StatusError) throw e;
      throw new StatusError(withHelp((e as Error).message, 'create'), 125);
    }
    cli.out(`${created.id}\n`);
    return 0;
  },
};
