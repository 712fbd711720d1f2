import type { CommandSpec } from '../../command';

export const containerDiffCommand: CommandSpec = {
  name: 'diff',
  usage: 'CONTAINER',
  short: "Inspect changes to files or directories on a container's filesystem",
  aliases: 'docker container diff, docker diff',
  args: { exact: 1 },
  flags: [],
  async run(cli, args) {
    const changes = (await cli.client.containerChanges(args[0])) ?? [];
    for (const c of changes) cli.out(`${['C', 'A', 'D'][c.Kind]} ${c.Path}\n`);
    return 0;
  },
};
