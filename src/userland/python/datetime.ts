// The datetime module's common part: datetime.now()/utcnow() on the process's clock (containers run
// in UTC), with year…microsecond, isoformat(), strftime() and str() as CPython prints them.
import { strftime } from '../applets/lib/time';
import { PyBuiltin, PyModule, PyObject, str, type PyValue } from './values';

function datetimeValue(ms: number): PyObject {
  const d = new Date(ms);
  const micro = (ms % 1000) * 1000;
  const iso = `${strftime('%Y-%m-%dT%H:%M:%S', ms)}${micro ? `.${String(micro).padStart(6, '0')}` : ''}`;
  const attrs = new Map<string, PyValue>([
    ['year', BigInt(d.getUTCFullYear())],
    ['month', BigInt(d.getUTCMonth() + 1)],
    ['day', BigInt(d.getUTCDate())],
    ['hour', BigInt(d.getUTCHours())],
    ['minute', BigInt(d.getUTCMinutes())],
    ['second', BigInt(d.getUTCSeconds())],
    ['microsecond', BigInt(micro)],
  ]);
  const shown = iso.replace('T', ' ');
  const value = new PyObject('datetime.datetime', attrs, undefined, shown);
  attrs.set(
    'isoformat',
    new PyBuiltin('isoformat', (a) => (a.length ? iso.replace('T', str(a[0])) : iso), value),
  );
  attrs.set('strftime', new PyBuiltin('strftime', (a) => strftime(str(a[0] ?? ''), ms), value));
  attrs.set('timestamp', new PyBuiltin('timestamp', () => ms / 1000, value));
  return value;
}

export function datetimeModule(now: () => number): PyModule {
  const now_ = new PyBuiltin('now', () => datetimeValue(now()));
  const cls = new PyObject(
    'type',
    new Map<string, PyValue>([
      ['now', now_],
      ['utcnow', new PyBuiltin('utcnow', () => datetimeValue(now()))],
      ['fromtimestamp', new PyBuiltin('fromtimestamp', (a) => datetimeValue(Number(a[0]) * 1000))],
    ]),
    undefined,
    "<class 'datetime.datetime'>",
  );
  return new PyModule('datetime', new Map<string, PyValue>([['datetime', cls]]));
}
