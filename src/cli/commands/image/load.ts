import type { CommandSpec } from '../../command';
import { StatusError } from '../../errors';
import { readBinaryInput } from '../binary-output';
import { showProgress } from '../show-progress';

export const imageLoadCommand: CommandSpec = {
  name: 'load',
  usage: '[OPTIONS]',
  short: 'Load an image from a tar archive or STDIN',
  aliases: 'docker image load, docker load',
  args: { max: 0 },
  flags: [
    { name: 'input', short: 'i', type: 'string', usage: 'Read from tar archive file, instead of STDIN' },
    { name: 'quiet', short: 'q', type: 'bool', usage: 'Suppress the load output' },
  ],
  async run(cli, _args, flags) {
    const input = flags.string('input');
    if (!input && cli.proc.stdin.isTTY)
      throw new StatusError('requested load from stdin, but stdin is empty', 1);
    const tar = await readBinaryInput(cli, input);
    const quiet = flags.bool('quiet');
    await showProgress(cli.client.imageLoad(tar, { quiet }), {
      write: cli.out,
      isTerminal: cli.proc.stdout.isTTY && !quiet,
      width: cli.width(),
    });
    return 0;
  },
};
