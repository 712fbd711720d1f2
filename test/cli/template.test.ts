import { describe, expect, it } from 'vitest';
import { Template } from '../../src/cli/format/template/exec';
import { goStruct } from '../../src/cli/format/struct';

const run = (src: string, data: unknown = {}) => Template.parse(src).execute(data);

describe('Go text/template', () => {
  it('prints fields, nested fields, maps and slices as Go does', () => {
    const data = { A: { B: 'x' }, L: ['a', 'b'], M: { z: 1, a: true }, N: null, F: 1.5 };
    expect(run('{{.A.B}} {{.L}} {{.M}} {{.N}} {{.Missing}} {{.F}}', data)).toBe(
      'x [a b] map[a:true z:1] <nil> <no value> 1.5',
    );
  });

  it('handles if/else if/else, with, range with variables, break and continue', () => {
    const src =
      '{{range $i, $v := .}}{{if eq $v 2}}{{continue}}{{end}}{{if gt $v 3}}{{break}}{{end}}{{$i}}:{{$v}} {{end}}';
    expect(run(src, [1, 2, 3, 4, 5])).toBe('0:1 2:3 ');
    expect(run('{{with .X}}has {{.}}{{else}}none{{end}}', { X: '' })).toBe('none');
    expect(run('{{if .A}}a{{else if .B}}b{{else}}c{{end}}', { B: 1 })).toBe('b');
    expect(run('{{range .}}x{{else}}empty{{end}}', [])).toBe('empty');
  });

  it('trims whitespace around {{- and -}}', () => {
    expect(run('a  {{- "b" -}}  \n c')).toBe('abc');
  });

  it('runs Docker functions and builtins', () => {
    expect(run('{{json .}}', { a: '<b>' })).toBe('{"a":"<b>"}');
    expect(
      run('{{join .L ", "}}|{{split "a:b" ":"}}|{{upper "x"}}{{lower "Y"}}{{title "hello world"}}', {
        L: ['a', 'b'],
      }),
    ).toBe('a, b|[a b]|XyHello World');
    expect(run('{{pad "x" 1 2}}|{{truncate "abcdef" 3}}|{{len .}}|{{index . 1}}', ['p', 'q'])).toBe(
      ' x  |abc|2|q',
    );
    expect(run('{{printf "%5.1f|%-4s|%03d|%v|%x" 3.14159 "ab" 7 .L 255}}', { L: [1] })).toBe(
      '  3.1|ab  |007|[1]|ff',
    );
    expect(run('{{and 1 0}} {{or 0 "y"}} {{not true}} {{ne 1 2}} {{le 2 2}}')).toBe('0 y false true true');
  });

  it('calls methods with arguments on Go structs', () => {
    const s = goStruct('*formatter.ContainerContext', { Label: (k: string) => `L:${k}`, ID: () => 'abc' });
    expect(run('{{.ID}} {{.Label "x"}}', s)).toBe('abc L:x');
    expect(() => run('{{.Nope}}', s)).toThrow(
      `template: :1:2: executing "" at <.Nope>: can't evaluate field Nope in type *formatter.ContainerContext`,
    );
  });

  it.each([
    ['{{.A}', "template: :1: bad character U+007D '}'"],
    ['{{.A', 'template: :1: unclosed action'],
    ['{{foo .A}}', 'template: :1: function "foo" not defined'],
    ['{{end}}', 'template: :1: unexpected {{end}}'],
    ['{{if .A}}x', 'template: :1: unexpected EOF'],
    ['\n{{break}}', 'template: :2: {{break}} outside {{range}}'],
  ])('parse error for %j', (src, message) => {
    expect(() => Template.parse(src)).toThrow(message);
  });

  it('reports execution errors with line:column and the node', () => {
    expect(() => run('ab\n  {{index .L 5}}', { L: [] })).toThrow(
      'template: :2:4: executing "" at <index .L 5>: error calling index: index out of range: 5',
    );
  });
});
