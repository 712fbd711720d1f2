// Whatever the input, the interpreter answers as Python would (output, a Python error, an exit
// status), never with a JavaScript exception.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { python } from '../../../src/userland/servers/python';
import { run } from '../helpers/context';

const FRAGMENTS = [
  'print(',
  ')',
  '(',
  '[',
  ']',
  '{',
  '}',
  ':',
  '\n',
  '    ',
  'x',
  '=',
  '1',
  '2.5',
  '"s"',
  "f'{x}'",
  '+',
  '-',
  '*',
  '/',
  '//',
  '%',
  '**',
  'if ',
  'else',
  'elif ',
  'for ',
  ' in ',
  'while ',
  'def ',
  'return',
  'class ',
  'lambda',
  'try:',
  'except',
  'finally:',
  'import os',
  'import sys',
  'None',
  'True',
  ',',
  '.',
  'len(',
  'range(',
  'x[0]',
  '#',
  '\\',
  '"""',
  'and',
  'or',
  'not ',
  '==',
  '<',
  'yield',
  '@',
  '!',
  '$',
  '?',
  "'",
  '{x',
  'break',
  'continue',
  'pass',
  'del ',
];

describe('python3 never crashes', () => {
  it('on random programs made of Python fragments', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 25 }), async (parts) => {
        const r = await run(['python3', '-c', parts.join('')], { program: python });
        expect([0, 1]).toContain(r.status);
        if (r.status === 1) expect(r.stderr).toMatch(/(Error|Exception)[^\n]*\n$|^[^\n]*\n$/);
      }),
      { numRuns: 300 },
    );
  });
});
