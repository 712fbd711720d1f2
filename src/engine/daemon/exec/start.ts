// POST /exec/{id}/start (moby daemon/exec.go ContainerExecStart): a process in the container's
// namespaces with the exec's env, user and working directory; its output as frames (raw with a TTY);
// runc's refusal is written into the stream and the exec ends with 126, as Docker does.
import { Conflict } from '../../api/errors';
import { utf8 } from '../../api/http';
import { STDERR, STDOUT, type Frame } from '../../api/stream';
import { runtimeEnv } from '../../container/config';
import { EXEC_PREFIX, execFailure } from '../../container/runtime-error';
import { DetachKeys, detachSequence } from '../../container/detach-keys';
import { AsyncQueue } from '../../container/queue';
import { resolveUser } from '../../container/user';
import { Pipe } from '../../process/pipe';
import { ExecError, type OutputStream } from '../../process/types';
import { NO_INPUT } from '../../container/null-io';
import type { Daemon } from '../daemon';
import { execAction, execTarget } from './create';

export interface ExecStartOptions {
  Detach?: boolean;
  Tty?: boolean;
}

export interface ExecSession {
  readonly output: AsyncIterable<Frame>;
  readonly tty: boolean;
  write(input: string): void;
  closeStdin(): void;
  /** Resolves with the exit code once the process ended. */
  readonly exit: Promise<number>;
}

export function execStart(d: Daemon, id: string, opts: ExecStartOptions = {}): ExecSession {
  const e = d.execs.get(id);
  if (e.started)
    throw new Conflict(
      e.running
        ? `Error: Exec command ${id} is already running`
        : `Error: Exec command ${id} has already run`,
    );
  const c = execTarget(d, e.containerId);
  const run = c.running!;
  const req = e.request;
  const tty = opts.Tty ?? req.Tty ?? false;
  e.started = true;
  const queue = new AsyncQueue<Frame>();
  const push = (stream: typeof STDOUT | typeof STDERR, text: string) => {
    if (opts.Detach || !text) return;
    if (stream === STDOUT ? !req.AttachStdout : !req.AttachStderr) return;
    queue.push({ stream: tty ? STDOUT : stream, data: utf8(text) });
  };
  const sink = (stream: typeof STDOUT | typeof STDERR): OutputStream => ({
    isTTY: tty,
    write: (chunk) => push(stream, chunk),
    drain: async () => {},
  });
  let resolveExit!: (code: number) => void;
  const exit = new Promise<number>((r) => (resolveExit = r));
  const finish = (code: number) => {
    e.running = false;
    e.exitCode = code;
    e.pid = 0;
    queue.end();
    d.containerEvent(c, 'exec_die', { execID: id, exitCode: String(code) });
    resolveExit(code);
  };
  d.containerEvent(c, execAction('exec_start', req.Cmd), { execID: id });
  const cwd = req.WorkingDir || c.config.WorkingDir || '/';
  const stdin = req.AttachStdin && !tty ? new Pipe() : null;
  try {
    const user = resolveUser(c.fs, req.User ?? c.config.User ?? '');
    let st;
    try {
      st = c.fs.stat(cwd);
    } catch {
      st = null;
    }
    if (!st || st.type !== 'dir') {
      throw new Error(
        `${EXEC_PREFIX}chdir to cwd (${JSON.stringify(cwd)}) set in config.json failed: no such file or directory: unknown`,
      );
    }
    const env = runtimeEnv(
      { ...c.config, Tty: tty, Env: [...(c.config.Env ?? []), ...(req.Env ?? [])] },
      run.ns.hostname,
      user.home,
    );
    const pty = tty ? d.kernel.openPty() : null;
    const proc = d.kernel.spawn(run.ns, req.Cmd, {
      env,
      cwd,
      uid: user.uid,
      gid: user.gid,
      pty: pty ?? undefined,
      stdin: pty ? undefined : (stdin?.reader ?? NO_INPUT),
      stdout: pty ? undefined : sink(STDOUT),
      stderr: pty ? undefined : sink(STDERR),
    });
    const detachPty = pty ? pty.master.onData((data) => push(STDOUT, data)) : null;
    e.process = proc;
    e.pty = pty;
    e.running = true;
    e.pid = proc.hostPid;
    void proc.wait().then((info) => {
      detachPty?.();
      finish(info.status);
    });
  } catch (err) {
    if (!(err instanceof Error)) throw err;
    const message = err instanceof ExecError ? execFailure(err, req.Cmd[0]) : err.message;
    push(STDOUT, `${message}\r\n`);
    finish(126);
  }
  const keys = new DetachKeys(detachSequence(req.DetachKeys || undefined));
  return {
    output: queue,
    tty,
    exit,
    write(input) {
      const { pass, detach } = keys.feed(input);
      if (pass) {
        if (e.pty) e.pty.master.write(pass);
        else stdin?.writer.write(pass);
      }
      // Detaching leaves the process running; only this client's stream ends.
      if (detach) queue.end();
    },
    closeStdin() {
      stdin?.writer.close?.();
    },
  };
}
