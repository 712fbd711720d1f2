// awk: mawk on the host (Debian's default awk), BusyBox awk in containers. Options -F, -v, -f and
// `--`; the program itself is src/userland/awk.

import type { Applet } from './lib/applet';
import type { Tool } from './lib/tool';
import { busyboxUsage } from './lib/usage';
import { errText } from './lib/tool';
import { parseProgram } from '../awk/parser';
import { AwkSyntaxError } from '../awk/lexer';
import { AwkFatal, AwkRuntimeError, Interpreter } from '../awk/interpreter';
import { unescapeAssignment } from '../awk/escape';
import { fromAwk, toAwk } from '../awk/bytes';
import type { Program } from '../awk/ast';

/** What Debian's mawk prints for `-W version` (recorded: test/golden/tools/gnu.json, awk-version). */
const MAWK_VERSION = {
  stdout:
    'mawk 1.3.4 20200120\nCopyright 2008-2019,2020, Thomas E. Dickey\nCopyright 1991-1996,2014, Michael D. Brennan\n\n',
  stderr:
    'random-funcs:       srandom/random\nregex-funcs:        internal\ncompiled limits:\nsprintf buffer      8192\nmaximum-integer     2147483647\n',
};

interface Options {
  fs: string | null;
  /** `-W` implementation options (mawk: version…; BusyBox ignores them). */
  w: string[];
  assigns: string[];
  files: string[];
  rest: string[];
}

function options(args: string[]): Options | string {
  const o: Options = { fs: null, w: [], assigns: [], files: [], rest: [] };
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      i++;
      break;
    }
    if (!a.startsWith('-') || a === '-') break;
    const flag = a[1];
    if (flag !== 'F' && flag !== 'v' && flag !== 'f' && flag !== 'W') return a;
    const value = a.length > 2 ? a.slice(2) : args[++i];
    if (value === undefined) return a;
    if (flag === 'F') o.fs = value;
    else if (flag === 'v') o.assigns.push(value);
    else if (flag === 'f') o.files.push(value);
    else o.w.push(value);
  }
  o.rest = args.slice(i);
  return o;
}

/** The error for a program that does not parse, as each awk words it. */
function syntaxError(t: Tool, e: AwkSyntaxError): number {
  if (!t.gnu) {
    t.error('cmd. line:1: Unexpected token');
    return 1;
  }
  t.error(
    e.near === 'end of file' ? `line ${e.line}: missing } near end of file` : `line ${e.line}: ${e.message}`,
  );
  return 2;
}

export const awk: Applet = async (t) => {
  const o = options(t.args);
  if (typeof o === 'string') {
    if (t.gnu) {
      t.error(`not an option: ${o}`);
      return 2;
    }
    t.ctx.stderr.write(busyboxUsage(t));
    return 1;
  }
  if (!t.gnu && o.w.length) t.error('warning: option -W is ignored');
  if (t.gnu && o.w.some((w) => 'version'.startsWith(w))) {
    t.out(MAWK_VERSION.stdout);
    t.ctx.stderr.write(MAWK_VERSION.stderr);
    return 0;
  }
  let source: string;
  if (o.files.length) {
    const texts: string[] = [];
    for (const f of o.files) {
      try {
        texts.push(f === '-' ? await t.readStdin() : t.ctx.fs.readText(t.path(f)));
      } catch (e) {
        t.error(t.gnu ? `cannot open ${f} (${errText(e)})` : `can't open '${f}': ${errText(e)}`);
        return t.gnu ? 2 : 1;
      }
    }
    source = texts.join('\n');
  } else if (o.rest.length) source = o.rest.shift()!;
  else {
    if (t.gnu)
      t.ctx.stderr.write(`usage: ${t.name} [-F value] [-v var=value] [--] 'program text' [file ...]\n`);
    else t.ctx.stderr.write(busyboxUsage(t));
    return t.gnu ? 2 : 1;
  }
  let program: Program;
  try {
    // mawk reads the program as if it ended with a newline (its errors count that line).
    program = parseProgram(toAwk(t.gnu ? source + '\n' : source), { octalLiterals: !t.gnu });
  } catch (e) {
    if (e instanceof AwkSyntaxError) return syntaxError(t, e);
    throw e;
  }
  const it = new Interpreter(t, program);
  try {
    if (o.fs !== null) it.setVar('FS', o.fs === 't' ? '\t' : unescapeAssignment(toAwk(o.fs)));
    for (const a of o.assigns) {
      const eq = a.indexOf('=');
      if (eq <= 0) {
        t.error(t.gnu ? `improper assignment: -v ${a}` : `unexpected token`);
        return 2;
      }
      it.assign(a.slice(0, eq), a.slice(eq + 1));
    }
    return await it.run(o.rest);
  } catch (e) {
    if (e instanceof AwkFatal) {
      t.error(e.message);
      return t.gnu ? 2 : 1;
    }
    if (!(e instanceof AwkRuntimeError)) throw e;
    if (t.gnu) {
      const v = (n: string): string => fromAwk(it.str(it.scalar(n)));
      t.error(
        `run time error: ${fromAwk(e.message)}\n\tFILENAME="${v('FILENAME')}" FNR=${v('FNR')} NR=${v('NR')}`,
      );
      return 2;
    }
    t.error(`cmd. line:1: ${fromAwk(e.message)}`);
    return 1;
  }
};
