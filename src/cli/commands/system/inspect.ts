import type { CommandSpec } from '../../command';
import { StatusError } from '../../errors';
import { isApiError } from '../../engine-api';
import { inspectAll } from '../inspect-output';
import { formatFlag } from '../format-flag';

const SWARM_KINDS = ['node', 'service', 'task', 'secret', 'config'] as const;

/** The --type values docker/cli knows (swarm's among them), in its order. */
const OBJECT_TYPES = [
  'config',
  'container',
  'image',
  'network',
  'node',
  'plugin',
  'secret',
  'service',
  'task',
  'volume',
];

export const systemInspectCommand: CommandSpec = {
  name: 'inspect',
  usage: '[OPTIONS] NAME|ID [NAME|ID...]',
  short: 'Return low-level information on Docker objects',
  args: { min: 1 },
  flags: [
    formatFlag('json', 'f'),
    { name: 'size', short: 's', type: 'bool', usage: 'Display total file sizes if the type is container' },
    { name: 'type', type: 'string', usage: 'Only inspect objects of the given type' },
  ],
  async run(cli, args, flags) {
    const type = flags.string('type');
    const getters: Array<[string, (n: string) => Promise<unknown>]> = [
      ['container', (n) => cli.client.containerInspect(n, { size: flags.bool('size') })],
      ['image', (n) => cli.client.imageInspect(n)],
      ['volume', (n) => cli.client.volumeInspect(n)],
      ['network', (n) => cli.client.networkInspect(n)],
    ];
    if (type && !OBJECT_TYPES.includes(type)) {
      const quoted = OBJECT_TYPES.map((t) => `"${t}"`).join(', ');
      throw new StatusError(`unknown type: "${type}": must be one of ${quoted}`, 1);
    }
    // Asked for by --type only: a plain inspect does not look for swarm objects outside a swarm.
    const typedOnly: Array<[string, (n: string) => Promise<unknown>]> = [
      ...SWARM_KINDS.map((k): [string, (n: string) => Promise<unknown>] => [
        k,
        (n) => cli.client.swarmObjectInspect(k, n),
      ]),
      ['plugin', (n) => cli.client.pluginInspect(n)],
    ];
    const typed = [...getters, ...typedOnly].find(([t]) => t === type);
    // With --type, the daemon's own error for that kind is the answer.
    if (typed) return inspectAll(cli, args, flags.string('format'), typed[1]);
    return inspectAll(cli, args, flags.string('format'), async (name) => {
      for (const [, get] of getters) {
        try {
          return await get(name);
        } catch (e) {
          // Not this kind of object (or a kind this engine does not have): try the next one.
          if (!isApiError(e) || (e.status !== 404 && e.status !== 501)) throw e;
        }
      }
      throw new Error(`Error: No such object: ${name}`);
    });
  },
};
