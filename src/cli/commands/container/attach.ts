import type { CommandSpec } from '../../command';
import { StatusError } from '../../errors';
import { streamSession } from './hijack';

export const containerAttachCommand: CommandSpec = {
  name: 'attach',
  usage: '[OPTIONS] CONTAINER',
  short: 'Attach local standard input, output, and error streams to a running container',
  aliases: 'docker container attach, docker attach',
  args: { exact: 1 },
  flags: [
    { name: 'detach-keys', type: 'string', usage: 'Override the key sequence for detaching a container' },
    { name: 'no-stdin', type: 'bool', usage: 'Do not attach STDIN' },
    { name: 'sig-proxy', type: 'bool', usage: 'Proxy all received signals to the process', default: 'true' },
  ],
  async run(cli, args, flags) {
    const c = await cli.client.containerInspect(args[0]);
    if (!c.State.Running)
      throw new StatusError('You cannot attach to a stopped container, start it first', 1);
    if (c.State.Paused) throw new StatusError('You cannot attach to a paused container, unpause it first', 1);
    if (c.State.Restarting)
      throw new StatusError('You cannot attach to a restarting container, wait until it is running', 1);
    const stdin = !flags.bool('no-stdin') && Boolean(c.Config.OpenStdin);
    const tty = Boolean(c.Config.Tty);
    if (stdin && tty && !cli.proc.stdin.isTTY) throw new StatusError('the input device is not a TTY', 1);
    const session = await cli.client.containerAttach(c.Id, {
      stream: true,
      stdin,
      stdout: true,
      stderr: true,
      detachKeys: flags.string('detach-keys') || undefined,
    });
    const streamed = await streamSession(cli, session, {
      stdin,
      tty,
      detachKeys: flags.string('detach-keys') || undefined,
      resize: tty ? (size) => cli.client.containerResize(c.Id, size) : undefined,
    });
    if (streamed === 'detached') return 0;
    const after = await cli.client.containerInspect(c.Id).catch(() => null);
    return after ? after.State.ExitCode : 0;
  },
};
