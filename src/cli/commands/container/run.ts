import type { CommandSpec } from '../../command';
import { StatusError } from '../../errors';
import { createContainer } from './create-container';
import { streamSession } from './hijack';
import { waitForExit } from './wait-for-exit';
import { isApiError } from '../../engine-api';
import { runErrorText, toStatusError, withHelp } from './run-errors';
import { containerFlags } from './container-flags';

export const containerRunCommand: CommandSpec = {
  name: 'run',
  usage: '[OPTIONS] IMAGE [COMMAND] [ARG...]',
  short: 'Create and run a new container from an image',
  aliases: 'docker container run, docker run',
  args: { min: 1 },
  interspersed: false,
  flags: [
    ...containerFlags('run'),
    { name: 'detach', short: 'd', type: 'bool', usage: 'Run container in background and print container ID' },
    { name: 'detach-keys', type: 'string', usage: 'Override the key sequence for detaching a container' },
    { name: 'sig-proxy', type: 'bool', usage: 'Proxy received signals to the process', default: 'true' },
  ],
  async run(cli, args, flags) {
    const detach = flags.bool('detach');
    if (flags.bool('tty') && flags.bool('interactive') && !detach && !cli.proc.stdin.isTTY) {
      throw new StatusError('the input device is not a TTY', 1);
    }
    let created;
    try {
      created = await createContainer(cli, flags, args, detach);
    } catch (e) {
      // The options' own errors (parse: a missing --env-file, a bad port) exit 125 whatever they
      // say; the daemon's go through toStatusError (127 for a missing executable…).
      if (!isApiError(e) && !(e instanceof StatusError))
        throw new StatusError(withHelp(runErrorText(e), 'run'), 125);
      throw toStatusError(e);
    }
    const { id } = created;
    if (detach) {
      // docker/cli prints the ID from a goroutine started before ContainerStart, so it is on stdout
      // even when the start fails (a port already allocated, a missing executable).
      cli.out(`${id}\n`);
      try {
        await cli.client.containerStart(id);
      } catch (e) {
        throw toStatusError(e);
      }
      return 0;
    }
    const attachList = flags.list('attach').map((a) => a.toLowerCase());
    const attachAll = attachList.length === 0;
    const session = await cli.client.containerAttach(id, {
      stream: true,
      stdin: created.stdin,
      stdout: attachAll || attachList.includes('stdout'),
      stderr: attachAll || attachList.includes('stderr'),
      detachKeys: flags.string('detach-keys') || undefined,
    });
    const { result: waitFor } = await waitForExit(cli, id, created.autoRemove ? 'removed' : 'next-exit');
    try {
      await cli.client.containerStart(id);
    } catch (e) {
      session.close();
      if (created.autoRemove) await waitFor.catch(() => undefined);
      throw toStatusError(e);
    }
    const streamed = await streamSession(cli, session, {
      stdin: created.stdin,
      tty: created.tty,
      detachKeys: flags.string('detach-keys') || undefined,
      resize: created.tty ? (size) => cli.client.containerResize(id, size) : undefined,
    });
    if (streamed === 'detached') return 0;
    const status = await waitFor;
    if (status.Error?.Message) throw new StatusError(withHelp(status.Error.Message, 'run'), 125);
    return status.StatusCode;
  },
};
