// Streams the shell opens itself: files for redirections, strings for here-documents, /dev/null.
import type { FileSystem } from '../engine/fs/types';
import type { InputStream, OutputStream } from '../engine/process/types';

export class StringInput implements InputStream {
  readonly isTTY = false;
  private done = false;
  constructor(private readonly text: string) {}
  async read(): Promise<string | null> {
    if (this.done || this.text === '') return null;
    this.done = true;
    return this.text;
  }
}

export const NULL_INPUT: InputStream = { isTTY: false, read: async () => null };
export const NULL_OUTPUT: OutputStream = { isTTY: false, write: () => {}, drain: async () => {} };

/** Appends every write to a file (the shell truncated it when opening with `>`). */
export class FileOutput implements OutputStream {
  readonly isTTY = false;
  constructor(
    private readonly fs: FileSystem,
    private readonly path: string,
    private readonly owner: { uid: number; gid: number },
  ) {}
  write(chunk: string): void {
    if (chunk === '') return;
    this.fs.writeFile(this.path, chunk, { append: true, uid: this.owner.uid, gid: this.owner.gid });
  }
  async drain(): Promise<void> {}
}

/** Collects output in memory (used by tests and by `host.run`). */
export class BufferOutput implements OutputStream {
  readonly isTTY = false;
  text = '';
  write(chunk: string): void {
    this.text += chunk;
  }
  async drain(): Promise<void> {}
  take(): string {
    const t = this.text;
    this.text = '';
    return t;
  }
}
