// mount(8) without arguments: the mounted filesystems of /proc/mounts as `SOURCE on TARGET type
// TYPE (OPTIONS)` (util-linux and BusyBox print the same), `-t TYPE` to keep one type (util-linux:
// a comma list, `noTYPE` to exclude). Mounting needs privileges no simulated user has.

import type { Applet } from './lib/applet';
import { errText } from './lib/tool';

/** /proc/mounts escapes blanks and backslashes in octal (`\040`); mount prints them as they are. */
function unescape(field: string): string {
  return field.replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8)));
}

function typeFilter(spec: string | null, gnu: boolean): (type: string) => boolean {
  if (spec === null) return () => true;
  if (!gnu) return (type) => type === spec;
  const types = spec.split(',');
  if (types.every((x) => x.startsWith('no'))) return (type) => !types.includes(`no${type}`);
  return (type) => types.includes(type);
}

export const mount: Applet = async (t) => {
  let type: string | null = null;
  const operands: string[] = [];
  const args = t.args;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-t' || a === '--types') type = args[++i] ?? '';
    else if (a.startsWith('-t')) type = a.slice(2);
    else if (a.startsWith('--types=')) type = a.slice(8);
    else if (a !== '-l' && a !== '-n') operands.push(a);
  }
  if (operands.length) {
    if (t.gnu)
      t.error(
        t.ctx.uid === 0 ? `${operands[operands.length - 1]}: permission denied.` : 'only root can do that',
      );
    else t.error('permission denied (are you root?)');
    return t.gnu ? 32 : 1;
  }
  let table: string;
  try {
    table = t.ctx.fs.readText('/proc/mounts');
  } catch (e) {
    t.error(`/proc/mounts: ${errText(e)}`);
    return t.gnu ? 32 : 1;
  }
  const keep = typeFilter(type, t.gnu);
  let out = '';
  for (const line of table.split('\n')) {
    const [source, target, fstype, options] = line.split(' ');
    if (options === undefined || !keep(fstype)) continue;
    out += `${unescape(source)} on ${unescape(target)} type ${fstype} (${options})\n`;
  }
  t.out(out);
  return 0;
};
