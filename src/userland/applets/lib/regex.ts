// POSIX regular expressions (BRE and ERE, with the GNU extensions grep and sed accept) translated
// to JavaScript RegExp source: bracket expressions with [:classes:], \{m,n\}, \( \), \|, \+, \?,
// \< \>, back-references; characters special in JS but literal in POSIX are escaped.

export class RegexError extends Error {}

const CLASSES: Record<string, string> = {
  alpha: 'A-Za-z\\u00C0-\\u024F',
  digit: '0-9',
  alnum: '0-9A-Za-z\\u00C0-\\u024F',
  upper: 'A-Z\\u00C0-\\u00DE',
  lower: 'a-z\\u00DF-\\u00FF',
  space: ' \\t\\n\\r\\f\\v',
  blank: ' \\t',
  punct: '!-\\/:-@\\[-`{-~',
  print: ' -~\\u00A0-\\uFFFF',
  graph: '!-~\\u00A1-\\uFFFF',
  cntrl: '\\x00-\\x1f\\x7f',
  xdigit: '0-9A-Fa-f',
};

/** Translates a bracket expression starting at `re[i] === '['`; returns [source, next index]. */
function bracket(re: string, i: number): [string, number] {
  let j = i + 1;
  let out = '[';
  if (re[j] === '^') {
    out += '^';
    j++;
  }
  let first = true;
  for (; j < re.length; j++) {
    const c = re[j];
    if (c === ']' && !first) return [out + ']', j + 1];
    first = false;
    if (c === '[' && re[j + 1] === ':') {
      const end = re.indexOf(':]', j + 2);
      if (end < 0) throw new RegexError('Unmatched [, [^, [:, [., or [=');
      const name = re.slice(j + 2, end);
      if (!(name in CLASSES)) throw new RegexError('Invalid character class name');
      out += CLASSES[name];
      j = end + 1;
      continue;
    }
    if (c === '\\' || c === ']' || c === '[' || c === '^') out += '\\' + c;
    else out += c;
  }
  throw new RegexError('Unmatched [, [^, [:, [., or [=');
}

/** JS source for a POSIX regex. `extended`: ERE (grep -E, sed -E); otherwise BRE. */
export function translate(re: string, extended: boolean): string {
  let out = '';
  let depth = 0;
  let atStart = true;
  for (let i = 0; i < re.length; i++) {
    const c = re[i];
    const startOfExpr: boolean = atStart;
    atStart = false;
    if (c === '[') {
      const [src, next] = bracket(re, i);
      out += src;
      i = next - 1;
      continue;
    }
    if (c === '\\') {
      const n = re[++i];
      if (n === undefined) throw new RegexError('Trailing backslash');
      if (!extended && n === '(') {
        out += '(';
        depth++;
        atStart = true;
      } else if (!extended && n === ')') {
        if (depth-- === 0) throw new RegexError('Unmatched ) or \\)');
        out += ')';
      } else if (!extended && n === '{') {
        const end = re.indexOf('\\}', i);
        if (end < 0) throw new RegexError('Unmatched \\{');
        out += '{' + re.slice(i + 1, end) + '}';
        i = end + 1;
      } else if (!extended && (n === '|' || n === '+' || n === '?')) {
        out += n;
        if (n === '|') atStart = true;
      } else if (n === '<') out += '\\b(?=\\w)';
      else if (n === '>') out += '\\b(?<=\\w)';
      else if (/[1-9]/.test(n)) out += '\\' + n;
      else if ('wWsSbB'.includes(n)) out += '\\' + n;
      else if (n === 'n') out += '\\n';
      else if (n === 't') out += '\\t';
      else out += /[A-Za-z0-9]/.test(n) ? n : '\\' + n;
      continue;
    }
    if (extended) {
      if (c === '(') {
        depth++;
        atStart = true;
        out += '(';
        if (re[i + 1] === ')') throw new RegexError('Unmatched ( or \\(');
      } else if (c === ')') {
        if (depth-- === 0) throw new RegexError('Unmatched ) or \\)');
        out += ')';
      } else if (c === '|') {
        atStart = true;
        out += '|';
      } else if (c === '{') {
        const m = /^\{(\d*)(,?)(\d*)\}/.exec(re.slice(i));
        if (!m) out += '\\{';
        else {
          out += m[0];
          i += m[0].length - 1;
        }
      } else if ((c === '*' || c === '+' || c === '?') && startOfExpr) out += '\\' + c;
      else if (c === '}') out += '\\}';
      else out += c;
      continue;
    }
    // BRE: these are ordinary characters.
    if ('+?(){}|/'.includes(c)) out += '\\' + c;
    else if (c === '*' && startOfExpr) out += '\\*';
    else if (c === '^') {
      out += startOfExpr ? '^' : '\\^';
      atStart = startOfExpr;
    } else if (c === '$')
      out += i === re.length - 1 || re.startsWith('\\)', i + 1) || re.startsWith('\\|', i + 1) ? '$' : '\\$';
    else out += c;
  }
  if (depth > 0) throw new RegexError('Unmatched ( or \\(');
  return out;
}

/** Compiles, throwing RegexError with GNU's wording when the expression is invalid. */
export function compile(re: string, extended: boolean, flags: string): RegExp {
  const src = translate(re, extended);
  try {
    return new RegExp(src, flags);
  } catch {
    throw new RegexError('Invalid regular expression');
  }
}
