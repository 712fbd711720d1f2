// Property tests: whatever the input, the lexer, parser and interpreter never throw anything but a
// shell error, and every run ends with a status.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Parser } from '../../src/shell/parser';
import { ShellSyntaxError } from '../../src/shell/errors';
import { evaluateArith } from '../../src/shell/arith';
import { ShellError } from '../../src/shell/errors';
import { machine } from './helpers';

const TOKENS = [
  'echo', 'a', 'b', '"', "'", '$', '${', '}', '$(', ')', '(', '`', '\\', '|', '||', '&&', '&', ';', ';;', '\n', ' ',
  '<', '>', '>>', '<<', 'EOF', '2>&1', 'if', 'then', 'else', 'fi', 'for', 'in', 'do', 'done', 'case', 'esac',
  '{', '}', '!', '*', '?', '[', ']', '$((', '))', '+', '#', '~', '=', 'x=', ':-', ':=', '%', '/', 'f()', 'true', 'false',
];

const shellish = fc.array(fc.constantFrom(...TOKENS), { maxLength: 24 }).map((t) => t.join(''));
const anyText = fc.string({ maxLength: 40 });

// `while` is left out of the interpreter's alphabet: `while true; do :; done` rightly never ends.
describe('shell properties', () => {
  it('the parser returns an AST or a ShellSyntaxError, for any input', () => {
    fc.assert(
      fc.property(fc.oneof(shellish, anyText), (src) => {
        try {
          Parser.parse(src);
        } catch (err) {
          expect(err).toBeInstanceOf(ShellSyntaxError);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('arithmetic returns a number or a ShellError', () => {
    const arith = fc.array(fc.constantFrom('1', '0', 'x', '+', '-', '*', '/', '%', '(', ')', '?', ':', '<<', '**', '=', '!', 'y', ' ', '08', '0x', '#'), { maxLength: 12 });
    fc.assert(
      fc.property(arith, (parts) => {
        const vars = new Map<string, string>([['x', '3']]);
        try {
          const v = evaluateArith(parts.join(''), { get: (n) => vars.get(n), set: (n, val) => void vars.set(n, val) });
          expect(typeof v).toBe('bigint');
        } catch (err) {
          expect(err).toBeInstanceOf(ShellError);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('the interpreter ends every input with a status and never an internal error', async () => {
    const m = machine();
    await fc.assert(
      fc.asyncProperty(shellish, async (src) => {
        const r = await m.run(src);
        expect(Number.isInteger(r.exit)).toBe(true);
        expect(r.exit).toBeGreaterThanOrEqual(0);
        expect(r.exit).toBeLessThan(256);
        expect(r.stderr).not.toMatch(/internal|TypeError|undefined is not|Cannot read/);
        if (m.channel.closed) Object.assign(m, machine());
      }),
      { numRuns: 300 },
    );
  });

  it('stops runaway recursion with a shell error', async () => {
    const m = machine();
    const r = await m.run('f() { f; }; f; echo after');
    expect(r).toEqual({ stdout: '', stderr: 'bash: f: maximum function nesting level exceeded (1000)\n', exit: 1 });
  });
});
