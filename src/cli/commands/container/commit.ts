import type { CommandSpec } from '../../command';
import { StatusError } from '../../errors';
import { parseReference } from '../../opts/reference';

export const containerCommitCommand: CommandSpec = {
  name: 'commit',
  usage: '[OPTIONS] CONTAINER [REPOSITORY[:TAG]]',
  short: "Create a new image from a container's changes",
  aliases: 'docker container commit, docker commit',
  args: { min: 1, max: 2 },
  flags: [
    {
      name: 'author',
      short: 'a',
      type: 'string',
      usage: 'Author (e.g., "John Hannibal Smith <hannibal@a-team.com>")',
    },
    { name: 'change', short: 'c', type: 'list', usage: 'Apply Dockerfile instruction to the created image' },
    { name: 'message', short: 'm', type: 'string', usage: 'Commit message' },
    { name: 'pause', short: 'p', type: 'bool', usage: 'Pause container during commit', default: 'true' },
  ],
  async run(cli, args, flags) {
    const [container, ref] = args;
    let repo: string | undefined;
    let tag: string | undefined;
    if (ref) {
      // The API client checks the reference before sending it (client.ContainerCommit).
      let parsed;
      try {
        parsed = parseReference(ref);
      } catch (e) {
        throw new StatusError((e as Error).message, 1);
      }
      if (parsed.digest) throw new StatusError('refusing to create a tag with a digest reference', 1);
      repo = parsed.repo;
      tag = parsed.tag || undefined;
    }
    const r = await cli.client.containerCommit(container, {
      repo,
      tag,
      comment: flags.string('message') || undefined,
      author: flags.string('author') || undefined,
      pause: flags.bool('pause'),
      changes: flags.list('change'),
    });
    cli.out(`${r.Id}\n`);
    return 0;
  },
};
