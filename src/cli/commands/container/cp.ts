import type { CommandSpec } from '../../command';
import { StatusError } from '../../errors';
import { copyFromContainer, copyToContainer, splitCpArg } from './cp-transfer';

export const containerCpCommand: CommandSpec = {
  name: 'cp',
  usage: '[OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-\n\tdocker cp [OPTIONS] SRC_PATH|- CONTAINER:DEST_PATH',
  short: 'Copy files/folders between a container and the local filesystem',
  long: "Copy files/folders between a container and the local filesystem\n\nUse '-' as the source to read a tar archive from stdin\nand extract it to a directory destination in a container.\nUse '-' as the destination to stream a tar archive of a\ncontainer source to stdout.",
  aliases: 'docker container cp, docker cp',
  args: { exact: 2 },
  flags: [
    { name: 'archive', short: 'a', type: 'bool', usage: 'Archive mode (copy all uid/gid information)' },
    { name: 'follow-link', short: 'L', type: 'bool', usage: 'Always follow symbol link in SRC_PATH' },
    {
      name: 'quiet',
      short: 'q',
      type: 'bool',
      usage:
        'Suppress progress output during copy. Progress output is automatically suppressed if no terminal is attached',
    },
  ],
  async run(cli, args, flags) {
    const [src, dst] = args;
    const from = splitCpArg(src);
    const to = splitCpArg(dst);
    if (from.container && to.container)
      throw new StatusError('copying between containers is not supported', 1);
    if (!from.container && !to.container)
      throw new StatusError('must specify at least one container source', 1);
    if (from.container) await copyFromContainer(cli, from.container, from.path, to.path, flags.bool('quiet'));
    else await copyToContainer(cli, from.path, to.container as string, to.path, flags.bool('quiet'));
    return 0;
  },
};
