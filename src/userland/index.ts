// The ProgramTable: the applets, the shells, BusyBox, and programs injected by the composition root
// (the docker CLI, curl, …). A BINARY_MAGIC stub `\x7fELF baleine:<name>` runs the program `<name>`.
import { basename } from '../engine/fs/path';
import type { Program, ProgramTable } from '../engine/process/types';
import { bashProgram, shProgram } from '../shell/program';
import { applets } from './applets/index';
import { busybox } from './applets/busybox';
import { SERVER_PROGRAMS } from './servers/index';
import { hello } from './images/hello';
import { gosu } from './images/gosu';
import { PACKAGE_MANAGERS } from './packages/index';
import { hostNetPrograms } from './net/index';

export interface MutableProgramTable extends ProgramTable {
  /** Adds or replaces a program. */
  set(name: string, program: Program): void;
}

export interface ProgramTableOptions {
  /** Programs added on top (they win over applets of the same name). */
  extra?: Record<string, Program>;
  /** The shells (default: plain bash and busybox sh; the host passes ones with its history). */
  bash?: Program;
  sh?: Program;
  /** BusyBox applets implemented outside the applet table (wget, nc, ping…): `/bin/ping -> busybox` runs them. */
  busyboxExtra?: Record<string, Program>;
}

export function createProgramTable(opts: ProgramTableOptions = {}): MutableProgramTable {
  const programs = new Map<string, Program>(Object.entries(applets));
  programs.set('bash', opts.bash ?? bashProgram);
  programs.set('sh', opts.sh ?? shProgram);
  programs.set('busybox', withShell(withApplets(busybox, opts.busyboxExtra ?? {}), opts.sh ?? shProgram));
  for (const [name, program] of Object.entries(opts.extra ?? {})) programs.set(name, program);
  return {
    get: (name) => programs.get(name),
    names: () => [...programs.keys()].sort(),
    set: (name, program) => void programs.set(name, program),
  };
}

const SHELL_APPLETS = new Set(['sh', 'ash']);

/** The multi-call binary also answers to `extra`'s names, as a link (`/bin/ping`) or `busybox ping`. */
function withApplets(multiCall: Program, extra: Record<string, Program>): Program {
  return (ctx) => {
    const self = basename(ctx.argv[0] ?? 'busybox');
    const own = Object.hasOwn(extra, self) ? extra[self] : undefined;
    if (own) return own(ctx);
    const named =
      self === 'busybox' && Object.hasOwn(extra, ctx.argv[1] ?? '') ? extra[ctx.argv[1]!] : undefined;
    if (named) return named(Object.create(ctx, { argv: { value: ctx.argv.slice(1), enumerable: true } }));
    return multiCall(ctx);
  };
}

/** BusyBox's `sh`/`ash` applets are the shell of src/shell (`/bin/sh -> busybox` in containers). */
export function withShell(multiCall: Program, sh: Program): Program {
  return (ctx) => {
    const self = basename(ctx.argv[0] ?? 'busybox');
    if (SHELL_APPLETS.has(self)) return sh(ctx);
    if (self === 'busybox' && SHELL_APPLETS.has(ctx.argv[1] ?? '')) {
      return sh(Object.create(ctx, { argv: { value: ctx.argv.slice(1), enumerable: true } }));
    }
    return multiCall(ctx);
  };
}

/**
 * What containers run: the same applets and shells, plus the programs only images carry (servers,
 * hello-world's /hello), and the BusyBox applets given (wget, ping…). Kept apart from the host's table so
 * the host has no nginx in /usr/bin.
 */
export function createContainerProgramTable(busyboxExtra: Record<string, Program> = {}): MutableProgramTable {
  return createProgramTable({
    extra: { ...SERVER_PROGRAMS, ...PACKAGE_MANAGERS, ...hostNetPrograms(), hello, gosu, ...busyboxExtra },
    busyboxExtra,
  });
}
