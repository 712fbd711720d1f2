// What every applet works with: its context, its name and flavour, and the small helpers that keep
// error messages and path handling identical across programs.

import type { ProcessContext } from '../../../engine/process/types';
import { FsError } from '../../../engine/fs/types';
import { resolvePath } from '../../../engine/fs/path';
import type { Flavour } from './flavour';

export class Tool {
  constructor(
    readonly ctx: ProcessContext,
    /** The name the program prints in its messages (`ls`, `rm`, …). */
    readonly name: string,
    readonly flavour: Flavour,
    /** The arguments, when they differ from ctx.argv (`busybox ls -l` runs ls with `ls -l`). */
    readonly argv: string[] = ctx.argv,
  ) {}

  get gnu(): boolean {
    return this.flavour === 'gnu';
  }

  get args(): string[] {
    return this.argv.slice(1);
  }

  out(text: string): void {
    this.ctx.stdout.write(text);
  }

  /** `name: message` on stderr. */
  error(message: string): void {
    this.ctx.stderr.write(`${this.name}: ${message}\n`);
  }

  /** Absolute path of an argument, against the working directory. */
  path(arg: string): string {
    return resolvePath(this.ctx.cwd, arg);
  }

  /** Everything on stdin, until end of input. */
  async readStdin(): Promise<string> {
    let text = '';
    for (;;) {
      const chunk = await this.ctx.stdin.read();
      if (chunk === null) return text;
      text += chunk;
    }
  }

  /** The content of a file operand (`-` is stdin); throws FsError. */
  async readOperand(arg: string): Promise<string> {
    if (arg === '-') return this.readStdin();
    const p = this.path(arg);
    if (this.ctx.fs.stat(p).type === 'dir') throw new FsError('EISDIR', arg, 'read');
    return this.ctx.fs.readText(p);
  }
}

/** The strerror text of a filesystem error; anything else is a bug and propagates. */
export function errText(e: unknown): string {
  if (e instanceof FsError) return e.text;
  throw e;
}
