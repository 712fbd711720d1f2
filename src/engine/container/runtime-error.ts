// What runc says when it cannot start a container's process, as dockerd 20.10 relays it, and the
// exit code Docker gives the container (127 not found, 126 not executable).
import { ExecError } from '../process/types';

export interface RuntimeFailure {
  message: string;
  exitCode: number;
}

const PREFIX =
  'failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: ';

export function runtimeFailure(err: ExecError, argv0: string): RuntimeFailure {
  const quoted = JSON.stringify(argv0);
  if (err.code === 'ENOENT') {
    const reason = argv0.includes('/')
      ? `stat ${argv0}: no such file or directory`
      : 'executable file not found in $PATH';
    return { message: `${PREFIX}${quoted}: ${reason}: unknown`, exitCode: 127 };
  }
  if (err.code === 'EACCES')
    return { message: `${PREFIX}${quoted}: permission denied: unknown`, exitCode: 126 };
  if (err.code === 'ENOEXEC')
    return { message: `${PREFIX}${quoted}: exec format error: unknown`, exitCode: 126 };
  return { message: `${PREFIX}${quoted}: ${err.message}: unknown`, exitCode: 128 };
}
