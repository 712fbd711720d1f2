// The interpreter: runs the AST over a ProcessContext. Pipelines, subshells, command substitutions
// and background jobs are child processes (fork); external commands are spawned through PATH.
import { deviceInput, endlessDeviceAt } from '../engine/fs/devices-stream';
import { FsError } from '../engine/fs/types';
import { resolvePath } from '../engine/fs/path';
import { lookPath } from '../engine/process/exec';
import {
  ExecError,
  ProcessExit,
  type ChildProcess,
  type InputStream,
  type OutputStream,
  type Program,
  type ProcessContext,
} from '../engine/process/types';
import type { AndOr, Command, FuncDef, List, Pipeline, Redir, SimpleCommand, Word } from './ast';
import { BUILTINS, SPECIAL_BUILTINS, type Builtin } from './builtins/index';
import type { Dialect } from './dialect';
import {
  BreakLoop,
  Interrupted,
  ReturnFromFunction,
  ShellError,
  ShellExit,
  ShellSyntaxError,
} from './errors';
import { Expander, type ExpandHost } from './expand';
import { evaluateCond } from './cond';
import { ArithError } from './arith';
import { matchPattern } from './glob';
import { FileOutput, fileInput, NULL_INPUT, NULL_OUTPUT, StringInput } from './io';
import { JobTable } from './jobs';
import { Parser } from './parser';
import { ShellState } from './state';

export type Stream = InputStream | OutputStream;

export interface Io {
  stdin: InputStream;
  stdout: OutputStream;
  stderr: OutputStream;
}

export interface ShellOptions {
  dialect: Dialect;
  /** $0 */
  name: string;
  interactive?: boolean;
  /** Job control (a terminal): job numbers and notices, ^C abandons the command line. */
  jobControl?: boolean;
  /** Set when running a script file: errors are prefixed `name: line N:`. */
  script?: boolean;
  /** Running `-c CMD` (ash numbers its cd errors line 0 then). */
  commandString?: boolean;
  state?: ShellState;
  /** $$ of the top-level shell (subshells keep it). */
  shellPid?: number;
  fds?: Map<number, Stream>;
  history?: { list(): string[]; clear(): void };
}

/** Deepest function recursion before the shell gives up (bash's FUNCNEST; unlimited bash would crash). */
const MAX_FUNCTION_DEPTH = 1000;

/** Yield to the event loop every so many commands so a busy loop can still be interrupted. */
const YIELD_EVERY = 1000;

export class Shell implements ExpandHost {
  readonly state: ShellState;
  readonly dialect: Dialect;
  readonly interactive: boolean;
  readonly jobControl: boolean;
  name: string;
  readonly script: boolean;
  readonly commandString: boolean;
  readonly shellPid: number;
  fds: Map<number, Stream>;
  lastStatus = 0;
  lastBackground: number | undefined;
  currentLine = 0;
  readonly jobs = new JobTable();
  readonly expander: Expander;
  history: { list(): string[]; clear(): void } | undefined;
  private substStatus: number | null = null;
  private errexitSuppressed = 0;
  private loopDepth = 0;
  private funcDepth = 0;
  private commandCount = 0;
  interrupted = false;
  /** Pushed-back input per stream (what `read` read past the end of its line). */
  readonly pending = new WeakMap<InputStream, string>();
  readonly traps = new Map<string, string>();
  private readonly trapUninstallers = new Map<string, () => void>();
  private pendingTraps: string[] = [];
  /** Set by `exec` without a command: its redirections stay for the rest of the shell. */
  keepRedirections = false;

  constructor(
    readonly ctx: ProcessContext,
    opts: ShellOptions,
  ) {
    this.dialect = opts.dialect;
    this.name = opts.name;
    this.interactive = opts.interactive ?? false;
    this.jobControl = opts.jobControl ?? false;
    this.script = opts.script ?? false;
    this.commandString = opts.commandString ?? false;
    this.state = opts.state ?? ShellState.fromEnv(ctx.env);
    this.shellPid = opts.shellPid ?? ctx.pid;
    this.fds = opts.fds ?? new Map<number, Stream>([[0, ctx.stdin], [1, ctx.stdout], [2, ctx.stderr]]);
    this.history = opts.history;
    this.expander = new Expander(this);
    this.startedAt = ctx.clock.now();
    if (this.state.get('PWD') === undefined || !this.samePlace(this.state.get('PWD')!, ctx.cwd)) {
      this.state.set('PWD', ctx.cwd);
    }
  }

  private samePlace(a: string, b: string): boolean {
    try {
      return this.ctx.fs.realpath(a) === this.ctx.fs.realpath(b);
    } catch {
      return false;
    }
  }

  // ---------- ExpandHost ----------

  get fs() {
    return this.ctx.fs;
  }
  get cwd() {
    return this.ctx.cwd;
  }
  get nounset() {
    return this.state.options.nounset;
  }
  get noglob() {
    return this.state.options.noglob;
  }
  get braceExpansion() {
    return this.dialect.name === 'bash';
  }
  getVar(name: string): string | undefined {
    const v = this.state.get(name);
    if (v !== undefined || this.dialect.name !== 'bash' || this.state.vars.has(name)) return v;
    return this.dynamic(name);
  }

  private randomState = 0;
  private readonly startedAt: number;

  /** bash's dynamic variables (while unset). */
  private dynamic(name: string): string | undefined {
    switch (name) {
      case 'RANDOM':
        // bash's own generator: a 15-bit linear congruential sequence, seeded from the pid.
        this.randomState = (Math.imul(this.randomState || this.ctx.pid * 7919 + 1, 1103515245) + 12345) >>> 0;
        return String((this.randomState >>> 16) & 0x7fff);
      case 'SECONDS':
        return String(Math.floor((this.ctx.clock.now() - this.startedAt) / 1000));
      case 'LINENO':
        return String(this.currentLine);
      case 'UID':
      case 'EUID':
        return String(this.ctx.uid);
      case 'HOSTNAME':
        return this.ctx.hostname;
      case 'BASH_VERSION':
        return '5.2.15(1)-release';
      case 'BASH':
        return '/usr/bin/bash';
    }
    return undefined;
  }
  setVar(name: string, value: string): void {
    if (!this.state.set(name, value)) throw new ShellError(this.errorName(name, 'readonly variable'), 1, true).inAsh(`${name}: is read only`);
  }
  positional(): string[] {
    return this.state.positional;
  }
  special(name: string): string | undefined {
    switch (name) {
      case '?':
        return String(this.lastStatus);
      case '$':
        return String(this.shellPid);
      case '#':
        return String(this.state.positional.length);
      case '!':
        return this.lastBackground === undefined ? '' : String(this.lastBackground);
      case '-':
        return this.state.optionFlags(this.interactive);
      case '0':
        return this.name;
      case '@':
      case '*':
        return this.state.positional.join(' ');
    }
    return undefined;
  }
  homeOf(user: string): string | undefined {
    try {
      for (const line of this.ctx.fs.readText('/etc/passwd').split('\n')) {
        const f = line.split(':');
        if (f[0] === user && f.length >= 6) return f[5];
      }
    } catch {}
    return undefined;
  }
  errorName(name: string, message: string): string {
    return `${name}: ${message}`;
  }

  // ---------- I/O helpers ----------

  get stdin(): InputStream {
    return (this.fds.get(0) as InputStream | undefined) ?? NULL_INPUT;
  }
  get stdout(): OutputStream {
    return (this.fds.get(1) as OutputStream | undefined) ?? NULL_OUTPUT;
  }
  get stderr(): OutputStream {
    return (this.fds.get(2) as OutputStream | undefined) ?? NULL_OUTPUT;
  }
  io(): Io {
    return { stdin: this.stdin, stdout: this.stdout, stderr: this.stderr };
  }

  /** The prefix of the shell's own error messages: `bash: ` or `script.sh: line 3: `. */
  prefix(): string {
    if (this.script) return `${this.name}: line ${this.currentLine}: `;
    return `${this.name}: `;
  }

  reportError(err: ShellError): void {
    this.error(this.dialect.name === 'sh' && err.ash ? err.ash : err.message);
  }

  /** Print an error of the shell itself. */
  error(message: string): void {
    this.writeErr(this.prefix() + message + '\n');
  }

  writeErr(text: string): void {
    try {
      this.stderr.write(text);
    } catch (err) {
      if (err instanceof ProcessExit) throw err;
    }
  }

  // ---------- running source text ----------

  /** Parse and run a program text; syntax errors print and give status 2. */
  async runText(text: string): Promise<number> {
    let list: List;
    try {
      list = Parser.parse(text);
    } catch (err) {
      if (err instanceof ShellSyntaxError) {
        this.reportSyntax(err);
        this.lastStatus = 2;
        return 2;
      }
      throw err;
    }
    return this.runList(list);
  }

  reportSyntax(err: ShellSyntaxError): void {
    const saved = this.currentLine;
    this.currentLine = err.line;
    this.error(this.dialect.syntax(err));
    this.currentLine = saved;
  }

  /** Run a parsed list at top level: shell errors are reported and give a status. */
  async runList(list: List): Promise<number> {
    try {
      this.lastStatus = await this.execList(list);
    } catch (err) {
      this.lastStatus = this.handleTopLevel(err);
    }
    return this.lastStatus;
  }

  /** Turn an error escaping a command into a status (rethrowing the ones that end the shell). */
  handleTopLevel(err: unknown): number {
    if (err instanceof ShellError) {
      this.reportError(err);
      const status = err.fatal ? this.dialect.fatalStatus : err.status;
      if (err.fatal && !this.interactive) throw new ShellExit(status);
      return status;
    }
    if (err instanceof BreakLoop) return 0;
    if (err instanceof ReturnFromFunction) return err.status;
    throw err;
  }

  // ---------- lists ----------

  async execList(list: List): Promise<number> {
    let status = 0;
    for (const item of list.items) {
      if (item.async) {
        status = this.startBackground(item.cmd, item.source);
      } else {
        status = await this.execAndOr(item.cmd);
      }
      this.lastStatus = status;
    }
    return status;
  }

  private startBackground(cmd: AndOr, source: string): number {
    const child = this.forkShell((sub) => sub.execAndOr(cmd), { ...this.io(), stdin: this.jobControl ? this.stdin : NULL_INPUT }, true);
    const job = this.jobs.add(child, source);
    this.lastBackground = child.pid;
    if (this.interactive) this.writeErr(`[${job.id}] ${child.pid}\n`);
    return 0;
  }

  async execAndOr(andor: AndOr): Promise<number> {
    const hasRest = andor.rest.length > 0;
    if (hasRest) this.errexitSuppressed++;
    let status: number;
    let lastRan = andor.first;
    try {
      status = await this.execPipeline(andor.first);
      for (let i = 0; i < andor.rest.length; i++) {
        const { op, pipeline } = andor.rest[i];
        if ((op === '&&' && status !== 0) || (op === '||' && status === 0)) continue;
        const isLast = i === andor.rest.length - 1;
        if (isLast && hasRest) this.errexitSuppressed--;
        try {
          status = await this.execPipeline(pipeline);
        } finally {
          if (isLast && hasRest) this.errexitSuppressed++;
        }
        lastRan = pipeline;
      }
    } finally {
      if (hasRest) this.errexitSuppressed--;
    }
    this.lastStatus = status;
    const lastIsFinal = !hasRest || lastRan === andor.rest[andor.rest.length - 1].pipeline;
    if (status !== 0 && this.state.options.errexit && this.errexitSuppressed === 0 && lastIsFinal && !lastRan.bang) {
      throw new ShellExit(status);
    }
    return status;
  }

  async execPipeline(p: Pipeline): Promise<number> {
    if (p.timed && this.dialect.name === 'bash') {
      const started = this.ctx.clock.now();
      try {
        return await this.execPipeline({ ...p, timed: false });
      } finally {
        const fmt = (ms: number) => `${Math.floor(ms / 60000)}m${((ms % 60000) / 1000).toFixed(3)}s`;
        this.writeErr(`\nreal\t${fmt(this.ctx.clock.now() - started)}\nuser\t0m0.000s\nsys\t0m0.000s\n`);
      }
    }
    let status: number;
    if (p.commands.length === 1) {
      if (p.bang) this.errexitSuppressed++;
      try {
        status = await this.execCommand(p.commands[0]);
      } finally {
        if (p.bang) this.errexitSuppressed--;
      }
    } else {
      status = await this.execMulti(p.commands);
    }
    if (p.bang) status = status === 0 ? 1 : 0;
    this.lastStatus = status;
    return status;
  }

  private async execMulti(commands: Command[]): Promise<number> {
    const children: (ChildProcess | number)[] = [];
    let prev: InputStream | null = null;
    for (let i = 0; i < commands.length; i++) {
      const last = i === commands.length - 1;
      const pipe = last ? null : this.ctx.pipe();
      const io: Io = { stdin: prev ?? this.stdin, stdout: pipe ? pipe.writer : this.stdout, stderr: this.stderr };
      children.push(await this.startInChild(commands[i], io));
      prev?.close?.();
      pipe?.writer.close?.();
      prev = pipe ? pipe.reader : null;
    }
    const statuses: number[] = [];
    for (const c of children) statuses.push(typeof c === 'number' ? c : await c.wait());
    this.afterForeground(statuses[statuses.length - 1]);
    if (this.state.options.pipefail) return [...statuses].reverse().find((s) => s !== 0) ?? 0;
    return statuses[statuses.length - 1];
  }

  /** A pipeline element: spawned directly when it is an external command, else a forked subshell. */
  private async startInChild(cmd: Command, io: Io): Promise<ChildProcess | number> {
    if (cmd.type === 'simple' && cmd.words.length > 0) {
      const direct = await this.tryDirectSpawn(cmd, io);
      if (direct !== null) return direct;
    }
    return this.forkShell((sub) => sub.execCommand(cmd), io, false);
  }

  private async tryDirectSpawn(cmd: SimpleCommand, io: Io): Promise<ChildProcess | number | null> {
    const first = cmd.words[0];
    if (first.parts.length !== 1 || first.parts[0].k !== 'lit') return null;
    const name = first.parts[0].text;
    if (BUILTINS.has(name) || this.state.functions.has(name) || this.state.aliases.has(name)) return null;
    this.currentLine = cmd.line;
    let argv: string[];
    let fds: Map<number, Stream>;
    const saved = this.fds;
    try {
      argv = await this.expander.fields(cmd.words);
      this.fds = new Map([...saved, [0, io.stdin], [1, io.stdout], [2, io.stderr]]);
      fds = await this.openRedirs(cmd.redirs);
    } catch (err) {
      this.fds = saved;
      if (err instanceof ShellError) {
        this.error(err.message);
        return err.status;
      }
      throw err;
    } finally {
      this.fds = saved;
    }
    if (argv.length === 0 || BUILTINS.has(argv[0]) || this.state.functions.has(argv[0])) return null;
    const env = { ...this.state.environment() };
    for (const a of cmd.assigns) env[a.name] = await this.expander.string(a.value);
    return this.spawnExternal(argv, env, fds, false);
  }

  /** Run `fn` in a forked subshell (its own process, a copy of this shell's state). */
  forkShell(fn: (sub: Shell) => Promise<number>, io: Io, background: boolean): ChildProcess {
    const state = this.state.clone();
    const extraFds = [...this.fds].filter(([fd]) => fd > 2);
    const run: Program = async (ctx) => {
      const fds = new Map<number, Stream>([[0, ctx.stdin], [1, ctx.stdout], [2, ctx.stderr], ...extraFds]);
      const sub = new Shell(ctx, {
        dialect: this.dialect,
        name: this.name,
        interactive: false,
        script: this.script,
        commandString: this.commandString,
        state,
        shellPid: this.shellPid,
        fds,
        history: this.history,
      });
      sub.currentLine = this.currentLine;
      sub.lastStatus = this.lastStatus;
      sub.lastBackground = this.lastBackground;
      return sub.runAsSubshell(() => fn(sub));
    };
    if (this.ctx.fork) {
      return this.ctx.fork(run, { stdin: io.stdin, stdout: io.stdout, stderr: io.stderr, background, env: this.ctx.env, cwd: this.ctx.cwd, argv: [...this.ctx.argv] });
    }
    // Without a kernel fork (test doubles): run in this process with its own state.
    const promise = run({ ...this.ctx, stdin: io.stdin, stdout: io.stdout, stderr: io.stderr });
    return { pid: this.ctx.pid, wait: () => promise, kill: () => {} };
  }

  async runAsSubshell(fn: () => Promise<number>): Promise<number> {
    try {
      this.lastStatus = await fn();
    } catch (err) {
      if (err instanceof ShellExit) this.lastStatus = err.status;
      else {
        try {
          this.lastStatus = this.handleTopLevel(err);
        } catch (inner) {
          if (inner instanceof ShellExit) this.lastStatus = inner.status;
          else throw inner;
        }
      }
    }
    await this.runExitTrap();
    return this.lastStatus;
  }

  async runExitTrap(): Promise<void> {
    const action = this.traps.get('EXIT');
    if (!action) return;
    this.traps.delete('EXIT');
    const saved = this.lastStatus;
    try {
      await this.runText(action);
    } catch (err) {
      if (!(err instanceof ShellExit)) throw err;
    }
    this.lastStatus = saved;
  }

  // ---------- commands ----------

  async execCommand(cmd: Command): Promise<number> {
    await this.tick();
    switch (cmd.type) {
      case 'simple':
        return this.execSimple(cmd);
      case 'pipeline':
        return this.execPipeline(cmd);
      case 'func':
        this.state.functions.set(cmd.name, cmd);
        return 0;
      case 'cond':
        this.currentLine = cmd.line;
        return this.withRedirs(cmd.redirs, async () => {
          try {
            return await evaluateCond(this, cmd);
          } catch (err) {
            if (!(err instanceof ShellError) || err.fatal) throw err;
            this.reportError(err);
            return err.status;
          }
        });
      case 'arith':
        this.currentLine = cmd.line;
        return this.withRedirs(cmd.redirs, async () => {
          try {
            return (await this.expander.arith(cmd.text)) === '0' ? 1 : 0;
          } catch (err) {
            if (!(err instanceof ArithError)) throw err;
            this.error(this.dialect.name === 'sh' && err.ash ? err.ash : `((: ${err.message}`);
            return 1;
          }
        });
      case 'subshell':
        return this.withRedirs(cmd.redirs, async () => {
          const child = this.forkShell((sub) => sub.execList(cmd.body), this.io(), false);
          const status = await child.wait();
          this.afterForeground(status);
          return status;
        });
      case 'group':
        return this.withRedirs(cmd.redirs, () => this.execList(cmd.body));
      case 'if':
        return this.withRedirs(cmd.redirs, async () => {
          for (const clause of cmd.clauses) {
            if ((await this.condition(clause.cond)) === 0) return this.execList(clause.body);
          }
          return cmd.otherwise ? this.execList(cmd.otherwise) : 0;
        });
      case 'while':
        return this.withRedirs(cmd.redirs, async () => {
          let status = 0;
          this.loopDepth++;
          try {
            for (;;) {
              const c = await this.condition(cmd.cond);
              if ((c === 0) === cmd.until) break;
              try {
                status = await this.execList(cmd.body);
              } catch (err) {
                if (!(err instanceof BreakLoop)) throw err;
                status = 0;
                if (err.levels > 1) {
                  err.levels--;
                  throw err;
                }
                if (!err.isContinue) break;
              }
            }
          } finally {
            this.loopDepth--;
          }
          return status;
        });
      case 'for':
        return this.withRedirs(cmd.redirs, async () => {
          const items = cmd.words ? await this.expander.fields(cmd.words) : [...this.state.positional];
          let status = 0;
          this.loopDepth++;
          try {
            for (const item of items) {
              this.setVar(cmd.name, item);
              try {
                status = await this.execList(cmd.body);
              } catch (err) {
                if (!(err instanceof BreakLoop)) throw err;
                if (err.levels > 1) {
                  err.levels--;
                  throw err;
                }
                if (!err.isContinue) break;
              }
            }
          } finally {
            this.loopDepth--;
          }
          return status;
        });
      case 'case':
        return this.withRedirs(cmd.redirs, async () => {
          const word = await this.expander.string(cmd.word);
          let status = 0;
          let fallthrough = false;
          for (const item of cmd.items) {
            let matched = fallthrough;
            if (!matched) {
              for (const p of item.patterns) {
                if (matchPattern(await this.expander.pattern(p), word)) {
                  matched = true;
                  break;
                }
              }
            }
            if (!matched) continue;
            status = await this.execList(item.body);
            if (item.term === ';;') return status;
            fallthrough = item.term === ';&';
          }
          return status;
        });
    }
  }

  get inLoop(): boolean {
    return this.loopDepth > 0;
  }
  get inFunction(): boolean {
    return this.funcDepth > 0;
  }

  private async condition(list: List): Promise<number> {
    this.errexitSuppressed++;
    try {
      return await this.execList(list);
    } finally {
      this.errexitSuppressed--;
    }
  }

  installTrap(name: string, signal: Parameters<ProcessContext['onSignal']>[0], action: string): void {
    const off = this.ctx.onSignal(signal, () => {
      this.pendingTraps.push(action);
    });
    this.trapUninstallers.set(name, off);
  }

  uninstallTrap(name: string): void {
    this.trapUninstallers.get(name)?.();
    this.trapUninstallers.delete(name);
  }

  private async tick(): Promise<void> {
    while (this.pendingTraps.length) {
      const action = this.pendingTraps.shift()!;
      const saved = this.lastStatus;
      await this.runText(action);
      this.lastStatus = saved;
    }
    if (this.interrupted) {
      this.interrupted = false;
      throw new Interrupted();
    }
    if (++this.commandCount % YIELD_EVERY === 0) {
      await new Promise<void>((resolve) => globalThis.setTimeout(resolve, 0));
      if (this.interrupted) {
        this.interrupted = false;
        throw new Interrupted();
      }
    }
  }

  private async withRedirs(redirs: Redir[], fn: () => Promise<number>): Promise<number> {
    if (redirs.length === 0) return fn();
    const saved = this.fds;
    try {
      this.fds = await this.openRedirs(redirs);
    } catch (err) {
      this.fds = saved;
      if (err instanceof ShellError) {
        this.error(err.message);
        return err.status;
      }
      throw err;
    }
    try {
      return await fn();
    } finally {
      this.fds = saved;
    }
  }

  // ---------- simple commands ----------

  async execSimple(cmd: SimpleCommand): Promise<number> {
    this.currentLine = cmd.line;
    this.substStatus = null;
    let argv: string[];
    try {
      argv = await this.expander.fields(cmd.words);
    } catch (err) {
      if (err instanceof ShellError) return this.failExpansion(err);
      throw err;
    }
    if (argv.length > 0 && this.state.aliases.has(argv[0]) && cmd.words[0].parts.every((p) => p.k === 'lit')) {
      return this.runAlias(argv, cmd);
    }
    if (argv.length === 0) return this.assignOnly(cmd);
    const name = argv[0];
    const builtin = BUILTINS.get(name);
    const func = this.state.functions.get(name);
    const assigns: [string, string][] = [];
    try {
      for (const a of cmd.assigns) {
        const value = await this.expander.string(a.value);
        assigns.push([a.name, a.append ? (this.getVar(a.name) ?? '') + value : value]);
      }
    } catch (err) {
      if (err instanceof ShellError) return this.failExpansion(err);
      throw err;
    }
    if (this.state.options.xtrace) this.trace(cmd, assigns, argv);
    const saved = this.fds;
    try {
      this.fds = await this.openRedirs(cmd.redirs);
    } catch (err) {
      this.fds = saved;
      if (err instanceof ShellError) {
        this.error(err.message);
        return err.status;
      }
      throw err;
    }
    try {
      if (builtin && SPECIAL_BUILTINS.has(name)) {
        for (const [k, v] of assigns) this.setVar(k, v);
        return await this.runBuiltin(builtin, argv);
      }
      if (func) return await this.withTempVars(assigns, () => this.callFunction(func, argv.slice(1)));
      if (builtin) return await this.withTempVars(assigns, () => this.runBuiltin(builtin, argv));
      const env = this.state.environment();
      for (const [k, v] of assigns) env[k] = v;
      const child = await this.spawnExternal(argv, env, this.fds, true);
      if (typeof child === 'number') return child;
      const status = await child.wait();
      this.afterForeground(status);
      return status;
    } finally {
      if (!this.keepRedirections) this.fds = saved;
      this.keepRedirections = false;
    }
  }

  /** A failed expansion: a fatal one abandons the whole command line (exits a non-interactive shell). */
  private failExpansion(err: ShellError): number {
    if (err.fatal) throw err;
    this.reportError(err);
    return err.status;
  }

  private trace(cmd: SimpleCommand, assigns: [string, string][], argv: string[]): void {
    const ps4 = this.getVar('PS4') ?? '+ ';
    for (const [k, v] of assigns) this.writeErr(`${ps4}${k}=${quoteForTrace(v)}\n`);
    if (cmd.words.length) this.writeErr(`${ps4}${argv.map(quoteForTrace).join(' ')}\n`);
  }

  private async runAlias(argv: string[], cmd: SimpleCommand): Promise<number> {
    const value = this.state.aliases.get(argv[0])!;
    const rest = argv.slice(1).map(quoteForTrace).join(' ');
    const saved = new Map(this.state.aliases);
    this.state.aliases.delete(argv[0]);
    try {
      const list = Parser.parse(`${value} ${rest}`);
      if (cmd.redirs.length) return await this.withRedirs(cmd.redirs, () => this.execList(list));
      return await this.execList(list);
    } finally {
      this.state.aliases = saved;
    }
  }

  private async assignOnly(cmd: SimpleCommand): Promise<number> {
    try {
      for (const a of cmd.assigns) {
        const value = await this.expander.string(a.value);
        this.setVar(a.name, a.append ? (this.getVar(a.name) ?? '') + value : value);
      }
      if (this.state.options.xtrace) for (const a of cmd.assigns) this.writeErr(`+ ${a.name}=${quoteForTrace(this.getVar(a.name) ?? '')}\n`);
      if (cmd.redirs.length) {
        const saved = this.fds;
        try {
          await this.openRedirs(cmd.redirs);
        } finally {
          this.fds = saved;
        }
      }
    } catch (err) {
      if (err instanceof ShellError) return this.failExpansion(err);
      throw err;
    }
    return this.substStatus ?? 0;
  }

  private async withTempVars(assigns: [string, string][], fn: () => Promise<number>): Promise<number> {
    if (assigns.length === 0) return fn();
    const saved = assigns.map(([k]) => [k, this.state.vars.get(k)] as const);
    for (const [k, v] of assigns) this.state.vars.set(k, { value: v, exported: true, readonly: false });
    try {
      return await fn();
    } finally {
      for (const [k, v] of saved) {
        if (v) this.state.vars.set(k, v);
        else this.state.vars.delete(k);
      }
    }
  }

  async runBuiltin(builtin: Builtin, argv: string[]): Promise<number> {
    try {
      return await builtin(this, argv);
    } catch (err) {
      if (err instanceof ShellError) {
        if (err.fatal) throw err;
        this.reportError(err);
        return err.status;
      }
      if (err instanceof FsError) {
        // A failed write(2) on stdout (`echo x > /dev/full`): bash names the builtin, ash does not.
        if (err.syscall === 'write')
          this.error(`${this.dialect.name === 'bash' ? `${argv[0]}: ` : ''}write error: ${err.text}`);
        else this.error(`${argv[0]}: ${err.path}: ${err.text}`);
        return 1;
      }
      throw err;
    }
  }

  async callFunction(func: FuncDef, args: string[]): Promise<number> {
    if (this.funcDepth >= MAX_FUNCTION_DEPTH) {
      throw new ShellError(`${func.name}: maximum function nesting level exceeded (${MAX_FUNCTION_DEPTH})`, 1, true);
    }
    const savedPositional = this.state.positional;
    this.state.positional = args;
    this.state.localFrames.push(new Map());
    this.funcDepth++;
    try {
      return await this.execCommand(func.body);
    } catch (err) {
      if (err instanceof ReturnFromFunction) return err.status;
      throw err;
    } finally {
      this.funcDepth--;
      const frame = this.state.localFrames.pop()!;
      for (const [k, v] of frame) {
        if (v) this.state.vars.set(k, v);
        else this.state.vars.delete(k);
      }
      this.state.positional = savedPositional;
    }
  }

  /** Spawn a program; exec failures print the shell's message and give 126/127. */
  async spawnExternal(
    argv: string[],
    env: Record<string, string>,
    fds: Map<number, Stream>,
    foreground: boolean,
  ): Promise<ChildProcess | number> {
    const io = {
      stdin: (fds.get(0) as InputStream | undefined) ?? NULL_INPUT,
      stdout: (fds.get(1) as OutputStream | undefined) ?? NULL_OUTPUT,
      stderr: (fds.get(2) as OutputStream | undefined) ?? NULL_OUTPUT,
    };
    void foreground;
    try {
      return this.ctx.spawn(argv, { env, cwd: this.ctx.cwd, ...io });
    } catch (err) {
      if (!(err instanceof ExecError)) throw err;
      const saved = this.fds;
      this.fds = fds;
      try {
        return await this.execFailure(err, argv, env);
      } finally {
        this.fds = saved;
      }
    }
  }

  private async execFailure(err: ExecError, argv: string[], env: Record<string, string>): Promise<number> {
    const name = argv[0];
    switch (err.code) {
      case 'ENOENT':
        if (name.includes('/') || this.getVar('PATH') === undefined) {
          this.error(this.dialect.noSuchFile(name));
        } else if (err.target !== name) {
          this.error(`${name}: ${err.target}: bad interpreter: No such file or directory`);
          return 126;
        } else this.error(this.dialect.notFound(name));
        return 127;
      case 'EACCES': {
        const path = resolvePath(this.ctx.cwd, name.includes('/') ? name : err.target);
        let isDir = false;
        try {
          isDir = this.ctx.fs.stat(path).type === 'dir';
        } catch {}
        this.error(isDir ? this.dialect.isDirectory(name) : this.dialect.permissionDenied(name));
        return 126;
      }
      case 'ENOEXEC':
        return this.runScriptFallback(argv, env, err.target);
      case 'EAGAIN':
        this.error('fork: retry: Resource temporarily unavailable');
        return 254;
      default:
        this.error(`${name}: ${err.code}`);
        return 126;
    }
  }

  /** execve gave ENOEXEC: the shell runs the file itself as a script, in a subshell (as bash does). */
  private async runScriptFallback(argv: string[], env: Record<string, string>, path: string): Promise<number> {
    let text: string;
    try {
      text = this.ctx.fs.readText(path);
    } catch {
      this.error(this.dialect.permissionDenied(argv[0]));
      return 126;
    }
    if (text.slice(0, 1024).includes('\0')) {
      this.error(`${argv[0]}: cannot execute binary file: Exec format error`);
      return 126;
    }
    const child = this.forkShell(async (sub) => {
      sub.state.functions.clear();
      sub.state.positional = argv.slice(1);
      for (const k of [...sub.state.vars.keys()]) if (!sub.state.vars.get(k)!.exported) sub.state.vars.delete(k);
      for (const [k, v] of Object.entries(env)) sub.state.set(k, v, true);
      sub.name = argv[0];
      return sub.runScript(text);
    }, this.io(), false);
    return child.wait();
  }

  /** Run a whole script text as a script (errors prefixed with `name: line N:`). */
  async runScript(text: string): Promise<number> {
    (this as { script: boolean }).script = true;
    return this.runText(text);
  }

  /** After a foreground job: an interactive shell abandons the line on ^C. */
  afterForeground(status: number): void {
    if (this.jobControl && status === 130) {
      this.interrupted = false;
      throw new Interrupted();
    }
  }

  // ---------- command substitution ----------

  async commandSubst(body: List): Promise<string> {
    const { reader, writer } = this.ctx.pipe();
    const child = this.forkShell((sub) => sub.execList(body), { stdin: this.stdin, stdout: writer, stderr: this.stderr }, false);
    writer.close?.();
    let out = '';
    for (let chunk = await reader.read(); chunk !== null; chunk = await reader.read()) out += chunk;
    reader.close?.();
    const status = await child.wait();
    this.substStatus = status;
    this.lastStatus = status;
    return out.replace(/\n+$/, '');
  }

  // ---------- redirections ----------

  async openRedirs(redirs: Redir[]): Promise<Map<number, Stream>> {
    const fds = new Map(this.fds);
    for (const r of redirs) {
      const fd = r.fd ?? (r.op.startsWith('<') ? 0 : 1);
      switch (r.op) {
        case '<':
        case '<>': {
          const path = await this.redirTarget(r.target);
          fds.set(fd, this.openInput(path, fds));
          break;
        }
        case '>':
        case '>|':
        case '>>': {
          const path = await this.redirTarget(r.target);
          fds.set(fd, this.openOutput(path, r.op === '>>', fds));
          break;
        }
        case '&>':
        case '&>>': {
          const path = await this.redirTarget(r.target);
          const out = this.openOutput(path, r.op === '&>>', fds);
          fds.set(1, out);
          fds.set(2, out);
          break;
        }
        case '>&':
        case '<&': {
          const target = await this.expander.string(r.target);
          if (target === '-') {
            fds.delete(fd);
            break;
          }
          if (!/^\d+$/.test(target)) {
            if (r.op === '>&' && r.fd === null) {
              const out = this.openOutput(target, false, fds);
              fds.set(1, out);
              fds.set(2, out);
              break;
            }
            throw new ShellError(`${target}: ambiguous redirect`);
          }
          const src = fds.get(Number(target));
          if (!src) throw new ShellError(`${target}: Bad file descriptor`);
          fds.set(fd, src);
          break;
        }
        case '<<':
        case '<<-': {
          const body = r.heredoc!.quoted ? r.heredoc!.body : await this.expander.heredoc(r.heredoc!.body);
          fds.set(fd, new StringInput(body));
          break;
        }
        case '<<<': {
          const text = await this.expander.string(r.target);
          fds.set(fd, new StringInput(text + '\n'));
          break;
        }
      }
    }
    return fds;
  }

  private async redirTarget(word: Word): Promise<string> {
    const fields = await this.expander.wordFields(word);
    if (fields.length !== 1) throw new ShellError(`${word.raw}: ambiguous redirect`);
    return fields[0];
  }

  private openInput(path: string, fds: Map<number, Stream>): InputStream {
    if (path === '/dev/null') return NULL_INPUT;
    if (path === '/dev/stdin') return (fds.get(0) as InputStream) ?? NULL_INPUT;
    const abs = resolvePath(this.ctx.cwd, path);
    try {
      if (this.ctx.fs.stat(abs).type === 'dir') return new StringInput('');
      // `< /dev/urandom`: an endless device is read buffer by buffer, never as a whole file.
      const device = endlessDeviceAt(this.ctx.fs, abs);
      if (device) return deviceInput(this.ctx, device);
      return fileInput(this.ctx.fs, abs);
    } catch (err) {
      if (err instanceof FsError) throw new ShellError(this.dialect.redirect(path, err.text, false, err.code));
      throw err;
    }
  }

  private openOutput(path: string, append: boolean, fds: Map<number, Stream>): OutputStream {
    if (path === '/dev/null') return NULL_OUTPUT;
    if (path === '/dev/stdout') return (fds.get(1) as OutputStream) ?? NULL_OUTPUT;
    if (path === '/dev/stderr') return (fds.get(2) as OutputStream) ?? NULL_OUTPUT;
    if (path === '/dev/tty' && this.ctx.tty) return this.ctx.stdout;
    if (path === '') throw new ShellError(this.dialect.redirect(path, 'No such file or directory', true, 'ENOENT'));
    const abs = resolvePath(this.ctx.cwd, path);
    try {
      let exists = false;
      try {
        const st = this.ctx.fs.stat(abs);
        exists = true;
        if (st.type === 'dir') throw new FsError('EISDIR', abs);
      } catch (err) {
        if (!(err instanceof FsError) || err.code !== 'ENOENT') throw err;
      }
      const owner = { uid: this.ctx.uid, gid: this.ctx.gid };
      if (!append || !exists) this.ctx.fs.writeFile(abs, '', { uid: owner.uid, gid: owner.gid });
      return new FileOutput(this.ctx.fs, abs, owner);
    } catch (err) {
      if (err instanceof FsError) throw new ShellError(this.dialect.redirect(path, err.text, true, err.code));
      throw err;
    }
  }

  // ---------- reading lines (read builtin) ----------

  /** Reads one line (without its newline) from a stream; null at end of input. */
  async readLine(stream: InputStream): Promise<{ line: string; eof: boolean } | null> {
    let buf = this.pending.get(stream) ?? '';
    for (;;) {
      const nl = buf.indexOf('\n');
      if (nl >= 0) {
        this.pending.set(stream, buf.slice(nl + 1));
        return { line: buf.slice(0, nl), eof: false };
      }
      const chunk = await stream.read();
      if (chunk === null) {
        this.pending.set(stream, '');
        return buf === '' ? null : { line: buf, eof: true };
      }
      buf += chunk;
    }
  }

  // ---------- lookups ----------

  /** Where a command name leads: alias, function, builtin, file, or nothing. */
  lookup(name: string): { kind: 'alias' | 'function' | 'builtin' | 'keyword' | 'file' | 'none'; path?: string; value?: string } {
    if (KEYWORDS.has(name)) return { kind: 'keyword' };
    if (this.state.aliases.has(name)) return { kind: 'alias', value: this.state.aliases.get(name) };
    if (this.state.functions.has(name)) return { kind: 'function' };
    if (BUILTINS.has(name)) return { kind: 'builtin' };
    try {
      const path = lookPath({ fs: this.ctx.fs, cwd: this.ctx.cwd, path: this.getVar('PATH'), uid: this.ctx.uid, gid: this.ctx.gid }, name);
      if (name.includes('/')) {
        const st = this.ctx.fs.stat(path);
        if (st.type !== 'file') return { kind: 'none' };
        return { kind: 'file', path: name };
      }
      return { kind: 'file', path };
    } catch {
      return { kind: 'none' };
    }
  }
}

export const KEYWORDS = new Set(['if', 'then', 'else', 'elif', 'fi', 'case', 'esac', 'for', 'while', 'until', 'do', 'done', '{', '}', '!', 'in', 'function', 'select', 'time', '[[', ']]']);

/** Quote a word the way `set -x` and `alias` show it. */
export function quoteForTrace(word: string): string {
  if (word !== '' && /^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}
