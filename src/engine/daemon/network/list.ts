// GET /networks (docker network ls): every network, filtered; endpoints are listed by inspect only.
import type { Filters } from '../../api/filters';
import type { Network } from '../../api/types';
import type { NetworkController } from '../../network/controller';
import type { NetworkRecord } from '../../network/network';

const BUILTIN = new Set(['bridge', 'host', 'none']);

function matches(n: NetworkRecord, f: Filters): boolean {
  const any = (key: string, test: (v: string) => boolean): boolean => !f.has(key) || f.get(key).some(test);
  const labels = n.init.labels ?? {};
  return (
    any('name', (v) => n.name.includes(v)) &&
    any('id', (v) => n.id.startsWith(v)) &&
    any('driver', (v) => n.driver === v) &&
    any('scope', (v) => v === 'local') &&
    any('type', (v) => (v === 'builtin') === BUILTIN.has(n.name)) &&
    (!f.has('label') ||
      f.get('label').every((v) => {
        const [k, val] = v.split('=', 2) as [string, string | undefined];
        return k in labels && (val === undefined || labels[k] === val);
      })) &&
    any(
      'dangling',
      (v) => ['true', '1'].includes(v.toLowerCase()) === (!BUILTIN.has(n.name) && n.endpoints.size === 0),
    )
  );
}

export function networkList(net: NetworkController, filters: Filters): Network[] {
  return net
    .all()
    .filter((n) => matches(n, filters))
    .map((n) => ({ ...n.toApi(), Containers: {} }));
}
