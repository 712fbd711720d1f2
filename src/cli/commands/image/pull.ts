import type { CommandSpec } from '../../command';
import { StatusError } from '../../errors';
import { fullyQualified, parseReference as parseRef } from '../../opts/reference';
import { pullImage } from './pull-image';

export const imagePullCommand: CommandSpec = {
  name: 'pull',
  usage: '[OPTIONS] NAME[:TAG|@DIGEST]',
  short: 'Download an image from a registry',
  aliases: 'docker image pull, docker pull',
  args: { exact: 1 },
  flags: [
    { name: 'all-tags', short: 'a', type: 'bool', usage: 'Download all tagged images in the repository' },
    { name: 'disable-content-trust', type: 'bool', usage: 'Skip image verification', default: 'true' },
    { name: 'platform', type: 'string', usage: 'Set platform if server is multi-platform capable' },
    { name: 'quiet', short: 'q', type: 'bool', usage: 'Suppress verbose output' },
  ],
  async run(cli, args, flags) {
    const name = args[0];
    if (flags.bool('all-tags') && parseRef(name).tag)
      throw new StatusError("tag can't be used with --all-tags/-a", 1);
    let ref;
    try {
      ref = parseRef(name);
    } catch (e) {
      throw new StatusError((e as Error).message, 1);
    }
    if (!ref.tag && !ref.digest && !flags.bool('all-tags') && !flags.bool('quiet'))
      cli.out('Using default tag: latest\n');
    await pullImage(
      cli,
      name,
      flags.bool('quiet') ? null : { write: cli.out, isTerminal: cli.proc.stdout.isTTY, width: cli.width() },
    );
    cli.out(`${fullyQualified(name)}\n`);
    return 0;
  },
};
