import type { CommandSpec } from '../../command';
import { StatusError } from '../../errors';
import { expandEnv, readKVFile } from '../../opts/env';
import { streamSession } from './hijack';

export const containerExecCommand: CommandSpec = {
  name: 'exec',
  usage: '[OPTIONS] CONTAINER COMMAND [ARG...]',
  short: 'Execute a command in a running container',
  aliases: 'docker container exec, docker exec',
  args: { min: 2 },
  interspersed: false,
  flags: [
    { name: 'detach', short: 'd', type: 'bool', usage: 'Detached mode: run command in the background' },
    { name: 'detach-keys', type: 'string', usage: 'Override the key sequence for detaching a container' },
    { name: 'env', short: 'e', type: 'list', usage: 'Set environment variables' },
    { name: 'env-file', type: 'list', usage: 'Read in a file of environment variables' },
    { name: 'interactive', short: 'i', type: 'bool', usage: 'Keep STDIN open even if not attached' },
    { name: 'privileged', type: 'bool', usage: 'Give extended privileges to the command' },
    { name: 'tty', short: 't', type: 'bool', usage: 'Allocate a pseudo-TTY' },
    {
      name: 'user',
      short: 'u',
      type: 'string',
      usage: 'Username or UID (format: "<name|uid>[:<group|gid>]")',
    },
    { name: 'workdir', short: 'w', type: 'string', usage: 'Working directory inside the container' },
  ],
  async run(cli, args, flags) {
    const [container, ...cmd] = args;
    const tty = flags.bool('tty');
    const interactive = flags.bool('interactive');
    const detach = flags.bool('detach');
    if (tty && interactive && !detach && !cli.proc.stdin.isTTY)
      throw new StatusError('the input device is not a TTY', 1);
    const env = [
      ...flags
        .list('env-file')
        .flatMap((f) =>
          readKVFile(cli.proc.fs, f.startsWith('/') ? f : `${cli.proc.cwd}/${f}`, cli.proc.env),
        ),
      ...expandEnv(flags.list('env'), cli.proc.env),
    ];
    const exec = await cli.client.execCreate(container, {
      AttachStdin: interactive && !detach,
      AttachStdout: !detach,
      AttachStderr: !detach,
      Tty: tty,
      Env: env.length ? env : undefined,
      Cmd: cmd,
      User: flags.string('user') || undefined,
      WorkingDir: flags.string('workdir') || undefined,
      Privileged: flags.bool('privileged'),
      DetachKeys: flags.string('detach-keys') || undefined,
    });
    const session = await cli.client.execStart(exec.Id, { detach, tty });
    if (detach || !session) return 0;
    const streamed = await streamSession(cli, session, {
      stdin: interactive,
      tty,
      detachKeys: flags.string('detach-keys') || undefined,
      resize: tty ? (size) => cli.client.execResize(exec.Id, size) : undefined,
    });
    if (streamed === 'detached') return 0;
    const info = await cli.client.execInspect(exec.Id);
    return info.ExitCode ?? 0;
  },
};
