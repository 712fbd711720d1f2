import type { CommandSpec } from '../../command';
import { isApiError } from '../../engine-api';
import { StatusError } from '../../errors';
import { errorText } from '../each';
import { streamSession } from './hijack';
import { waitForExit } from './wait-for-exit';

export const containerStartCommand: CommandSpec = {
  name: 'start',
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Start one or more stopped containers',
  aliases: 'docker container start, docker start',
  args: { min: 1 },
  flags: [
    { name: 'attach', short: 'a', type: 'bool', usage: 'Attach STDOUT/STDERR and forward signals' },
    { name: 'detach-keys', type: 'string', usage: 'Override the key sequence for detaching a container' },
    { name: 'interactive', short: 'i', type: 'bool', usage: "Attach container's STDIN" },
  ],
  async run(cli, args, flags) {
    const attach = flags.bool('attach') || flags.bool('interactive');
    if (!attach) {
      const failed: string[] = [];
      for (const id of args) {
        try {
          await cli.client.containerStart(id);
          cli.out(`${id}\n`);
        } catch (e) {
          if (isApiError(e) && e.status === 304) {
            cli.out(`${id}\n`);
            continue;
          }
          cli.err(`${errorText(e)}\n`);
          failed.push(id);
        }
      }
      if (failed.length > 0)
        throw new StatusError(`Error: failed to start containers: ${failed.join(', ')}`, 1);
      return 0;
    }
    if (args.length > 1) throw new StatusError('you cannot start and attach multiple containers at once', 1);
    const c = await cli.client.containerInspect(args[0]);
    const stdin = flags.bool('interactive') && Boolean(c.Config.OpenStdin);
    const session = await cli.client.containerAttach(c.Id, {
      stream: true,
      stdin,
      stdout: true,
      stderr: true,
      detachKeys: flags.string('detach-keys') || undefined,
    });
    const { result: waitFor } = await waitForExit(cli, c.Id, 'next-exit');
    await cli.client.containerStart(c.Id);
    const tty = Boolean(c.Config.Tty);
    const streamed = await streamSession(cli, session, {
      stdin,
      tty,
      detachKeys: flags.string('detach-keys') || undefined,
      resize: tty ? (size) => cli.client.containerResize(c.Id, size) : undefined,
    });
    if (streamed === 'detached') return 0;
    return (await waitFor).StatusCode;
  },
};
