// Networks saved as their definitions (driver, IPAM subnet and gateway, options, labels): no container
// runs when an engine is restored, so no endpoint holds an address yet; the predefined networks keep
// their IDs.
import type { NetworkController } from '../network/controller';
import type { NetworkInit } from '../network/network';
import { bool, labels, list, num, obj, str } from './check';
import { EngineSnapshotError } from './errors';

export function saveNetworks(controller: NetworkController): NetworkInit[] {
  return controller.all().map((n) => structuredClone(n.init));
}

const DRIVERS = new Set(['bridge', 'host', 'null']);

function optional<T>(value: unknown, path: string, check: (v: unknown, path: string) => T): T | undefined {
  return value === undefined ? undefined : check(value, path);
}

export function decodeNetworks(value: unknown): NetworkInit[] {
  const inits = list(value, 'networks', (v, path): NetworkInit => {
    const o = obj(v, path);
    const driver = str(o.driver, `${path}.driver`);
    if (!DRIVERS.has(driver))
      throw new EngineSnapshotError('shape', `${path}.driver: unknown driver ${driver}`);
    const subnet = optional(o.subnet, `${path}.subnet`, (s, p) => {
      const so = obj(s, p);
      return { base: num(so.base, `${p}.base`), prefix: num(so.prefix, `${p}.prefix`) };
    });
    return {
      ...(o as unknown as NetworkInit),
      id: str(o.id, `${path}.id`),
      name: str(o.name, `${path}.name`),
      driver: driver as NetworkInit['driver'],
      created: num(o.created, `${path}.created`),
      subnet,
      gateway: optional(o.gateway, `${path}.gateway`, num),
      internal: optional(o.internal, `${path}.internal`, bool),
      labels: labels(o.labels, `${path}.labels`) ?? undefined,
      options: labels(o.options, `${path}.options`) ?? undefined,
    };
  });
  for (const name of ['bridge', 'host', 'none'])
    if (!inits.some((n) => n.name === name && n.predefined))
      throw new EngineSnapshotError('integrity', `predefined network ${name} is missing`);
  return inits;
}

/** Replaces every network of a fresh controller (its own predefined ones included) by the saved ones. */
export function applyNetworks(controller: NetworkController, inits: NetworkInit[]): void {
  for (const n of controller.all()) controller.delete(n);
  for (const init of inits) controller.add(init);
}
