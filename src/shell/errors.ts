// Errors the shell raises while parsing and running; each carries the exit status bash/ash give it.

/** A syntax error. `incomplete` means more input could complete it (the interactive shell asks for it). */
export class ShellSyntaxError extends Error {
  constructor(
    readonly detail:
      | { kind: 'token'; token: string }
      | { kind: 'eof'; expecting?: string }
      | { kind: 'quote'; quote: string }
      | { kind: 'message'; text: string }
      /** `for` without a valid variable name: bash names the token, ash says "bad for loop variable". */
      | { kind: 'badFor'; token: string | null; incomplete: boolean },
    readonly incomplete: boolean,
    readonly line: number,
  ) {
    super(`syntax error: ${JSON.stringify(detail)}`);
    this.name = 'ShellSyntaxError';
  }
}

/** An error during expansion or a builtin that aborts the current command (status 1 by default). */
export class ShellError extends Error {
  /** busybox ash's wording when it differs. */
  ash?: string;

  constructor(
    message: string,
    readonly status = 1,
    /** A fatal error abandons the command line, and ends a non-interactive shell. */
    readonly fatal = false,
  ) {
    super(message);
    this.name = 'ShellError';
  }

  /** Sets ash's wording (fluent). */
  inAsh(text: string): this {
    this.ash = text;
    return this;
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
