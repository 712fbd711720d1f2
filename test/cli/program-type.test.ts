// The docker program must be installable as a kernel Program and its client an EngineClient: this file
// fails to typecheck otherwise.

import { describe, expect, it } from 'vitest';
import type { Program } from '../../src/engine/process/types';
import { createDockerProgram, type EngineApi } from '../../src/cli';
import { EngineClient } from '../../src/client/engine-client';
import { simEngine } from '../client/sim-engine';

describe('docker program contract', () => {
  it('is a kernel Program bound to an EngineClient', () => {
    const sim = simEngine(1);
    const client: EngineApi = sim.client satisfies EngineClient;
    const docker: Program = createDockerProgram(() => client);
    expect(typeof docker).toBe('function');
  });
});
