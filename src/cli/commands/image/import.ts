import type { CommandSpec } from '../../command';
import { StatusError } from '../../errors';
import { parseReference } from '../../opts/reference';
import { readBinaryInput } from '../binary-output';
import { showProgress } from '../show-progress';

export const imageImportCommand: CommandSpec = {
  name: 'import',
  usage: '[OPTIONS] file|URL|- [REPOSITORY[:TAG]]',
  short: 'Import the contents from a tarball to create a filesystem image',
  aliases: 'docker image import, docker import',
  args: { min: 1 },
  flags: [
    { name: 'change', short: 'c', type: 'list', usage: 'Apply Dockerfile instruction to the created image' },
    { name: 'message', short: 'm', type: 'string', usage: 'Set commit message for imported image' },
    { name: 'platform', type: 'string', usage: 'Set platform if server is multi-platform capable' },
  ],
  async run(cli, args, flags) {
    const [source, target] = args;
    if (/^https?:\/\//.test(source))
      throw new StatusError(
        `Error response from daemon: Get "${source}": dial tcp: lookup failed: no such host`,
        1,
      );
    let repo: string | undefined;
    let tag: string | undefined;
    if (target) {
      try {
        const ref = parseReference(target);
        repo = ref.repo;
        tag = ref.tag || undefined;
      } catch (e) {
        throw new StatusError((e as Error).message, 1);
      }
    }
    const tar = await readBinaryInput(cli, source === '-' ? '' : source);
    const stream = cli.client.imageImport(tar, {
      repo,
      tag,
      message: flags.string('message') || undefined,
      changes: flags.list('change'),
      platform: flags.string('platform') || undefined,
    });
    await showProgress(stream, { write: cli.out, isTerminal: cli.proc.stdout.isTTY, width: cli.width() });
    return 0;
  },
};
