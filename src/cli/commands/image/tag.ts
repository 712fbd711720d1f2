import type { CommandSpec } from '../../command';
import { StatusError } from '../../errors';
import { parseReference } from '../../opts/reference';

export const imageTagCommand: CommandSpec = {
  name: 'tag',
  usage: 'SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]',
  short: 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE',
  aliases: 'docker image tag, docker tag',
  args: { exact: 2 },
  flags: [],
  async run(cli, args) {
    const [source, target] = args;
    // The API client's ImageTag validates both names before calling the daemon.
    const parse = (name: string) => {
      try {
        return parseReference(name);
      } catch (e) {
        throw new StatusError(
          `Error parsing reference: ${JSON.stringify(name)} is not a valid repository/tag: ${(e as Error).message}`,
          1,
        );
      }
    };
    parse(source);
    const ref = parse(target);
    await cli.client.imageTag(source, ref.repo, ref.tag || 'latest');
    return 0;
  },
};
