// Streams the shell opens itself: files for redirections, strings for here-documents, /dev/null.
import type { FileSystem } from '../engine/fs/types';
import { latin1ToBytes } from '../engine/network/latin1';
import { bytesForStream, streamBytes } from '../engine/process/stream-bytes';
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

/** A file's content as a stream carries it: UTF-8 text decoded, anything else one char per byte (`< f`). */
export function fileInput(fs: FileSystem, path: string): InputStream {
  return new StringInput(bytesForStream(fs.readFile(path)));
}

/** Every char of a chunk fits in a byte: it can be the continuation of a binary stream. */
const LATIN1_ONLY = /^[\u0000-\u00ff]*$/;
const NOT_PLAIN_ASCII = /[^\u0001-\u007f]/;

/**
 * Appends every write to a file (the shell truncated it when opening with `>`), as bytes: text as
 * UTF-8, binary chunks (tar, gzip, `docker save`) byte for byte (stream-bytes.ts). Once a chunk was
 * binary, later chunks that fit in bytes are too, so a binary stream split into chunks stays intact.
 */
export class FileOutput implements OutputStream {
  readonly isTTY = false;
  private binary = false;
  constructor(
    private readonly fs: FileSystem,
    private readonly path: string,
    private readonly owner: { uid: number; gid: number },
  ) {}
  write(chunk: string): void {
    if (chunk === '') return;
    if (!LATIN1_ONLY.test(chunk)) this.binary = false;
    const bytes = this.binary ? latin1ToBytes(chunk) : streamBytes(chunk);
    // One byte per char with a NUL or a non-ASCII char: streamBytes took the chunk for bytes.
    if (bytes.length === chunk.length && NOT_PLAIN_ASCII.test(chunk)) this.binary = true;
    this.fs.writeFile(this.path, bytes, { append: true, uid: this.owner.uid, gid: this.owner.gid });
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
