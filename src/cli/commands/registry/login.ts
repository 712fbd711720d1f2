import type { CommandSpec } from '../../command';
import type { Cli } from '../../cli';
import { StatusError } from '../../errors';
import { readLine } from '../read-line';

function saveCredentials(cli: Cli, path: string, server: string, username: string, password: string): void {
  const fs = cli.proc.fs;
  let config: { auths?: Record<string, { auth: string }> } = {};
  try {
    if (fs.exists(path)) config = JSON.parse(fs.readText(path)) as typeof config;
  } catch {
    config = {};
  }
  config.auths = { ...(config.auths ?? {}), [server]: { auth: btoa(`${username}:${password}`) } };
  fs.mkdir(path.slice(0, path.lastIndexOf('/')), { recursive: true });
  fs.writeFile(path, JSON.stringify(config, null, '\t') + '\n');
}

export const registryLoginCommand: CommandSpec = {
  name: 'login',
  usage: '[OPTIONS] [SERVER]',
  short: 'Authenticate to a registry',
  long: 'Authenticate to a registry.\nDefaults to Docker Hub if no server is specified.',
  args: { max: 1 },
  flags: [
    { name: 'password', short: 'p', type: 'string', usage: 'Password or Personal Access Token (PAT)' },
    {
      name: 'password-stdin',
      type: 'bool',
      usage: 'Take the Password or Personal Access Token (PAT) from stdin',
    },
    { name: 'username', short: 'u', type: 'string', usage: 'Username' },
  ],
  async run(cli, args, flags) {
    const server = args[0] ?? 'https://index.docker.io/v1/';
    let username = flags.string('username');
    let password = flags.string('password');
    if (flags.bool('password-stdin')) {
      if (password) throw new StatusError('--password and --password-stdin are mutually exclusive', 1);
      if (!username) throw new StatusError('Must provide --username with --password-stdin', 1);
      password = ((await readLine(cli)) ?? '').replace(/\s+$/, '');
    } else if (password) {
      cli.err('WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n');
    }
    if (!username) {
      cli.out('Username: ');
      username = ((await readLine(cli)) ?? '').trim();
      if (!username) throw new StatusError('Error: Non-null Username Required', 1);
    }
    if (!password) {
      cli.out('Password: ');
      password = (await readLine(cli, { silent: true })) ?? '';
      if (!password) throw new StatusError('Error: Password Required', 1);
    }
    await cli.client.login({ username, password, serveraddress: server });
    const home = cli.proc.env.DOCKER_CONFIG || `${cli.proc.env.HOME || '/root'}/.docker`;
    saveCredentials(cli, `${home}/config.json`, server, username, password);
    cli.err(
      `WARNING! Your credentials are stored unencrypted in '${home}/config.json'.\nConfigure a credential helper to remove this warning. See\nhttps://docs.docker.com/go/credential-store/\n\n`,
    );
    cli.out('Login Succeeded\n');
    return 0;
  },
};
