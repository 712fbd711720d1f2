// chmod(1): octal or symbolic modes, -R recursive, -v/-c.

import type { Applet } from './lib/applet';
import type { Tool } from './lib/tool';
import { getopt, has } from './lib/getopt';
import { errText } from './lib/tool';
import { quote, quoteFile } from './lib/quote';
import { usage } from './lib/usage';
import { modeString, parseMode } from './lib/mode';

const UMASK = 0o022;

export const chmod: Applet = async (t) => {
  // Symbolic modes such as `-w` or `-x` look like options: take them as the mode operand.
  const args = [...t.args];
  let modeArg: string | undefined;
  const idx = args.findIndex((a) => /^[-+=][rwxXstugo]*$/.test(a) && !/^-[Rvcf]+$/.test(a));
  if (idx >= 0) modeArg = args.splice(idx, 1)[0];
  const p = getopt(t, args, {
    short: 'Rvcf',
    long: [
      { name: 'recursive', key: 'R' },
      { name: 'verbose', key: 'v' },
      { name: 'changes', key: 'c' },
      { name: 'silent', key: 'f' },
      { name: 'quiet', key: 'f' },
    ],
  });
  if (!p) return 1;
  const ops = modeArg !== undefined ? [modeArg, ...p.operands] : p.operands;
  if (ops.length === 0) return usage(t, 'missing operand');
  if (ops.length === 1) return usage(t, `missing operand after ${quote(ops[0])}`);
  const [spec, ...files] = ops;
  if (parseMode(spec, 0, UMASK, false) === null) {
    if (t.gnu) return usage(t, `invalid mode: ${quote(spec)}`);
    t.error(`invalid mode '${spec}'`);
    return 1;
  }
  let status = 0;
  const apply = (shown: string, top: boolean): void => {
    const path = t.path(shown);
    let st;
    try {
      st = top ? t.ctx.fs.stat(path) : t.ctx.fs.lstat(path);
    } catch (e) {
      t.error(t.gnu ? `cannot access ${quoteFile(shown)}: ${errText(e)}` : `${shown}: ${errText(e)}`);
      status = 1;
      return;
    }
    if (st.type === 'symlink') return; // chmod -R does not follow symlinks met below the top
    const mode = parseMode(spec, st.mode, UMASK, st.type === 'dir')!;
    try {
      t.ctx.fs.chmod(path, mode);
      report(t, shown, st.type, st.mode, mode, has(p, 'v'), has(p, 'c'));
    } catch (e) {
      if (!has(p, 'f')) t.error(`changing permissions of ${quoteFile(shown)}: ${errText(e)}`);
      status = 1;
    }
    if (has(p, 'R') && st.type === 'dir')
      for (const n of t.ctx.fs.readdir(path)) apply(`${shown.replace(/\/+$/, '')}/${n}`, false);
  };
  for (const f of files) apply(f, true);
  return status;
};

function report(
  t: Tool,
  shown: string,
  type: string,
  before: number,
  after: number,
  verbose: boolean,
  changes: boolean,
): void {
  if (!verbose && !(changes && before !== after)) return;
  const o = (m: number): string => `${m.toString(8).padStart(4, '0')} (${modeString(type, m).slice(1)})`;
  if (!t.gnu) t.out(`mode of '${shown}' changed to ${o(after)}\n`);
  else if (before === after) t.out(`mode of ${quoteFile(shown)} retained as ${o(after)}\n`);
  else t.out(`mode of ${quoteFile(shown)} changed from ${o(before)} to ${o(after)}\n`);
}
