// The two shells one implementation plays: GNU bash on the host, busybox ash (`sh`) in containers.
// Each knows its own wording of errors (recorded from bash 5.2 and busybox 1.35).
import type { ShellSyntaxError } from './errors';

export interface Dialect {
  readonly name: 'bash' | 'sh';
  notFound(cmd: string): string;
  /** A path-like command that does not exist. */
  noSuchFile(path: string): string;
  isDirectory(path: string): string;
  permissionDenied(path: string): string;
  syntax(err: ShellSyntaxError): string;
  /** Failed redirection: `bash: f: No such file or directory`, `sh: can't create f: nonexistent directory`. */
  redirect(path: string, text: string, forWrite: boolean, code: string): string;
  /** `line`: ash names the line (0 under -c); null in an interactive ash. */
  cd(dir: string, text: string, line: number | null): string;
  /** Status of an error that aborts a command line (expansion, readonly…). */
  readonly fatalStatus: number;
}

export const BASH: Dialect = {
  name: 'bash',
  notFound: (cmd) => `${cmd}: command not found`,
  noSuchFile: (path) => `${path}: No such file or directory`,
  isDirectory: (path) => `${path}: Is a directory`,
  permissionDenied: (path) => `${path}: Permission denied`,
  syntax(err) {
    const d = err.detail;
    switch (d.kind) {
      case 'token':
        return `syntax error near unexpected token \`${d.token}'`;
      case 'eof':
        return 'syntax error: unexpected end of file';
      case 'quote':
        return `unexpected EOF while looking for matching \`${d.quote}'`;
      case 'message':
        return d.text;
      case 'badFor':
        return d.token === null ? 'syntax error: unexpected end of file' : `syntax error near unexpected token \`${d.token}'`;
    }
  },
  redirect: (path, text) => `${path}: ${text}`,
  cd: (dir, text) => `cd: ${dir}: ${text}`,
  fatalStatus: 1,
};

export const ASH: Dialect = {
  name: 'sh',
  notFound: (cmd) => `${cmd}: not found`,
  noSuchFile: (path) => `${path}: not found`,
  isDirectory: (path) => `${path}: Permission denied`,
  permissionDenied: (path) => `${path}: Permission denied`,
  syntax(err) {
    const d = err.detail;
    switch (d.kind) {
      case 'token':
        return `syntax error: unexpected ${d.token === 'newline' ? 'newline' : `"${d.token}"`}`;
      case 'eof':
        return `syntax error: unexpected end of file${d.expecting ? ` (expecting "${d.expecting}")` : ''}`;
      case 'quote':
        return 'syntax error: unterminated quoted string';
      case 'message':
        return `syntax error: ${d.text}`;
      case 'badFor':
        return 'syntax error: bad for loop variable';
    }
  },
  redirect: (path, text, forWrite, code) =>
    forWrite
      ? `can't create ${path}: ${code === 'ENOENT' ? 'nonexistent directory' : text}`
      : `can't open ${path}: ${code === 'ENOENT' ? 'no such file' : text}`,
  cd: (dir, text, line) => `cd: ${line === null ? '' : `line ${line}: `}can't cd to ${dir}: ${text}`,
  fatalStatus: 2,
};
