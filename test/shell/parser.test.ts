import { describe, expect, it } from 'vitest';
import { Parser } from '../../src/shell/parser';
import { ShellSyntaxError } from '../../src/shell/errors';
import type { AndOr, SimpleCommand } from '../../src/shell/ast';

function first(src: string): AndOr {
  return Parser.parse(src).items[0].cmd;
}
function simple(src: string): SimpleCommand {
  return first(src).first.commands[0] as SimpleCommand;
}
function syntax(src: string): ShellSyntaxError {
  try {
    Parser.parse(src);
  } catch (err) {
    if (err instanceof ShellSyntaxError) return err;
    throw err;
  }
  throw new Error(`parsed: ${src}`);
}

describe('parser', () => {
  it('splits lists, and-or lists, pipelines and background items', () => {
    const list = Parser.parse('a | b && c || d; e & f\ng');
    expect(list.items.map((i) => [i.source, i.async])).toEqual([
      ['a | b && c || d', false],
      ['e', true],
      ['f', false],
      ['g', false],
    ]);
    const andor = list.items[0].cmd;
    expect(andor.first.commands).toHaveLength(2);
    expect(andor.rest.map((r) => r.op)).toEqual(['&&', '||']);
  });

  it('recognises assignments, words and redirections with io numbers', () => {
    const cmd = simple('A=1 B+=x cmd arg 2>&1 >out <in >>app 3<>rw');
    expect(cmd.assigns.map((a) => [a.name, a.append, a.value.raw])).toEqual([
      ['A', false, '1'],
      ['B', true, 'x'],
    ]);
    expect(cmd.words.map((w) => w.raw)).toEqual(['cmd', 'arg']);
    expect(cmd.redirs.map((r) => [r.fd, r.op, r.target.raw])).toEqual([
      [2, '>&', '1'],
      [null, '>', 'out'],
      [null, '<', 'in'],
      [null, '>>', 'app'],
      [3, '<>', 'rw'],
    ]);
  });

  it('parses quoting into word parts', () => {
    const w = simple(`echo a"b $X \\" $(c)"'d e'\\f`).words[1];
    expect(w.parts.map((p) => p.k)).toEqual(['lit', 'dq', 'sq', 'esc']);
    const dq = w.parts[1] as Extract<(typeof w.parts)[number], { k: 'dq' }>;
    expect(dq.parts.map((p) => p.k)).toEqual(['lit', 'param', 'lit', 'esc', 'lit', 'cmd']);
  });

  it('parses parameter operators', () => {
    const ops = simple('echo ${A:-x} ${B=y} ${#C} ${D%%.*} ${E//a/b} ${F:1:2}').words.slice(1);
    expect(ops.map((w) => { const p = w.parts[0]; return p.k === 'param' ? `${p.name}${p.colon ? ':' : ''}${p.op ?? ''}` : p.k; })).toEqual([
      'A:-', 'B=', 'length', 'D%%', 'E//', 'F:',
    ]);
  });

  it('reads here-documents after the line, stripping tabs for <<-', () => {
    const list = Parser.parse('cat <<EOF; cat <<-\'END\'\nhello $X\nEOF\n\tquoted\n\tEND\necho next');
    const a = list.items[0].cmd.first.commands[0] as SimpleCommand;
    const b = list.items[1].cmd.first.commands[0] as SimpleCommand;
    expect(a.redirs[0].heredoc).toEqual({ body: 'hello $X\n', quoted: false });
    expect(b.redirs[0].heredoc).toEqual({ body: 'quoted\n', quoted: true });
    expect(list.items).toHaveLength(3);
  });

  it('parses compound commands and functions', () => {
    const types = Parser.parse(
      'if a; then b; elif c; then d; else e; fi\nfor x in 1 2; do :; done\nwhile a; do b; done\nuntil a; do b; done\ncase $x in a|b) c;; *) d;; esac\n(a; b)\n{ a; }\nf() { a; }\nfunction g { b; }',
    ).items.map((i) => i.cmd.first.commands[0].type);
    expect(types).toEqual(['if', 'for', 'while', 'while', 'case', 'subshell', 'group', 'func', 'func']);
  });

  it('reports the unexpected token, or an incomplete input', () => {
    expect(syntax('fi').detail).toEqual({ kind: 'token', token: 'fi' });
    expect(syntax('echo a | ;').detail).toEqual({ kind: 'token', token: ';' });
    expect(syntax('if true; then').incomplete).toBe(true);
    expect(syntax('echo "abc').detail).toEqual({ kind: 'quote', quote: '"' });
    expect(syntax('cat <<EOF\nno end').incomplete).toBe(true);
    expect(syntax('a &&').incomplete).toBe(true);
    expect(syntax('echo \\').incomplete).toBe(true);
    expect(syntax('x\ny\n)').line).toBe(3);
  });

  it('nests command substitutions with quotes and parentheses inside', () => {
    const w = simple('echo "$(echo ")" $(case a in a) echo x;; esac))"').words[1];
    expect(w.parts[0].k).toBe('dq');
  });
});
