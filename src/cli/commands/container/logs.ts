import type { CommandSpec } from '../../command';

export const containerLogsCommand: CommandSpec = {
  name: 'logs',
  usage: '[OPTIONS] CONTAINER',
  short: 'Fetch the logs of a container',
  aliases: 'docker container logs, docker logs',
  args: { exact: 1 },
  flags: [
    { name: 'details', type: 'bool', usage: 'Show extra details provided to logs' },
    { name: 'follow', short: 'f', type: 'bool', usage: 'Follow log output' },
    {
      name: 'since',
      type: 'string',
      usage:
        'Show logs since timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)',
    },
    {
      name: 'tail',
      short: 'n',
      type: 'string',
      usage: 'Number of lines to show from the end of the logs',
      default: '"all"',
    },
    { name: 'timestamps', short: 't', type: 'bool', usage: 'Show timestamps' },
    {
      name: 'until',
      type: 'string',
      usage:
        'Show logs before a timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)',
    },
  ],
  async run(cli, args, flags) {
    const frames = cli.client.containerLogs(args[0], {
      follow: flags.bool('follow'),
      stdout: true,
      stderr: true,
      since: flags.string('since') || undefined,
      until: flags.string('until') || undefined,
      timestamps: flags.bool('timestamps'),
      tail: flags.string('tail'),
      details: flags.bool('details'),
    });
    for await (const f of frames) (f.stream === 'stderr' ? cli.err : cli.out)(f.data);
    return 0;
  },
};
