// date(1): now from the process clock (UTC), -d STRING, -u, -R, -I[FMT], +FORMAT.

import type { Applet } from './lib/applet';
import { getopt, has, last } from './lib/getopt';
import { strftime } from './lib/time';
import { parseDate } from './lib/parse-date';
import { quote } from './lib/quote';
import { errText } from './lib/tool';

export const date: Applet = async (t) => {
  const p = getopt(t, t.args, {
    short: 'd:uRI::r:',
    long: [
      { name: 'date', key: 'd', arg: 'required' },
      { name: 'utc', key: 'u' },
      { name: 'universal', key: 'u' },
      { name: 'rfc-email', key: 'R' },
      { name: 'iso-8601', key: 'I', arg: 'optional' },
      { name: 'reference', key: 'r', arg: 'required' },
    ],
  });
  if (!p) return 1;
  let when = t.ctx.clock.now();
  const d = last(p, 'd');
  if (d !== undefined) {
    const parsed = parseDate(d, when, !t.gnu);
    if (parsed === null) {
      t.error(t.gnu ? `invalid date ${quote(d)}` : `invalid date '${d}'`);
      return 1;
    }
    when = parsed;
  }
  const ref = last(p, 'r');
  if (ref !== undefined) {
    try {
      when = t.ctx.fs.stat(t.path(ref)).mtimeMs;
    } catch (e) {
      t.error(`${ref}: ${errText(e)}`);
      return 1;
    }
  }
  const plus = p.operands.find((o) => o.startsWith('+'));
  let format = t.gnu ? '%a %b %e %H:%M:%S %Z %Y' : '%a %b %e %H:%M:%S %Z %Y';
  if (has(p, 'R')) format = '%a, %d %b %Y %H:%M:%S %z';
  if (has(p, 'I')) {
    const v = last(p, 'I') ?? 'date';
    format =
      {
        date: '%Y-%m-%d',
        hours: '%Y-%m-%dT%H%:z',
        minutes: '%Y-%m-%dT%H:%M%:z',
        seconds: '%Y-%m-%dT%H:%M:%S%:z',
        ns: '%Y-%m-%dT%H:%M:%S,%N%:z',
      }[v] ?? '%Y-%m-%d';
  }
  if (plus) format = plus.slice(1);
  t.out(strftime(format, when) + '\n');
  return 0;
};
