// chown(1) OWNER[:GROUP] / :GROUP, -R recursive, -h (the link itself is not supported: follows).

import type { Applet } from './lib/applet';
import { getopt, has } from './lib/getopt';
import { errText } from './lib/tool';
import { quote, quoteFile } from './lib/quote';
import { usage } from './lib/usage';
import { parseGroup, parseUser, passwd } from './lib/users';

export const chown: Applet = async (t) => {
  const p = getopt(t, t.args, {
    short: 'Rvhcf',
    long: [
      { name: 'recursive', key: 'R' },
      { name: 'verbose', key: 'v' },
    ],
  });
  if (!p) return 1;
  if (p.operands.length === 0) return usage(t, 'missing operand');
  if (p.operands.length === 1) return usage(t, `missing operand after ${quote(p.operands[0])}`);
  const [spec, ...files] = p.operands;
  const m = /^([^:.]*)(?:[:.]([^:]*))?$/.exec(spec);
  const fs = t.ctx.fs;
  let uid = -1;
  let gid = -1;
  if (m && m[1]) {
    const u = parseUser(fs, m[1]);
    if (u === undefined) {
      t.error(t.gnu ? `invalid user: ${quote(spec)}` : `unknown user ${m[1]}`);
      return 1;
    }
    uid = u;
  }
  if (m && m[2]) {
    const g = parseGroup(fs, m[2]);
    if (g === undefined) {
      t.error(t.gnu ? `invalid group: ${quote(spec)}` : `unknown user/group ${spec}`);
      return 1;
    }
    gid = g;
  } else if (m && m[2] === '' && uid >= 0) gid = passwd(fs).find((e) => e.uid === uid)?.gid ?? -1;
  if (!m) {
    t.error(t.gnu ? `invalid spec: ${quote(spec)}` : `unknown user ${spec}`);
    return 1;
  }
  let status = 0;
  const apply = (shown: string): void => {
    const path = t.path(shown);
    try {
      const st = fs.stat(path);
      if (t.ctx.uid !== 0 && uid >= 0 && uid !== st.uid) {
        t.error(`changing ownership of ${quoteFile(shown)}: Operation not permitted`);
        status = 1;
        return;
      }
      fs.chown(path, uid, gid);
      if (has(p, 'R') && st.type === 'dir' && fs.lstat(path).type === 'dir')
        for (const n of fs.readdir(path)) apply(`${shown.replace(/\/+$/, '')}/${n}`);
    } catch (e) {
      t.error(t.gnu ? `cannot access ${quoteFile(shown)}: ${errText(e)}` : `${shown}: ${errText(e)}`);
      status = 1;
    }
  };
  for (const f of files) apply(f);
  return status;
};
