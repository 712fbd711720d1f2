// jq 1.6, a useful subset: a filter over each JSON value of stdin or the files, -r raw strings, -c
// compact output, -n null input, -e exit status from the last output, --arg/--argjson variables
// ($name, $ARGS.named) and the environment ($ENV, env). Output is never coloured (as with -M).
import { resolvePath } from '../../engine/fs/path';
import type { ProcessContext, Program } from '../../engine/process/types';
import { evaluate, JqRuntimeError, type Vars } from './jq-eval';
import { JqSyntaxError, parseJq, undefinedVariables, type JqAst } from './jq-parse';

interface JqOptions {
  raw: boolean;
  compact: boolean;
  nullInput: boolean;
  exitStatus: boolean;
  filter: string | null;
  files: string[];
  /** --arg and --argjson, in order. */
  named: Record<string, unknown>;
}

/** A usage error of jq 1.6's main (exit 2), with its message. */
class JqUsageError extends Error {}

function parseArgs(args: string[]): JqOptions {
  const o: JqOptions = {
    raw: false,
    compact: false,
    nullInput: false,
    exitStatus: false,
    filter: null,
    files: [],
    named: {},
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--arg' || a === '--argjson') {
      if (i + 2 >= args.length)
        throw new JqUsageError(
          `${a} takes two parameters (e.g. ${a} varname ${a === '--arg' ? 'value' : 'text'})`,
        );
      const [name, text] = [args[i + 1]!, args[i + 2]!];
      i += 2;
      if (a === '--arg') o.named[name] = text;
      else {
        try {
          o.named[name] = JSON.parse(text) as unknown;
        } catch {
          throw new JqUsageError('invalid JSON text passed to --argjson');
        }
      }
    } else if (/^-[rcnMCSe]+$/.test(a)) {
      o.raw ||= a.includes('r');
      o.compact ||= a.includes('c');
      o.nullInput ||= a.includes('n');
      o.exitStatus ||= a.includes('e');
    } else if (a === '--exit-status') o.exitStatus = true;
    else if (a === '--raw-output') o.raw = true;
    else if (a === '--compact-output') o.compact = true;
    else if (a === '--null-input') o.nullInput = true;
    else if (o.filter === null) o.filter = a;
    else o.files.push(a);
  }
  return o;
}

/** The JSON values of a text, one after the other, with the line each one ends on. */
function jsonValues(text: string): { value: unknown; line: number }[] {
  const out: { value: unknown; line: number }[] = [];
  let start = 0;
  let depth = 0;
  let inString = false;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
    const atBoundary = c === undefined || (depth === 0 && /\s/.test(c));
    const chunk = text.slice(start, i).trim();
    if (atBoundary && chunk && (depth === 0 || c === undefined)) {
      out.push({
        value: JSON.parse(chunk) as unknown,
        line: text.slice(0, i + 1).split('\n').length - 1 || 1,
      });
      start = i;
    }
  }
  return out;
}

function format(v: unknown, o: JqOptions): string {
  if (o.raw && typeof v === 'string') return v;
  return JSON.stringify(v, null, o.compact ? undefined : 2) ?? 'null';
}

async function readAll(ctx: ProcessContext): Promise<string> {
  let text = '';
  for (let c = await ctx.stdin.read(); c !== null; c = await ctx.stdin.read()) text += c;
  return text;
}

export const jq: Program = async (ctx) => {
  let o: JqOptions;
  try {
    o = parseArgs(ctx.argv.slice(1));
  } catch (err) {
    if (!(err instanceof JqUsageError)) throw err;
    ctx.stderr.write(
      `jq: ${err.message}\nUse jq --help for help with command-line options,\nor see the jq manpage, or online docs  at https://stedolan.github.io/jq\n`,
    );
    return 2;
  }
  const vars: Vars = new Map<string, unknown>([
    ['ENV', { ...ctx.env }],
    ['__prog_args', []],
    ['ARGS', { positional: [], named: o.named }],
    ...Object.entries(o.named),
  ]);
  const filter = o.filter ?? '.';
  let ast: JqAst;
  try {
    ast = parseJq(filter);
  } catch (err) {
    if (!(err instanceof JqSyntaxError)) throw err;
    const unexpected = err.atEnd ? '$end' : 'INVALID_CHARACTER, expecting $end';
    ctx.stderr.write(
      `jq: error: syntax error, unexpected ${unexpected} (Unix shell quoting issues?) at <top-level>, line 1:\n${filter}\njq: 1 compile error\n`,
    );
    return 3;
  }
  const missing = undefinedVariables(ast, new Set(vars.keys()));
  if (missing.length > 0) {
    // jq 1.6 pads the quoted line with as many spaces as the variable's column (a caret it never draws).
    for (const v of missing) {
      ctx.stderr.write(
        `jq: error: $${v.name} is not defined at <top-level>, line 1:\n${filter}${' '.repeat(v.at)}\n`,
      );
    }
    ctx.stderr.write(`jq: ${missing.length} compile ${missing.length === 1 ? 'error' : 'errors'}\n`);
    return 3;
  }
  const sources = o.files.length
    ? o.files.map((f) => ({ name: f, text: ctx.fs.readText(resolvePath(ctx.cwd, f)) }))
    : [];
  if (!o.files.length && !o.nullInput) sources.push({ name: '<stdin>', text: await readAll(ctx) });
  const inputs = o.nullInput ? [{ name: '<unknown>', value: null as unknown, line: 0 }] : [];
  for (const s of sources) {
    try {
      inputs.push(...jsonValues(s.text).map((v) => ({ name: s.name, ...v })));
    } catch {
      ctx.stderr.write(`parse error: Invalid JSON text in ${s.name}\n`);
      return 2;
    }
  }
  let status = 0;
  let last: { value: unknown } | null = null;
  for (const input of inputs) {
    try {
      for (const v of evaluate(ast, input.value, vars)) {
        ctx.stdout.write(`${format(v, o)}\n`);
        last = { value: v };
      }
    } catch (err) {
      if (!(err instanceof JqRuntimeError)) throw err;
      ctx.stderr.write(`jq: error (at ${input.name}:${input.line}): ${err.message}\n`);
      status = 5;
    }
  }
  if (status !== 0 || !o.exitStatus) return status;
  if (!last) return 4;
  return last.value === null || last.value === false ? 1 : 0;
};
