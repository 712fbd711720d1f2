import type { CommandSpec } from '../../command';
import { forEachTarget } from '../each';
import { StatusError } from '../../errors';
import { parseRestartPolicy } from '../../opts/restart';

export const containerUpdateCommand: CommandSpec = {
  name: 'update',
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Update configuration of one or more containers',
  aliases: 'docker container update, docker update',
  args: { min: 1 },
  flags: [
    {
      name: 'blkio-weight',
      type: 'uint16',
      usage: 'Block IO (relative weight), between 10 and 1000, or 0 to disable',
      default: '0',
    },
    { name: 'cpu-period', type: 'int', usage: 'Limit CPU CFS (Completely Fair Scheduler) period' },
    { name: 'cpu-quota', type: 'int', usage: 'Limit CPU CFS (Completely Fair Scheduler) quota' },
    { name: 'cpu-rt-period', type: 'int', usage: 'Limit the CPU real-time period in microseconds' },
    { name: 'cpu-rt-runtime', type: 'int', usage: 'Limit the CPU real-time runtime in microseconds' },
    { name: 'cpu-shares', short: 'c', type: 'int', usage: 'CPU shares (relative weight)' },
    { name: 'cpus', type: 'decimal', usage: 'Number of CPUs' },
    { name: 'cpuset-cpus', type: 'string', usage: 'CPUs in which to allow execution (0-3, 0,1)' },
    { name: 'cpuset-mems', type: 'string', usage: 'MEMs in which to allow execution (0-3, 0,1)' },
    { name: 'memory', short: 'm', type: 'bytes', usage: 'Memory limit' },
    { name: 'memory-reservation', type: 'bytes', usage: 'Memory soft limit' },
    {
      name: 'memory-swap',
      type: 'bytes',
      usage: 'Swap limit equal to memory plus swap: -1 to enable unlimited swap',
    },
    { name: 'pids-limit', type: 'int', usage: 'Tune container pids limit (set -1 for unlimited)' },
    { name: 'restart', type: 'string', usage: 'Restart policy to apply when a container exits' },
  ],
  async run(cli, args, flags) {
    const update: Record<string, unknown> = {};
    if (flags.isSet('memory')) update.Memory = flags.number('memory');
    if (flags.isSet('memory-swap')) update.MemorySwap = flags.number('memory-swap');
    if (flags.isSet('cpus')) update.NanoCpus = flags.number('cpus');
    if (flags.isSet('cpu-shares')) update.CpuShares = flags.number('cpu-shares');
    if (flags.isSet('pids-limit')) update.PidsLimit = flags.number('pids-limit');
    if (flags.isSet('restart')) update.RestartPolicy = parseRestartPolicy(flags.string('restart'));
    if (Object.keys(update).length === 0)
      throw new StatusError('you must provide one or more flags when using this command', 1);
    return forEachTarget(cli, args, async (id) => {
      const r = await cli.client.containerUpdate(id, update);
      for (const w of r.Warnings ?? []) cli.err(`${w}\n`);
      return id;
    });
  },
};
