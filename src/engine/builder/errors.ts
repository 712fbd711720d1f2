// A failed build: BuildKit's message, where in the Dockerfile, which step.

import type { LineRange } from './dockerfile/errors';
import type { SolveStatus } from './progress/types';

export class BuildError extends Error {
  override name = 'BuildError';
  /** The progress of the build up to the failure. */
  trace: SolveStatus[] = [];
  constructor(
    message: string,
    /** Lines of the Dockerfile to show (the failing instruction), when known. */
    readonly location: LineRange | null = null,
  ) {
    super(message);
  }
}
