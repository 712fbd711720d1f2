import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { run } from './helpers/context';

// Each case runs through the real GNU expr of this machine and through ours: same stdout, stderr, status.
const CASES: string[][] = [
  ['1', '+', '2'],
  ['7', '/', '0'],
  ['7', '%', '3'],
  ['2', '*', '3', '+', '1'],
  ['(', '2', '+', '3', ')', '*', '4'],
  ['length', 'héllo'],
  ['abc', ':', 'a\\(.\\)'],
  ['abcdef', ':', 'abc'],
  ['abc', ':', 'x'],
  ['5', '>', '3'],
  ['a', '<', 'b'],
  ['10', '<', '9'],
  ['0'],
  [''],
  ['0', '|', 'x'],
  ['3', '&', '0'],
  ['substr', 'bonjour', '4', '3'],
  ['index', 'bonjour', 'jo'],
  ['a', '+', '1'],
  ['1', '+'],
  ['1', '+', '2', '3'],
  ['(', '1'],
  ['(', '1', '2'],
  [],
];

describe('expr', () => {
  for (const args of CASES) {
    it(`expr ${args.join(' ')} behaves as GNU expr`, async () => {
      const real = spawnSync('expr', args, {
        encoding: 'utf8',
        env: { LANG: 'C.UTF-8', PATH: '/usr/bin:/bin' },
      });
      const ours = await run(['expr', ...args]);
      expect({ stdout: ours.stdout, stderr: ours.stderr, status: ours.status }).toEqual({
        stdout: real.stdout,
        stderr: real.stderr,
        status: real.status,
      });
    });
  }
});
