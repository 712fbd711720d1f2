// A binary stub naming a program Baleine does not simulate still executes, and says so.
import { describe, expect, it } from 'vitest';
import { binaryStub } from '../../../src/engine/process/types';
import { collector, machine } from './helpers';

describe('an image binary without a simulated program', () => {
  it('runs and reports itself in French, status 126', async () => {
    const { kernel, fs, env } = machine({});
    fs.writeFile('/bin/git', binaryStub('git'), { mode: 0o755 });
    const err = collector();
    const info = await kernel.spawn(kernel.host, ['git', 'status'], { env, stderr: err }).wait();
    expect(info.status).toBe(126);
    expect(err.text).toBe("git : ce programme est présent dans l'image, mais Baleine ne le simule pas.\n");
  });
});
