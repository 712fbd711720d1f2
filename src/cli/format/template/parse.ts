// Parser of Go's text/template into a small tree: text, actions, if/range/with (with else and
// else-if chains), break/continue, pipelines with variable declarations, commands and operands.

import { TemplateError, lex, type Token } from './lexer';

export type Operand =
  | { kind: 'field'; names: string[]; pos: number; text: string }
  | { kind: 'variable'; name: string; names: string[]; pos: number; text: string }
  | { kind: 'dot'; pos: number; text: string }
  | { kind: 'identifier'; name: string; pos: number; text: string }
  | { kind: 'literal'; value: unknown; pos: number; text: string }
  | { kind: 'pipe'; pipe: Pipeline; names: string[]; pos: number; text: string };

export interface Command {
  args: Operand[];
  pos: number;
}

export interface Pipeline {
  decl: string[];
  isAssign: boolean;
  cmds: Command[];
  pos: number;
  text: string;
}

export interface ControlNode {
  kind: 'if' | 'with' | 'range';
  pipe: Pipeline;
  list: Node[];
  elseList: Node[] | null;
  pos: number;
}

export type Node =
  | { kind: 'text'; text: string }
  | { kind: 'action'; pipe: Pipeline; pos: number }
  | ControlNode
  | { kind: 'break' | 'continue'; pos: number };

function unquote(tok: Token): unknown {
  if (tok.type === 'rawstring') return tok.value.slice(1, -1);
  if (tok.type === 'string') {
    return tok.value
      .slice(1, -1)
      .replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{3}|.)/g, (_, e: string) => {
        const simple: Record<string, string> = {
          n: '\n',
          t: '\t',
          r: '\r',
          a: '\x07',
          b: '\b',
          f: '\f',
          v: '\v',
          '\\': '\\',
          '"': '"',
          "'": "'",
        };
        if (e.length === 1) return simple[e] ?? e;
        if (e[0] === 'x' || e[0] === 'u' || e[0] === 'U')
          return String.fromCodePoint(parseInt(e.slice(1), 16));
        return String.fromCodePoint(parseInt(e, 8));
      });
  }
  if (tok.type === 'char') {
    const s = unquote({ ...tok, type: 'string', value: `"${tok.value.slice(1, -1)}"` }) as string;
    return s.codePointAt(0) ?? 0;
  }
  if (tok.type === 'number') {
    const t = tok.value.replace(/_/g, '');
    const v = /^[+-]?0[xXbBoO]/.test(t) ? Number(t.replace(/^([+-]?)0[oO]/, '$10o')) : Number(t);
    if (Number.isNaN(v))
      throw new TemplateError(`template: :${tok.line}: illegal number syntax: "${tok.value}"`);
    return v;
  }
  if (tok.type === 'bool') return tok.value === 'true';
  return null;
}

export function parse(input: string): Node[] {
  const toks = lex(input);
  let i = 0;
  let rangeDepth = 0;
  const peek = (): Token => toks[i];
  const next = (): Token => toks[i++];
  const fail = (msg: string, tok: Token = toks[i]): never => {
    throw new TemplateError(`template: :${tok.line}: ${msg}`);
  };
  const skipSpace = () => {
    while (peek().type === 'space') i++;
  };
  const tokText = (t: Token) => (t.type === 'eof' ? 'EOF' : t.type === 'right' ? '}}' : t.value);

  const operand = (): Operand | null => {
    const t = peek();
    let op: Operand;
    switch (t.type) {
      case 'field': {
        const names: string[] = [];
        const start = t.pos;
        let text = '';
        while (peek().type === 'field') {
          names.push(peek().value.slice(1));
          text += next().value;
        }
        return { kind: 'field', names, pos: start, text };
      }
      case 'variable':
        next();
        op = { kind: 'variable', name: t.value, names: [], pos: t.pos, text: t.value };
        break;
      case 'dot':
        next();
        op = { kind: 'dot', pos: t.pos, text: '.' };
        break;
      case 'identifier':
        next();
        op = { kind: 'identifier', name: t.value, pos: t.pos, text: t.value };
        break;
      case 'string':
      case 'rawstring':
      case 'char':
      case 'number':
      case 'bool':
      case 'nil':
        next();
        op = { kind: 'literal', value: unquote(t), pos: t.pos, text: t.value };
        break;
      case 'lparen': {
        next();
        const pipe = pipeline('parenthesized pipeline', 'rparen');
        op = { kind: 'pipe', pipe, names: [], pos: t.pos, text: `(${pipe.text})` };
        break;
      }
      default:
        return null;
    }
    // Field chain on a variable or a parenthesized pipeline: $x.A.B, (pipe).A
    if (peek().type === 'field' && (op.kind === 'variable' || op.kind === 'pipe')) {
      while (peek().type === 'field') {
        op.names.push(peek().value.slice(1));
        op.text += next().value;
      }
    } else if (peek().type === 'field' && op.kind === 'dot') {
      fail(`unexpected . after term "."`);
    }
    return op;
  };

  const pipeline = (context: string, end: 'right' | 'rparen'): Pipeline => {
    skipSpace();
    const start = peek().pos;
    const decl: string[] = [];
    let isAssign = false;
    // Variable declarations: $x := or $x, $y := (range)
    const save = i;
    if (peek().type === 'variable') {
      const v = next();
      skipSpace();
      if (peek().type === 'declare' || peek().type === 'assign') {
        isAssign = peek().type === 'assign';
        next();
        decl.push(v.value);
      } else if (peek().type === 'comma') {
        next();
        skipSpace();
        const v2 = next();
        if (v2.type !== 'variable') fail(`range can only initialize variables`);
        skipSpace();
        if (peek().type !== 'declare' && peek().type !== 'assign') fail(`expected := or = in range`);
        next();
        decl.push(v.value, v2.value);
      } else i = save;
    }
    const cmds: Command[] = [];
    for (;;) {
      skipSpace();
      const t = peek();
      if (t.type === end) {
        next();
        break;
      }
      if (t.type === 'eof' || (t.type === 'right' && end === 'rparen')) fail(`unclosed action`);
      const cmd: Command = { args: [], pos: t.pos };
      for (;;) {
        skipSpace();
        const op = operand();
        if (!op) break;
        cmd.args.push(op);
        const after = peek();
        if (
          after.type !== 'space' &&
          after.type !== end &&
          after.type !== 'pipe' &&
          after.type !== 'rparen'
        ) {
          fail(`unexpected ${JSON.stringify(tokText(after))} in operand`);
        }
      }
      skipSpace();
      const after = peek();
      if (cmd.args.length === 0) {
        if (after.type === 'pipe') fail(`missing command`);
        if (after.type !== end) fail(`unexpected ${JSON.stringify(tokText(after))} in ${context}`);
        continue;
      }
      cmds.push(cmd);
      if (after.type === 'pipe') next();
      else if (after.type !== end) fail(`unexpected ${JSON.stringify(tokText(after))} in ${context}`);
    }
    if (cmds.length === 0) fail(`missing value for ${context}`);
    const text = cmds.map((c) => c.args.map((a) => a.text).join(' ')).join(' | ');
    return { decl, isAssign, cmds, pos: start, text: decl.length ? `${decl.join(', ')} := ${text}` : text };
  };

  // Parses nodes until {{end}} / {{else}}; returns the list and what ended it.
  const list = (
    inside: string | null,
  ): { nodes: Node[]; ended: 'end' | 'else' | 'eof'; elseTok?: number } => {
    const nodes: Node[] = [];
    for (;;) {
      const t = next();
      if (t.type === 'eof') {
        if (inside) fail(`unexpected EOF`, t);
        return { nodes, ended: 'eof' };
      }
      if (t.type === 'text') {
        nodes.push({ kind: 'text', text: t.value });
        continue;
      }
      // t is '{{'
      skipSpace();
      const k = peek();
      if (k.type === 'keyword') {
        next();
        switch (k.value) {
          case 'end':
            skipSpace();
            if (next().type !== 'right') fail(`unexpected ${JSON.stringify(tokText(toks[i - 1]))} in end`);
            if (!inside) fail(`unexpected {{end}}`, k);
            return { nodes, ended: 'end' };
          case 'else':
            if (!inside) fail(`unexpected {{else}}`, k);
            skipSpace();
            if (peek().type === 'right') {
              next();
              return { nodes, ended: 'else' };
            }
            // else if / else with: leave the keyword for the caller.
            return { nodes, ended: 'else', elseTok: i };
          case 'if':
          case 'with':
          case 'range':
            nodes.push(control(k.value, k.pos));
            continue;
          case 'break':
          case 'continue':
            skipSpace();
            if (next().type !== 'right') fail(`unexpected token in {{${k.value}}}`);
            if (rangeDepth === 0) fail(`{{${k.value}}} outside {{range}}`, k);
            nodes.push({ kind: k.value, pos: k.pos });
            continue;
          default:
            fail(`unexpected <${k.value}> in command`, k);
        }
      }
      const pipe = pipeline('command', 'right');
      nodes.push({ kind: 'action', pipe, pos: pipe.pos });
    }
  };

  const control = (kind: 'if' | 'with' | 'range', pos: number): Node => {
    const pipe = pipeline(kind, 'right');
    if (kind === 'range') rangeDepth++;
    const body = list(kind);
    if (kind === 'range') rangeDepth--;
    let elseList: Node[] | null = null;
    if (body.ended === 'else') {
      if (body.elseTok !== undefined) {
        // {{else if …}} / {{else with …}}: a nested control that consumes the shared {{end}}.
        const k = next();
        if (k.type !== 'keyword' || (k.value !== 'if' && k.value !== 'with'))
          fail(`unexpected ${JSON.stringify(k.value)} in else`);
        elseList = [control(k.value as 'if' | 'with', k.pos)];
      } else {
        const rest = list(kind);
        if (rest.ended !== 'end') fail(`expected end; found {{else}}`);
        elseList = rest.nodes;
      }
    }
    return { kind, pipe, list: body.nodes, elseList, pos };
  };

  return list(null).nodes;
}
