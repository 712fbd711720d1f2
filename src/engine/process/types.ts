// The process contract: what every simulated program (host applet, shell, server inside a container,
// the docker CLI itself) receives, and what the kernel (engine/process/kernel.ts) provides.
// Programs are async functions; they block only by awaiting the context (read, sleep, wait), which is
// where the kernel delivers signals, freezes paused containers and advances the virtual clock.

import type { FileSystem } from '../fs/types';
import type { Clock, Random } from '../world/types';

export const SIGNALS = {
  SIGHUP: 1,
  SIGINT: 2,
  SIGQUIT: 3,
  SIGKILL: 9,
  SIGUSR1: 10,
  SIGSEGV: 11,
  SIGUSR2: 12,
  SIGPIPE: 13,
  SIGALRM: 14,
  SIGTERM: 15,
  SIGCHLD: 17,
  SIGCONT: 18,
  SIGSTOP: 19,
  SIGTSTP: 20,
  SIGWINCH: 28,
} as const;
export type Signal = keyof typeof SIGNALS;

/** Thrown out of a blocked await when the process must end (signal, exit). Programs let it propagate. */
export class ProcessExit extends Error {
  constructor(
    readonly status: number,
    readonly signal?: Signal,
  ) {
    super(signal ? `killed by ${signal}` : `exit ${status}`);
    this.name = 'ProcessExit';
  }
}

export interface InputStream {
  /** The next chunk, or null at end of input. */
  read(): Promise<string | null>;
  readonly isTTY: boolean;
  /** Drop this process's reference to the stream (close(2)); a pipe's writer sees SIGPIPE once every reader is closed. */
  close?(): void;
}

export interface OutputStream {
  /** Buffers synchronously. Throws ProcessExit(141, 'SIGPIPE') when nobody reads any more. */
  write(chunk: string): void;
  /** Resolves when the reader has caught up (back-pressure for endless producers such as `yes`). */
  drain(): Promise<void>;
  readonly isTTY: boolean;
  /** Drop this process's reference (close(2)); a pipe's reader sees end of input once every writer is closed. */
  close?(): void;
}

export interface WinSize {
  cols: number;
  rows: number;
}

/** The controlling terminal of a session (the browser terminal, `docker run -it`, `docker exec -it`). */
export interface Tty {
  size(): WinSize;
  onResize(listener: (size: WinSize) => void): () => void;
  /** Raw: every keystroke reaches the reader as typed, no echo, no line editing, no ^C → SIGINT. */
  setRaw(raw: boolean): void;
  isRaw(): boolean;
}

/** A byte stream between two endpoints (a simulated TCP connection). */
export interface Connection {
  read(): Promise<string | null>;
  write(chunk: string): void;
  /** Half-close: the peer's read() returns null once drained. */
  end(): void;
  readonly localAddress: string;
  readonly localPort: number;
  readonly remoteAddress: string;
  readonly remotePort: number;
}

/** What a process can reach over the network from its network namespace (issue 6 fills it in). */
export interface NetStack {
  /** Resolve a host name the way the namespace's /etc/hosts and DNS would; null if unknown. */
  resolve(name: string): Promise<string | null>;
  connect(host: string, port: number): Promise<Connection>;
  listen(port: number, onConnection: (conn: Connection) => void, address?: string): () => void;
  /** IPv4 addresses of this namespace's interfaces, loopback first. */
  addresses(): string[];
}

export interface ProcessInfo {
  pid: number;
  ppid: number;
  uid: number;
  argv: string[];
  state: 'R' | 'S' | 'T' | 'Z';
  startedAt: number;
  tty: string | null;
}

export interface SpawnOptions {
  argv0?: string;
  env?: Record<string, string>;
  cwd?: string;
  stdin?: InputStream;
  stdout?: OutputStream;
  stderr?: OutputStream;
  /** Put the child in its own process group, off the terminal's foreground (`cmd &`). */
  background?: boolean;
  /** Run the child as this user and group (setuid/setgid: only root may; others get EPERM). */
  uid?: number;
  gid?: number;
}

export interface ChildProcess {
  readonly pid: number;
  /** Resolves with the exit status (128+n when killed by signal n). */
  wait(): Promise<number>;
  kill(signal?: Signal): void;
}

export interface ProcessContext {
  readonly argv: string[];
  /** This process's own environment; a program may change it (the shell does). */
  readonly env: Record<string, string>;
  cwd: string;
  readonly fs: FileSystem;
  readonly stdin: InputStream;
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  /** The controlling terminal, or null. */
  readonly tty: Tty | null;
  /** PID as seen inside the process's own PID namespace. */
  readonly pid: number;
  readonly uid: number;
  readonly gid: number;
  readonly hostname: string;
  readonly clock: Clock;
  /** The world's entropy (what /dev/urandom reads); optional so that kernels and test doubles may omit it. */
  readonly random?: Random;
  readonly net: NetStack;
  /** Sleeps on the kernel's clock; frozen while the container is paused; rejects with ProcessExit on a fatal signal. */
  sleep(ms: number): Promise<void>;
  /** Catch a signal: while a handler is installed the signal no longer kills. Returns the uninstaller. */
  onSignal(signal: Signal, handler: (signal: Signal) => void): () => void;
  /** Ignore a signal (SIG_IGN). */
  ignoreSignal(signal: Signal): void;
  /** Run a program as a child (argv[0] is resolved through PATH unless it contains '/'). Throws ExecError. */
  spawn(argv: string[], opts?: SpawnOptions): ChildProcess;
  /** Processes of this PID namespace. */
  processes(): ProcessInfo[];
  /** kill(2) within this PID namespace; throws ExecError('ESRCH') for an unknown pid. */
  kill(pid: number, signal: Signal): void;
  /** A pipe: what is written on `writer` is read from `reader`. */
  pipe(): { reader: InputStream; writer: OutputStream };
  /** Allocate memory (cgroup accounting: past the limit, the kernel OOM-kills the process). */
  allocate(bytes: number): void;
  /** Ends the process now with this status (throws ProcessExit). */
  exit(status: number): never;
  /**
   * fork(2) without exec: run `program` (a closure over the caller's state, e.g. a subshell) as a
   * child process of this one. Provided by the kernel; optional so that test doubles may omit it.
   */
  fork?(program: Program, opts?: SpawnOptions & { argv?: string[] }): ChildProcess;
  /**
   * execve(2): this process (same PID, stdio, parent) runs `argv` instead; the returned promise never
   * resolves: the process ends with the new program's status. Throws ExecError as spawn does, before
   * anything changes. `uid`/`gid` switch credentials (root only, EPERM otherwise), as gosu does.
   * Provided by the kernel; optional so that test doubles may omit it.
   */
  exec?(argv: string[], opts?: { env?: Record<string, string>; uid?: number; gid?: number }): Promise<never>;
  /** This process's process group (job control). */
  readonly pgid?: number;
  /** tcsetpgrp(3) on the controlling terminal: which process group ^C and ^\ reach. */
  setForegroundGroup?(pgid: number): void;
}

export type Program = (ctx: ProcessContext) => Promise<number>;

export interface ProgramTable {
  get(name: string): Program | undefined;
  names(): string[];
}

/**
 * Executable files of simulated images and of the host hold this stub instead of machine code: the
 * kernel maps `\x7fELF baleine:<name>\n` to the program `<name>` of the ProgramTable. So `which`, `ls -l`,
 * `chmod -x` and `rm /bin/ls` behave as on Linux.
 */
export const BINARY_MAGIC = '\x7fELF baleine:';
export function binaryStub(program: string): string {
  return `${BINARY_MAGIC}${program}\n`;
}

export type ExecErrorCode = 'ENOENT' | 'EACCES' | 'ENOEXEC' | 'ESRCH' | 'EPERM' | 'EAGAIN';

/** A failed exec/kill, with Linux's errno. The caller prints it in its own words (sh, runc, kill). */
export class ExecError extends Error {
  constructor(
    readonly code: ExecErrorCode,
    readonly target: string,
  ) {
    super(`${code}: ${target}`);
    this.name = 'ExecError';
  }
}

/**
 * The master side of a pseudo-terminal: what the browser terminal (xterm.js) or a `docker attach -it`
 * client holds. Keys go in, program output comes out; the kernel's line discipline sits between
 * (echo and ^C → SIGINT in cooked mode, pass-through in raw mode).
 */
export interface PtyMaster {
  /** Keystrokes or pasted text from the user, as xterm.js delivers them (escape sequences included). */
  write(input: string): void;
  /** Output for the screen (ANSI, `\r\n` line ends as a real tty's onlcr produces). */
  onData(listener: (output: string) => void): () => void;
  resize(size: WinSize): void;
}
