import type { CommandSpec } from '../../command';

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
      const colon = ref.lastIndexOf(':');
      if (colon > ref.lastIndexOf('/')) [repo, tag] = [ref.slice(0, colon), ref.slice(colon + 1)];
      else repo = ref;
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
