// The suites that compare the simulator with a real dockerd skip themselves without one; this test
// makes that loud: `npm test` provisions and starts dockerd (scripts/setup.sh), so no engine is a failure.
import { describe, expect, it } from 'vitest';
import { realEngineAnswers } from './engines';

describe('the real Docker engine for the comparison suites', () => {
  it('answers on /var/run/docker.sock', () => {
    expect(
      realEngineAnswers(),
      'Aucun dockerd ne répond : lancez « bash scripts/dockerd.sh start » (root). / No dockerd answers: run `bash scripts/dockerd.sh start` as root.',
    ).toBe(true);
  });
});
