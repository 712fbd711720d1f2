// How `docker run` reports an error (withHelp/toStatusError): `docker: <err>` plus the help hint, with
// exit 127 for a missing executable, 126 for a permission/is-a-directory failure, 125 otherwise.

import { isApiError } from '../../engine-api';
import { StatusError, daemonMessage } from '../../errors';

export function runErrorText(e: unknown): string {
  if (isApiError(e)) return daemonMessage(e.message);
  return e instanceof Error ? e.message : String(e);
}

export function withHelp(message: string, command: 'run' | 'create'): string {
  return `docker: ${message}\n\nRun 'docker ${command} --help' for more information`;
}

export function toStatusError(e: unknown, command: 'run' | 'create' = 'run'): StatusError {
  if (e instanceof StatusError) return e;
  const msg = runErrorText(e);
  let code = 125;
  if (
    msg.includes('executable file not found') ||
    msg.includes('no such file or directory') ||
    msg.includes('system cannot find the file specified')
  ) {
    code = 127;
  } else if (msg.includes('permission denied') || msg.includes('is a directory')) code = 126;
  return new StatusError(withHelp(msg, command), code);
}
