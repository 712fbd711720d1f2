import type { CommandSpec } from '../../command';
import { collectTree, writeTar } from '../../archive/tar';
import { StatusError } from '../../errors';
import { quote } from '../../go/strconv';
import { keyValues } from '../../opts/labels';
import { parseReference } from '../../opts/reference';
import { readBinaryInput } from '../binary-output';
import { renderPlainBuild, renderTtyBuild } from '../../../client/build-progress';

export const imageBuildCommand: CommandSpec = {
  name: 'build',
  usage: '[OPTIONS] PATH | URL | -',
  short: 'Build an image from a Dockerfile',
  aliases: 'docker image build, docker build, docker builder build',
  args: { exact: 1 },
  flags: [
    { name: 'add-host', type: 'list', usage: 'Add a custom host-to-IP mapping ("host:ip")' },
    { name: 'build-arg', type: 'list', usage: 'Set build-time variables' },
    { name: 'cache-from', type: 'strings', usage: 'Images to consider as cache sources' },
    {
      name: 'cgroup-parent',
      type: 'string',
      usage: 'Set the parent cgroup for the "RUN" instructions during build',
    },
    { name: 'compress', type: 'bool', usage: 'Compress the build context using gzip' },
    { name: 'cpu-period', type: 'int', usage: 'Limit the CPU CFS (Completely Fair Scheduler) period' },
    { name: 'cpu-quota', type: 'int', usage: 'Limit the CPU CFS (Completely Fair Scheduler) quota' },
    { name: 'cpu-shares', short: 'c', type: 'int', usage: 'CPU shares (relative weight)' },
    { name: 'cpuset-cpus', type: 'string', usage: 'CPUs in which to allow execution (0-3, 0,1)' },
    { name: 'cpuset-mems', type: 'string', usage: 'MEMs in which to allow execution (0-3, 0,1)' },
    { name: 'disable-content-trust', type: 'bool', usage: 'Skip image verification', default: 'true' },
    {
      name: 'file',
      short: 'f',
      type: 'string',
      usage: 'Name of the Dockerfile (Default is "PATH/Dockerfile")',
    },
    { name: 'force-rm', type: 'bool', usage: 'Always remove intermediate containers' },
    { name: 'iidfile', type: 'string', usage: 'Write the image ID to the file' },
    { name: 'isolation', type: 'string', usage: 'Container isolation technology' },
    { name: 'label', type: 'list', usage: 'Set metadata for an image' },
    { name: 'memory', short: 'm', type: 'bytes', usage: 'Memory limit' },
    {
      name: 'memory-swap',
      type: 'bytes',
      usage: 'Swap limit equal to memory plus swap: -1 to enable unlimited swap',
    },
    {
      name: 'network',
      type: 'string',
      usage: 'Set the networking mode for the RUN instructions during build',
      default: '"default"',
    },
    { name: 'no-cache', type: 'bool', usage: 'Do not use cache when building the image' },
    { name: 'platform', type: 'string', usage: 'Set platform if server is multi-platform capable' },
    {
      name: 'progress',
      type: 'string',
      usage: 'Set type of progress output ("auto", "plain", "tty", "quiet")',
      default: '"auto"',
    },
    { name: 'pull', type: 'bool', usage: 'Always attempt to pull a newer version of the image' },
    {
      name: 'quiet',
      short: 'q',
      type: 'bool',
      usage: 'Suppress the build output and print image ID on success',
    },
    {
      name: 'rm',
      type: 'bool',
      usage: 'Remove intermediate containers after a successful build',
      default: 'true',
    },
    { name: 'security-opt', type: 'strings', usage: 'Security options' },
    { name: 'shm-size', type: 'bytes', usage: 'Size of "/dev/shm"' },
    { name: 'tag', short: 't', type: 'list', usage: 'Name and optionally a tag in the "name:tag" format' },
    { name: 'target', type: 'string', usage: 'Set the target build stage to build.' },
    { name: 'ulimit', type: 'ulimit', usage: 'Ulimit options', default: '[]' },
  ],
  async run(cli, args, flags) {
    const contextArg = args[0];
    const fs = cli.proc.fs;
    const abs = (p: string) => (p.startsWith('/') ? p : `${cli.proc.cwd.replace(/\/$/, '')}/${p}`);
    let context: Uint8Array;
    if (contextArg === '-') {
      context = await readBinaryInput(cli, '');
    } else {
      const dir = abs(contextArg);
      if (!fs.exists(dir))
        throw new StatusError(`unable to prepare context: path ${quote(contextArg)} not found`, 1);
      if (fs.stat(dir).type !== 'dir')
        throw new StatusError(`unable to prepare context: context must be a directory: ${dir}`, 1);
      context = writeTar(collectTree(fs, dir));
    }
    for (const t of flags.list('tag')) {
      try {
        parseReference(t);
      } catch (e) {
        throw new StatusError(
          `invalid argument ${quote(t)} for "-t, --tag" flag: ${(e as Error).message}`,
          125,
        );
      }
    }
    const options: Record<string, unknown> = {
      t: flags.list('tag'),
      dockerfile: flags.string('file') || 'Dockerfile',
      buildargs: keyValues(flags.list('build-arg')),
      labels: keyValues(flags.list('label')),
      nocache: flags.bool('no-cache'),
      pull: flags.bool('pull'),
      rm: flags.bool('rm'),
      forcerm: flags.bool('force-rm'),
      q: flags.bool('quiet'),
      target: flags.string('target') || undefined,
      networkmode: flags.string('network'),
      platform: flags.string('platform') || undefined,
      memory: flags.number('memory') || undefined,
      shmsize: flags.number('shm-size') || undefined,
      extrahosts: flags.list('add-host'),
    };
    // BuildKit's progress goes to stderr, as buildx prints it; -q prints only the image ID on stdout.
    const mode = flags.bool('quiet') ? 'quiet' : flags.string('progress') || 'auto';
    if (!['auto', 'plain', 'tty', 'quiet', 'rawjson'].includes(mode)) {
      throw new StatusError(`ERROR: invalid progress mode ${mode}`, 1);
    }
    const messages = cli.client.imageBuild(context, options) as Parameters<typeof renderPlainBuild>[0];
    const tty = mode === 'tty' || (mode === 'auto' && cli.proc.stderr.isTTY);
    const write = mode === 'quiet' ? () => {} : (text: string) => cli.err(text);
    const outcome = tty
      ? await renderTtyBuild(messages, write, { width: cli.width(), height: 24, color: true })
      : await renderPlainBuild(messages, write);
    if (outcome.error !== null) {
      // The quiet mode still says why the build failed.
      if (mode === 'quiet') cli.err(`ERROR: failed to build: failed to solve: ${outcome.error}\n`);
      return 1;
    }
    const imageId = outcome.imageId ?? '';
    if (mode === 'quiet' && imageId) cli.out(`${imageId}\n`);
    const iidfile = flags.string('iidfile');
    if (iidfile && imageId) fs.writeFile(abs(iidfile), imageId);
    return 0;
  },
};
