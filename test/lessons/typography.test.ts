import { describe, expect, it } from 'vitest';
import { frenchTypography } from '../../src/lessons/typography';
import { stepStatus } from '../../src/lessons/near-misses';
import type { CheckClient } from '../../src/lessons/checks';

describe('frenchTypography', () => {
  it('puts no-break spaces before high punctuation and inside guillemets', () => {
    expect(frenchTypography('Prêt ? Oui ! Voici : « docker ».')).toBe('Prêt\u202f? Oui\u202f! Voici\u00a0: «\u00a0docker\u00a0».');
  });

  it('leaves code spans, fenced blocks and URLs alone', () => {
    const md = 'Tape `docker ps ; echo ok` :\n```sh\necho a ; echo b !\n```\nhttp://localhost:8080';
    expect(frenchTypography(md)).toBe('Tape `docker ps ; echo ok`\u00a0:\n```sh\necho a ; echo b !\n```\nhttp://localhost:8080');
  });
});

describe('stepStatus', () => {
  const client = {} as CheckClient;
  const step = {
    check: { last_exit: 0 },
    near_misses: [{ when: { last_exit: 125 }, explain: 'Option inconnue.' }],
  };
  it('reports success, a matching near-miss, or a plain failure', async () => {
    expect(await stepStatus(step, { client, lastExit: 0 })).toEqual({ passed: true });
    expect(await stepStatus(step, { client, lastExit: 125 })).toEqual({ passed: false, nearMiss: 'Option inconnue.' });
    expect(await stepStatus(step, { client, lastExit: 1 })).toEqual({ passed: false });
  });
});
