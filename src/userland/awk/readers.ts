// What `getline < FILE` and `COMMAND | getline` read: the file's content, or what `sh -c COMMAND`
// printed, read whole on first use and handed out record by record until close().

import type { Tool } from '../applets/lib/tool';
import { ExecError } from '../../engine/process/types';
import { FsError } from '../../engine/fs/types';
import { BufferOutput, NULL_INPUT } from '../../shell/io';
import { fromAwk, toAwk } from './bytes';
import { cutRecord } from './input';

export class Readers {
  private readonly open = new Map<string, string>();

  constructor(private readonly t: Tool) {}

  /** The next record; null at the end; undefined when the file or command cannot be read. */
  async record(kind: 'file' | 'command', name: string, rs: string): Promise<string | null | undefined> {
    let buf = this.open.get(name);
    if (buf === undefined) {
      const text = kind === 'file' ? this.file(fromAwk(name)) : await this.command(fromAwk(name));
      if (text === undefined) return undefined;
      buf = toAwk(text);
    }
    const cut = cutRecord(buf, rs, true);
    this.open.set(name, cut?.rest ?? '');
    return cut ? cut.record : null;
  }

  close(name: string): boolean {
    return this.open.delete(name);
  }

  private file(name: string): string | undefined {
    try {
      return name === '-' || name === '/dev/stdin' ? undefined : this.t.ctx.fs.readText(this.t.path(name));
    } catch (e) {
      if (e instanceof FsError) return undefined;
      throw e;
    }
  }

  private async command(command: string): Promise<string | undefined> {
    const out = new BufferOutput();
    try {
      await this.t.ctx.spawn(['sh', '-c', command], { stdin: NULL_INPUT, stdout: out }).wait();
    } catch (e) {
      if (e instanceof ExecError) return undefined;
      throw e;
    }
    return out.take();
  }
}
