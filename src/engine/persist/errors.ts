// The one error a saved engine that cannot be restored raises: corrupt, incompatible or incomplete.
// The restore checks everything before it changes the engine, so on this error the engine is untouched.

export type EngineSnapshotProblem =
  /** Not an engine snapshot at all (wrong format tag, not an object). */
  | 'format'
  /** Written by another version of the format. */
  | 'version'
  /** A field is missing or has the wrong type. */
  | 'shape'
  /** A layer or blob the state refers to is not in the snapshot's content. */
  | 'missing-content'
  /** Content or references that do not agree (a digest mismatch, a container of an unknown image). */
  | 'integrity';

export class EngineSnapshotError extends Error {
  constructor(
    readonly problem: EngineSnapshotProblem,
    message: string,
  ) {
    super(message);
    this.name = 'EngineSnapshotError';
  }
}

/** Runs `decode`, turning any other error it throws (a bad tar, a bad filesystem snapshot) into a typed one. */
export function decoding<T>(what: string, decode: () => T): T {
  try {
    return decode();
  } catch (e) {
    if (e instanceof EngineSnapshotError) throw e;
    throw new EngineSnapshotError('integrity', `${what}: ${e instanceof Error ? e.message : String(e)}`);
  }
}
