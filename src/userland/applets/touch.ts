// touch(1): create files or set their times to now (-c no create, -d/-t a given time, -a/-m, -r FILE).

import type { Applet } from './lib/applet';
import { getopt, has, last } from './lib/getopt';
import { errText } from './lib/tool';
import { quote, quoteFile } from './lib/quote';
import { usage } from './lib/usage';
import { parseDate } from './lib/parse-date';

export const touch: Applet = async (t) => {
  const p = getopt(t, t.args, {
    short: 'acd:mr:t:h',
    long: [
      { name: 'no-create', key: 'c' },
      { name: 'date', key: 'd', arg: 'required' },
      { name: 'reference', key: 'r', arg: 'required' },
      { name: 'no-dereference', key: 'h' },
    ],
  });
  if (!p) return 1;
  if (p.operands.length === 0) return usage(t, 'missing file operand');
  let when = t.ctx.clock.now();
  const d = last(p, 'd');
  const stamp = last(p, 't');
  const ref = last(p, 'r');
  if (d !== undefined || stamp !== undefined) {
    const parsed = stamp !== undefined ? parseTouchStamp(stamp, when) : parseDate(d!, when, !t.gnu);
    if (parsed === null) {
      t.error(t.gnu ? `invalid date format ${quote(stamp ?? d!)}` : `invalid date '${stamp ?? d}'`);
      return 1;
    }
    when = parsed;
  }
  let refTimes: { atimeMs: number; mtimeMs: number } | undefined;
  if (ref !== undefined) {
    try {
      refTimes = t.ctx.fs.stat(t.path(ref));
    } catch (e) {
      t.error(`failed to get attributes of ${quoteFile(ref)}: ${errText(e)}`);
      return 1;
    }
  }
  const onlyA = has(p, 'a') && !has(p, 'm');
  const onlyM = has(p, 'm') && !has(p, 'a');
  let status = 0;
  for (const f of p.operands) {
    const path = t.path(f);
    try {
      if (!t.ctx.fs.exists(path)) {
        if (has(p, 'c')) continue;
        t.ctx.fs.writeFile(path, '', { append: true, uid: t.ctx.uid, gid: t.ctx.gid });
      }
      const st = t.ctx.fs.stat(path);
      const atime = onlyM ? st.atimeMs : (refTimes?.atimeMs ?? when);
      const mtime = onlyA ? st.mtimeMs : (refTimes?.mtimeMs ?? when);
      t.ctx.fs.utimes(path, atime, mtime);
    } catch (e) {
      t.error(t.gnu ? `cannot touch ${quoteFile(f)}: ${errText(e)}` : `${f}: ${errText(e)}`);
      status = 1;
    }
  }
  return status;
};

/** touch -t [[CC]YY]MMDDhhmm[.ss] in UTC. */
function parseTouchStamp(s: string, nowMs: number): number | null {
  const m = /^(\d{2}|\d{4})?(\d{2})(\d{2})(\d{2})(\d{2})(?:\.(\d{2}))?$/.exec(s);
  if (!m) return null;
  let year = m[1] ? Number(m[1]) : new Date(nowMs).getUTCFullYear();
  if (m[1]?.length === 2) year += year < 69 ? 2000 : 1900;
  return Date.UTC(year, Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
}
