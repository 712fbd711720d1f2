// jq's filter language, the subset Baleine's lessons use: paths (.a.b, .[0], .["k"], .[]), pipes,
// commas, comparisons, and/or, //, literals, arrays, objects, calls such as select(…) and map(…),
// variables (`f as $x | …`, `$x`), reduce/foreach, `..` and the assignments (`|=`, `=`, `+=`, `//=`…).

export type JqAst =
  | { k: 'identity' }
  | { k: 'literal'; value: unknown }
  | { k: 'field'; of: JqAst; name: string; optional: boolean }
  | { k: 'index'; of: JqAst; index: JqAst; optional: boolean }
  | { k: 'iterate'; of: JqAst; optional: boolean }
  | { k: 'pipe'; left: JqAst; right: JqAst }
  | { k: 'comma'; left: JqAst; right: JqAst }
  | { k: 'binary'; op: string; left: JqAst; right: JqAst }
  | { k: 'array'; body: JqAst | null }
  | { k: 'object'; entries: { key: JqAst; value: JqAst }[] }
  | { k: 'call'; name: string; args: JqAst[] }
  | { k: 'format'; name: string }
  | { k: 'interpolate'; parts: (string | JqAst)[]; format: string | null }
  | { k: 'if'; cond: JqAst; then: JqAst; else: JqAst }
  | { k: 'var'; name: string; at: number }
  | { k: 'recurse' }
  | { k: 'bind'; source: JqAst; name: string; body: JqAst }
  | { k: 'reduce'; source: JqAst; name: string; init: JqAst; update: JqAst }
  | { k: 'foreach'; source: JqAst; name: string; init: JqAst; update: JqAst; extract: JqAst | null }
  | { k: 'assign'; op: string; left: JqAst; right: JqAst };

/** The update-assignment operators (`|=`, `=`, `+=`…), non-associative between `//` and `or`. */
const ASSIGN_OPS = ['|=', '=', '+=', '-=', '*=', '/=', '%=', '//='];

/** `atEnd`: the filter stopped short (bison's `unexpected $end`); otherwise a token was left over. */
export class JqSyntaxError extends Error {
  constructor(
    src: string,
    readonly atEnd: boolean,
  ) {
    super(src);
  }
}

// A string may hold interpolations `\(…)` with strings and one level of parentheses of their own.
const STRING = String.raw`"(?:\\\((?:[^()"]|"(?:[^"\\]|\\.)*"|\([^()]*\))*\)|[^"\\]|\\.)*"`;
const TOKEN = new RegExp(
  String.raw`\s*(\.\.|\.[A-Za-z_][A-Za-z0-9_]*|${STRING}|\d+(?:\.\d+)?|@[A-Za-z0-9]+|\$[A-Za-z_][A-Za-z0-9_]*|[A-Za-z_][A-Za-z0-9_]*|\/\/=|\|=|\+=|-=|\*=|\/=|%=|==|!=|<=|>=|\/\/|[.[\]{}()|,:;<>+\-*\/%?=])`,
  'y',
);

/** The tokens of a filter and where each starts. */
function tokenize(src: string): { toks: string[]; starts: number[] } {
  const out: string[] = [];
  const starts: number[] = [];
  TOKEN.lastIndex = 0;
  let at = 0;
  while (at < src.length) {
    if (/^\s*$/.test(src.slice(at))) break;
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(src);
    if (!m) throw new JqSyntaxError(src, false);
    out.push(m[1]!);
    starts.push(TOKEN.lastIndex - m[1]!.length);
    at = TOKEN.lastIndex;
  }
  return { toks: out, starts };
}

/** A string token: a literal, or literal pieces and `\\(filter)` parts (formatted with `@fmt` if given). */
function stringLiteral(tok: string, fmt: string | null): JqAst {
  const body = tok.slice(1, -1);
  const parts: (string | JqAst)[] = [];
  let text = '';
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '\\' && body[i + 1] === '(') {
      let depth = 1;
      let j = i + 2;
      for (; j < body.length && depth > 0; j++) {
        if (body[j] === '"') j = body.indexOf('"', j + 1);
        else if (body[j] === '(') depth++;
        else if (body[j] === ')') depth--;
      }
      parts.push(JSON.parse(`"${text}"`) as string, parseJq(body.slice(i + 2, j - 1)));
      text = '';
      i = j - 1;
    } else if (body[i] === '\\') {
      text += body.slice(i, i + 2);
      i++;
    } else text += body[i];
  }
  parts.push(JSON.parse(`"${text}"`) as string);
  if (parts.length === 1 && fmt === null) return { k: 'literal', value: parts[0] };
  return { k: 'interpolate', parts, format: fmt };
}

export function parseJq(src: string): JqAst {
  const { toks, starts } = tokenize(src);
  let i = 0;
  const peek = (): string | undefined => toks[i];
  const take = (t?: string): string => {
    const tok = toks[i];
    if (tok === undefined || (t !== undefined && tok !== t)) throw new JqSyntaxError(src, tok === undefined);
    i++;
    return tok;
  };

  /** `Term as $name | body`, or null (and nothing taken) when the tokens are not a binding. */
  const binding = (): JqAst | null => {
    const start = i;
    try {
      const source = postfix();
      if (peek() === 'as') {
        take();
        const name = variable();
        take('|');
        return { k: 'bind', source, name, body: pipe() };
      }
    } catch (err) {
      if (!(err instanceof JqSyntaxError)) throw err;
    }
    i = start;
    return null;
  };
  const variable = (): string => {
    const t = take();
    if (!t.startsWith('$')) throw new JqSyntaxError(src, false);
    return t.slice(1);
  };

  const pipe = (): JqAst => {
    const bound = binding();
    if (bound) return bound;
    const left = comma();
    if (peek() === '|') {
      take();
      return { k: 'pipe', left, right: pipe() };
    }
    return left;
  };
  const comma = (): JqAst => {
    let left = alternative();
    while (peek() === ',') {
      take();
      left = { k: 'comma', left, right: alternative() };
    }
    return left;
  };
  const binaryLevel = (ops: string[], next: () => JqAst) => (): JqAst => {
    let left = next();
    while (ops.includes(peek() ?? '')) {
      const op = take();
      left = { k: 'binary', op, left, right: next() };
    }
    return left;
  };
  const multiplicative = binaryLevel(['*', '/', '%'], () => postfix());
  const additive = binaryLevel(['+', '-'], multiplicative);
  const comparison = binaryLevel(['==', '!=', '<', '<=', '>', '>='], additive);
  const and = binaryLevel(['and'], comparison);
  const or = binaryLevel(['or'], and);
  const assignment = (): JqAst => {
    const left = or();
    if (!ASSIGN_OPS.includes(peek() ?? '')) return left;
    const op = take();
    return { k: 'assign', op, left, right: or() };
  };
  const alternative = binaryLevel(['//'], assignment);

  const suffixes = (base: JqAst): JqAst => {
    let node = base;
    for (;;) {
      const t = peek();
      if (t?.startsWith('.') && t.length > 1 && t !== '..') {
        take();
        node = { k: 'field', of: node, name: t.slice(1), optional: optional() };
      } else if (t === '[') {
        take();
        if (peek() === ']') {
          take();
          node = { k: 'iterate', of: node, optional: optional() };
        } else {
          const index = pipe();
          take(']');
          node = { k: 'index', of: node, index, optional: optional() };
        }
      } else if (t === '.' && toks[i + 1] === '[') {
        take();
      } else return node;
    }
  };
  const optional = (): boolean => {
    if (peek() !== '?') return false;
    take();
    return true;
  };
  const postfix = (): JqAst => suffixes(primary());

  const primary = (): JqAst => {
    const t = take();
    if (t === '.') {
      const next = peek();
      if (next?.startsWith('"')) {
        take();
        return { k: 'field', of: { k: 'identity' }, name: JSON.parse(next) as string, optional: optional() };
      }
      return { k: 'identity' };
    }
    if (t === '..') return { k: 'recurse' };
    if (t.startsWith('$')) return { k: 'var', name: t.slice(1), at: starts[i - 1]! };
    if (t === 'reduce' || t === 'foreach') {
      const source = postfix();
      take('as');
      const name = variable();
      take('(');
      const init = pipe();
      take(';');
      const update = pipe();
      let extract: JqAst | null = null;
      if (t === 'foreach' && peek() === ';') {
        take();
        extract = pipe();
      }
      take(')');
      return t === 'reduce'
        ? { k: 'reduce', source, name, init, update }
        : { k: 'foreach', source, name, init, update, extract };
    }
    if (t.startsWith('.') && t !== '..')
      return { k: 'field', of: { k: 'identity' }, name: t.slice(1), optional: optional() };
    if (t.startsWith('"')) return stringLiteral(t, null);
    if (t.startsWith('@')) {
      const next = peek();
      if (next?.startsWith('"')) {
        take();
        return stringLiteral(next, t.slice(1));
      }
      return { k: 'format', name: t.slice(1) };
    }
    if (t === 'if') {
      const cond = pipe();
      take('then');
      const then = pipe();
      const rest = (): JqAst => {
        // jq 1.6 wants an else (1.7 made it optional).
        const kw = take();
        if (kw === 'else') {
          const e = pipe();
          take('end');
          return e;
        }
        if (kw !== 'elif') throw new JqSyntaxError(src, false);
        const c = pipe();
        take('then');
        const th = pipe();
        return { k: 'if', cond: c, then: th, else: rest() };
      };
      return { k: 'if', cond, then, else: rest() };
    }
    if (/^\d/.test(t)) return { k: 'literal', value: Number(t) };
    if (t === '-' && /^\d/.test(peek() ?? '')) return { k: 'literal', value: -Number(take()) };
    if (t === 'true' || t === 'false' || t === 'null') return { k: 'literal', value: JSON.parse(t) };
    if (t === '(') {
      const inner = pipe();
      take(')');
      return inner;
    }
    if (t === '[') {
      if (peek() === ']') {
        take();
        return { k: 'array', body: null };
      }
      const body = pipe();
      take(']');
      return { k: 'array', body };
    }
    if (t === '{') {
      const entries: { key: JqAst; value: JqAst }[] = [];
      while (peek() !== '}') {
        const keyTok = take();
        const key: JqAst = { k: 'literal', value: keyTok.startsWith('"') ? JSON.parse(keyTok) : keyTok };
        let value: JqAst;
        if (peek() === ':') {
          take();
          value = alternative();
        } else value = { k: 'field', of: { k: 'identity' }, name: key.value as string, optional: false };
        entries.push({ key, value });
        if (peek() === ',') take();
        else break;
      }
      take('}');
      return { k: 'object', entries };
    }
    if (/^[A-Za-z_]/.test(t)) {
      const args: JqAst[] = [];
      if (peek() === '(') {
        take();
        args.push(pipe());
        while (peek() === ';') {
          take();
          args.push(pipe());
        }
        take(')');
      }
      return { k: 'call', name: t, args };
    }
    throw new JqSyntaxError(src, false);
  };

  const ast = pipe();
  if (i !== toks.length) throw new JqSyntaxError(src, false);
  return ast;
}

/** The variables `ast` uses without binding them (jq's `$x is not defined` compile errors), in order. */
export function undefinedVariables(ast: JqAst, bound: ReadonlySet<string>): { name: string; at: number }[] {
  const withName = (name: string) => new Set([...bound, name]);
  switch (ast.k) {
    case 'var':
      return bound.has(ast.name) ? [] : [{ name: ast.name, at: ast.at }];
    case 'bind':
      return [...undefinedVariables(ast.source, bound), ...undefinedVariables(ast.body, withName(ast.name))];
    case 'reduce':
    case 'foreach': {
      const inner = withName(ast.name);
      const extract = ast.k === 'foreach' && ast.extract ? undefinedVariables(ast.extract, inner) : [];
      return [
        ...undefinedVariables(ast.source, bound),
        ...undefinedVariables(ast.init, bound),
        ...undefinedVariables(ast.update, inner),
        ...extract,
      ];
    }
    default:
      return children(ast).flatMap((c) => undefinedVariables(c, bound));
  }
}

/** The sub-filters of a node other than the binding forms. */
function children(ast: JqAst): JqAst[] {
  switch (ast.k) {
    case 'field':
    case 'iterate':
      return [ast.of];
    case 'index':
      return [ast.of, ast.index];
    case 'pipe':
    case 'comma':
    case 'binary':
    case 'assign':
      return [ast.left, ast.right];
    case 'array':
      return ast.body ? [ast.body] : [];
    case 'object':
      return ast.entries.flatMap((e) => [e.key, e.value]);
    case 'call':
      return ast.args;
    case 'interpolate':
      return ast.parts.filter((p): p is JqAst => typeof p !== 'string');
    case 'if':
      return [ast.cond, ast.then, ast.else];
    default:
      return [];
  }
}
