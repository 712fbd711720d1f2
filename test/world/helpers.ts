// One simulated machine per test, as `baleine transcript` builds it (virtual clock, fixed seed).
import { runTranscript, type TranscriptStep } from '../../src/server/commands/transcript';
import { nodeWorld } from '../../src/server/machine';

export function transcript(lines: string[], preload: string[] = ['busybox']): Promise<TranscriptStep[]> {
  return runTranscript(lines, preload, { machine: nodeWorld });
}
