import type { CommandSpec } from '../../command';
import { forEachTarget } from '../each';

export const containerRmCommand: CommandSpec = {
  name: 'rm',
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Remove one or more containers',
  aliases: 'docker container rm, docker container remove, docker rm',
  args: { min: 1 },
  flags: [
    {
      name: 'force',
      short: 'f',
      type: 'bool',
      usage: 'Force the removal of a running container (uses SIGKILL)',
    },
    { name: 'link', short: 'l', type: 'bool', usage: 'Remove the specified link' },
    {
      name: 'volumes',
      short: 'v',
      type: 'bool',
      usage: 'Remove anonymous volumes associated with the container',
    },
  ],
  async run(cli, args, flags) {
    return forEachTarget(cli, args, async (id) => {
      if (id.trim() === '') throw new Error('Error: container name cannot be empty');
      await cli.client.containerRemove(id, {
        force: flags.bool('force'),
        volumes: flags.bool('volumes'),
        link: flags.bool('link'),
      });
      return id;
    });
  },
};
