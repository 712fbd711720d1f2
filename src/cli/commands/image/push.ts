import type { CommandSpec } from '../../command';
import { StatusError } from '../../errors';
import { fullyQualified, parseReference } from '../../opts/reference';
import { showProgress } from '../show-progress';
import { registryAuthFor } from './registry-auth';

export const imagePushCommand: CommandSpec = {
  name: 'push',
  usage: '[OPTIONS] NAME[:TAG]',
  short: 'Upload an image to a registry',
  aliases: 'docker image push, docker push',
  args: { exact: 1 },
  flags: [
    { name: 'all-tags', short: 'a', type: 'bool', usage: 'Push all tags of an image to the repository' },
    { name: 'disable-content-trust', type: 'bool', usage: 'Skip image signing', default: 'true' },
    { name: 'quiet', short: 'q', type: 'bool', usage: 'Suppress verbose output' },
  ],
  async run(cli, args, flags) {
    const name = args[0];
    let ref;
    try {
      ref = parseReference(name);
    } catch (e) {
      throw new StatusError((e as Error).message, 1);
    }
    if (flags.bool('all-tags') && ref.tag) throw new StatusError("tag can't be used with --all-tags/-a", 1);
    if (!ref.tag && !flags.bool('all-tags') && !flags.bool('quiet')) cli.out('Using default tag: latest\n');
    const stream = cli.client.imagePush(ref.repo, {
      tag: flags.bool('all-tags') ? undefined : ref.tag || 'latest',
      auth: registryAuthFor(cli, ref),
    });
    await showProgress(
      stream,
      flags.bool('quiet') ? null : { write: cli.out, isTerminal: cli.proc.stdout.isTTY, width: cli.width() },
    );
    if (flags.bool('quiet')) cli.out(`${fullyQualified(name)}\n`);
    return 0;
  },
};
