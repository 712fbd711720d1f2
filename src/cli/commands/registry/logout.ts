import type { CommandSpec } from '../../command';

export const registryLogoutCommand: CommandSpec = {
  name: 'logout',
  usage: '[SERVER]',
  short: 'Log out from a registry',
  long: 'Log out from a registry.\nIf no server is specified, the default is defined by the daemon.',
  args: { max: 1 },
  flags: [],
  async run(cli, args) {
    const server = args[0] ?? 'https://index.docker.io/v1/';
    cli.out(`Removing login credentials for ${server}\n`);
    return 0;
  },
};
