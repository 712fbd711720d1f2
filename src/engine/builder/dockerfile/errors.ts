// Dockerfile errors with their source location, as BuildKit attaches them (parser.WithLocation).

/** A range of 1-based source lines, inclusive. */
export interface LineRange {
  start: number;
  end: number;
}

/** An error of the Dockerfile text; `message` is BuildKit's wording, `location` the lines to show. */
export class DockerfileError extends Error {
  override name = 'DockerfileError';
  constructor(
    message: string,
    readonly location: LineRange | null,
  ) {
    super(message);
  }
}

/** Attaches a location to an error that has none; errors with a location keep theirs. */
export function withLocation(err: unknown, start: number, end: number): DockerfileError {
  if (err instanceof DockerfileError) {
    return err.location ? err : new DockerfileError(err.message, { start, end: end || start });
  }
  const message = err instanceof Error ? err.message : String(err);
  return new DockerfileError(message, { start, end: end || start });
}
