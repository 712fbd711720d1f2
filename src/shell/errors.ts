// Errors the shell raises while parsing and running; each carries the exit status bash/ash give it.

/** A syntax error. `incomplete` means more input could complete it (the interactive shell asks for it). */
export class ShellSyntaxError extends Error {
  constructor(
    readonly detail:
      | { kind: 'token'; token: string }
      | { kind: 'eof'; expecting?: string }
      | { kind: 'quote'; quote: string }
      | { kind: 'message'; text: string },
    readonly incomplete: boolean,
    readonly line: number,
  ) {
    super(`syntax error: ${JSON.stringify(detail)}`);
    this.name = 'ShellSyntaxError';
  }
}

/** An error during expansion or a builtin that aborts the current command (status 1 by default). */
export class ShellError extends Error {
  constructor(
    message: string,
    readonly status = 1,
    /** A fatal error ends a non-interactive shell (POSIX: special builtin and expansion errors). */
    readonly fatal = false,
  ) {
    super(message);
    this.name = 'ShellError';
  }
}

/** `exit N`: unwinds to the top of the shell (or subshell). */
export class ShellExit extends Error {
  constructor(readonly status: number) {
    super(`exit ${status}`);
  }
}

export class BreakLoop extends Error {
  constructor(
    public levels: number,
    readonly isContinue: boolean,
  ) {
    super(isContinue ? 'continue' : 'break');
  }
}

export class ReturnFromFunction extends Error {
  constructor(readonly status: number) {
    super('return');
  }
}

/** ^C at an interactive shell: abandon the command line. */
export class Interrupted extends Error {
  constructor() {
    super('interrupted');
  }
}
