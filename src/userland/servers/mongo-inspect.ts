// mongosh prints results with Node's util.inspect (compact: 3, breakLength: 80): single-quoted
// strings, unquoted identifier keys, ObjectId('…'), one line when it fits, two-space indentation
// otherwise.
import { isObjectId, type MongoValue } from './mongo-value';

const BREAK_LENGTH = 80;
const COMPACT = 3;

function quote(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
}

/** Returns the text and how many levels of objects it nests. */
function format(v: MongoValue, indent: number): { text: string; depth: number } {
  if (v === null) return { text: 'null', depth: 0 };
  if (typeof v === 'string') return { text: quote(v), depth: 0 };
  if (typeof v !== 'object') return { text: String(v), depth: 0 };
  if (isObjectId(v)) return { text: `ObjectId('${v.$oid}')`, depth: 0 };
  const array = Array.isArray(v);
  const entries: { text: string; depth: number }[] = array
    ? v.map((x) => format(x, indent + 2))
    : Object.entries(v).map(([k, x]) => {
        const f = format(x, indent + 2);
        return { text: `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : quote(k)}: ${f.text}`, depth: f.depth };
      });
  const [open, close] = array ? ['[', ']'] : ['{', '}'];
  if (!entries.length) return { text: `${open}${close}`, depth: 1 };
  const depth = 1 + Math.max(...entries.map((e) => e.depth));
  const start = entries.length + indent + open.length + 10;
  const total = entries.reduce((t, e) => t + e.text.length, entries.length + start);
  if (depth <= COMPACT && total <= BREAK_LENGTH && !entries.some((e) => e.text.includes('\n')))
    return { text: `${open} ${entries.map((e) => e.text).join(', ')} ${close}`, depth };
  const pad = `\n${' '.repeat(indent)}`;
  return { text: `${open}${pad}  ${entries.map((e) => e.text).join(`,${pad}  `)}${pad}${close}`, depth };
}

/** How mongosh prints a value it evaluated (top-level strings bare, as the REPL does). */
export function inspect(v: MongoValue): string {
  return typeof v === 'string' ? v : format(v, 0).text;
}
