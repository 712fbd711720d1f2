// A persistent shell session driven by calls rather than a terminal: each `run(text)` executes in
// the same shell (variables, cwd, functions persist) and returns what it printed and its status.
// This is what `baleine transcript`, tests and lessons' checks use.
import { ProcessExit, type Program } from '../engine/process/types';
import type { Dialect } from './dialect';
import { Interrupted, ShellExit, ShellSyntaxError } from './errors';
import type { History } from './history';
import { BufferOutput, NULL_INPUT, StringInput } from './io';
import { Shell } from './interpreter';
import { Parser } from './parser';

export interface RunResult {
  stdout: string;
  stderr: string;
  exit: number;
}

interface Request {
  text: string;
  stdin: string | null;
  resolve(result: RunResult): void;
}

/** The two ends of a session: the caller's `run`, the shell process's `next`. */
export class SessionChannel {
  private queue: Request[] = [];
  private waiter: ((req: Request | null) => void) | null = null;
  closed = false;

  run(text: string, stdin: string | null = null): Promise<RunResult> {
    return new Promise((resolve) => {
      const req = { text, stdin, resolve };
      if (this.waiter) {
        const w = this.waiter;
        this.waiter = null;
        w(req);
      } else this.queue.push(req);
    });
  }

  /** @internal the shell process waits here for the next command. */
  next(): Promise<Request | null> {
    const req = this.queue.shift();
    if (req) return Promise.resolve(req);
    if (this.closed) return Promise.resolve(null);
    return new Promise((resolve) => (this.waiter = resolve));
  }

  close(): void {
    this.closed = true;
    this.waiter?.(null);
    this.waiter = null;
  }
}

/** The program of a session's shell process (a `bash` or `sh` in the process table). */
export function sessionProgram(channel: SessionChannel, dialect: Dialect, history?: History): Program {
  return async (ctx) => {
    const sh = new Shell(ctx, { dialect, name: dialect.name, interactive: true, jobControl: false, history });
    for (;;) {
      const req = await channel.next();
      if (!req) return sh.lastStatus;
      const stdout = new BufferOutput();
      const stderr = new BufferOutput();
      sh.fds = new Map<number, never>([
        [0, (req.stdin === null ? NULL_INPUT : new StringInput(req.stdin)) as never],
        [1, stdout as never],
        [2, stderr as never],
      ]);
      let ended = false;
      try {
        history?.add(req.text);
        const list = Parser.parse(req.text + '\n');
        await sh.runList(list);
      } catch (err) {
        if (err instanceof ShellSyntaxError) {
          sh.reportSyntax(err);
          sh.lastStatus = 2;
        } else if (err instanceof ShellExit) {
          sh.lastStatus = err.status;
          await sh.runExitTrap();
          ended = true;
        } else if (err instanceof Interrupted) {
          sh.lastStatus = 130;
        } else if (err instanceof ProcessExit) {
          req.resolve({ stdout: stdout.take(), stderr: stderr.take(), exit: err.status });
          channel.close();
          throw err;
        } else {
          // A bug of the simulator: say so and keep the session usable.
          stderr.write(`${dialect.name}: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
          sh.lastStatus = 1;
        }
      }
      req.resolve({ stdout: stdout.take(), stderr: stderr.take(), exit: sh.lastStatus });
      if (ended) {
        channel.close();
        return sh.lastStatus;
      }
    }
  };
}
