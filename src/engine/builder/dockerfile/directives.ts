// Parser directives (`# escape=`, `# syntax=`): only at the very top, before any comment, blank line
// or instruction; each at most once.

const DIRECTIVE = /^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/;
const VALID = new Set(['escape', 'syntax', 'check']);

export class Directives {
  escapeToken = '\\';
  syntax: string | null = null;
  /** `# check=skip=Rule1,Rule2;error=true`: how BuildKit's checks behave. */
  check: string | null = null;
  private continuation = Directives.continuationRegex('\\');
  private done = false;
  private readonly seen = new Set<string>();

  private static continuationRegex(token: string): RegExp {
    const t = '\\' + token;
    return new RegExp(`([^${t}])${t}[ \\t]*$|^${t}[ \\t]*$`);
  }

  setEscapeToken(s: string): void {
    if (s !== '`' && s !== '\\') throw new Error(`invalid escape token '${s}' does not match \` or \\`);
    this.escapeToken = s;
    this.continuation = Directives.continuationRegex(s);
  }

  /** Looks at a line for a directive, until the first line that is not one. */
  possibleParserDirective(line: string): void {
    if (this.done) return;
    const m = DIRECTIVE.exec(line);
    if (!m) {
      this.done = true;
      return;
    }
    const key = m[1].toLowerCase();
    if (!VALID.has(key)) {
      this.done = true;
      return;
    }
    if (this.seen.has(key)) throw new Error(`only one ${key} parser directive can be used`);
    this.seen.add(key);
    if (key === 'escape') this.setEscapeToken(m[2]);
    else if (key === 'check') this.check = m[2];
    else this.syntax = m[2];
  }

  /** Removes a trailing escape token (line continuation); returns the line and whether it ended. */
  trimContinuation(line: string): [string, boolean] {
    if (this.continuation.test(line)) return [line.replace(this.continuation, '$1'), false];
    return [line, true];
  }
}
