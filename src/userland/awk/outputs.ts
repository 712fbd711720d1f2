// Where print and printf write: stdout, files (`>` truncates on first use, `>>` appends), and
// commands (`| "sort"`: what is printed becomes the command's input, run when closed or at exit).

import { ExecError } from '../../engine/process/types';
import type { Tool } from '../applets/lib/tool';
import { StringInput } from '../../shell/io';
import { fromAwk } from './bytes';

type Sink = { kind: 'file'; path: string } | { kind: 'pipe'; text: string };

export class Outputs {
  private readonly open = new Map<string, Sink>();

  constructor(private readonly t: Tool) {}

  /** New files belong to the process's user. */
  private owner(): { uid: number; gid: number } {
    return { uid: this.t.ctx.uid, gid: this.t.ctx.gid };
  }

  stdout(bytes: string): void {
    this.t.out(fromAwk(bytes));
  }

  /** `bytes` to the file or command `target` (awk byte strings, see bytes.ts). */
  write(mode: '>' | '>>' | '|', target: string, bytes: string): void {
    const name = fromAwk(target);
    const text = fromAwk(bytes);
    if (name === '/dev/stdout' || name === '-') return this.t.out(text);
    if (name === '/dev/stderr') return this.t.ctx.stderr.write(text);
    let sink = this.open.get(name);
    if (!sink) {
      if (mode === '|') sink = { kind: 'pipe', text: '' };
      else {
        sink = { kind: 'file', path: this.t.path(name) };
        if (mode === '>') this.t.ctx.fs.writeFile(sink.path, '', this.owner());
      }
      this.open.set(name, sink);
    }
    if (sink.kind === 'pipe') sink.text += text;
    else this.t.ctx.fs.writeFile(sink.path, text, { append: true, ...this.owner() });
  }

  /** close(name): a command runs on what it was given; returns its status (-1 if nothing was open). */
  async close(target: string): Promise<number> {
    const name = fromAwk(target);
    const sink = this.open.get(name);
    if (!sink) return -1;
    this.open.delete(name);
    return sink.kind === 'pipe' ? this.runPipe(name, sink.text) : 0;
  }

  async closeAll(): Promise<void> {
    for (const name of [...this.open.keys()]) await this.close(name);
  }

  /** Runs `sh -c command` with `input` on its stdin and awk's stdout and stderr. */
  async runPipe(command: string, input: string): Promise<number> {
    try {
      return await this.t.ctx.spawn(['sh', '-c', fromAwk(command)], { stdin: new StringInput(input) }).wait();
    } catch (e) {
      if (!(e instanceof ExecError)) throw e;
      this.t.error(`sh: ${e.code === 'ENOENT' ? 'No such file or directory' : 'Permission denied'}`);
      return 127;
    }
  }
}
