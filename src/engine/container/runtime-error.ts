// What runc says when it cannot start a process, as dockerd 20.10 relays it: for a container's first
// process (`docker run`/`start`, exit code 127 not found, 126 not executable) and for an exec.
import { ExecError } from '../process/types';

export interface RuntimeFailure {
  message: string;
  exitCode: number;
}

const CREATE_PREFIX =
  'failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: ';
export const EXEC_PREFIX = 'OCI runtime exec failed: exec failed: unable to start container process: ';

/** runc's `exec: "foo": …` reason and the exit code Docker derives from it. */
function execReason(err: ExecError, argv0: string): RuntimeFailure {
  const quoted = JSON.stringify(argv0);
  switch (err.code) {
    case 'ENOENT': {
      const reason = argv0.includes('/')
        ? `stat ${argv0}: no such file or directory`
        : 'executable file not found in $PATH';
      return { message: `exec: ${quoted}: ${reason}: unknown`, exitCode: 127 };
    }
    case 'EACCES':
      return { message: `exec: ${quoted}: permission denied: unknown`, exitCode: 126 };
    case 'ENOEXEC':
      return { message: `exec: ${quoted}: exec format error: unknown`, exitCode: 126 };
    case 'EAGAIN':
      return { message: `exec: ${quoted}: resource temporarily unavailable: unknown`, exitCode: 126 };
    default:
      return { message: `exec: ${quoted}: ${err.message}: unknown`, exitCode: 128 };
  }
}

/** The container's first process could not start. */
export function runtimeFailure(err: ExecError, argv0: string): RuntimeFailure {
  const r = execReason(err, argv0);
  return { message: `${CREATE_PREFIX}${r.message}`, exitCode: r.exitCode };
}

/** An exec could not start (the exec then ends with 126, whatever the reason). */
export function execFailure(err: ExecError, argv0: string): string {
  return `${EXEC_PREFIX}${execReason(err, argv0).message}`;
}
