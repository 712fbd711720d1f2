import type { CommandSpec } from '../../command';
import { StatusError } from '../../errors';
import { naturalCompare } from '../../go/sortorder';

export const containerPortCommand: CommandSpec = {
  name: 'port',
  usage: 'CONTAINER [PRIVATE_PORT[/PROTO]]',
  short: 'List port mappings or a specific mapping for the container',
  aliases: 'docker container port, docker port',
  args: { min: 1, max: 2 },
  flags: [],
  async run(cli, args) {
    const c = await cli.client.containerInspect(args[0]);
    const ports = c.NetworkSettings.Ports ?? {};
    const hostPort = (b: { HostIp: string; HostPort: string }) =>
      b.HostIp.includes(':') ? `[${b.HostIp}]:${b.HostPort}` : `${b.HostIp}:${b.HostPort}`;
    if (args.length === 2) {
      const key = args[1].includes('/') ? args[1] : `${args[1]}/tcp`;
      const bindings = ports[key];
      if (!bindings || bindings.length === 0) {
        throw new StatusError(`Error: No public port '${args[1]}' published for ${args[0]}`, 1);
      }
      for (const b of bindings) cli.out(`${hostPort(b)}\n`);
      return 0;
    }
    const lines: string[] = [];
    for (const [from, bindings] of Object.entries(ports))
      for (const b of bindings ?? []) lines.push(`${from} -> ${hostPort(b)}`);
    for (const l of lines.sort(naturalCompare)) cli.out(`${l}\n`);
    return 0;
  },
};
