// An anonymous pipe with reference-counted ends (as file descriptors are), back-pressure and SIGPIPE.
import { ProcessExit, type InputStream, type OutputStream } from './types';
import { Waiters } from './waiters';

/** Bytes (UTF-16 units here) a pipe holds before `drain()` makes the writer wait: Linux's 64 KiB. */
export const PIPE_CAPACITY = 65536;

/** A stream end the kernel can reference-count across processes. */
export interface KernelEnd {
  ref(): void;
  unref(): void;
}

export function isKernelEnd(value: unknown): value is KernelEnd {
  return typeof value === 'object' && value !== null && 'ref' in value && 'unref' in value;
}

/** A read that can be withdrawn (the reading process died or was interrupted). */
export interface CancellableRead {
  promise: Promise<string | null>;
  cancel(): void;
}

export interface CancellableInput extends InputStream {
  readCancellable(): CancellableRead;
}

export function isCancellable(stream: InputStream): stream is CancellableInput {
  return typeof (stream as Partial<CancellableInput>).readCancellable === 'function';
}

export class Pipe {
  private chunks: string[] = [];
  private size = 0;
  private writers = 1;
  private readers = 1;
  private readonly readWaiters = new Waiters<string | null>();
  private readonly drainWaiters = new Waiters<void>();
  readonly reader: PipeReader;
  readonly writer: PipeWriter;

  constructor(readonly capacity = PIPE_CAPACITY) {
    this.reader = new PipeReader(this);
    this.writer = new PipeWriter(this);
  }

  /** @internal */ write(chunk: string): void {
    if (this.readers === 0) throw new ProcessExit(141, 'SIGPIPE');
    if (chunk === '') return;
    if (this.readWaiters.size > 0) {
      this.readWaiters.resolveFirst(chunk);
      return;
    }
    this.chunks.push(chunk);
    this.size += chunk.length;
  }

  /** @internal */ drain(): Promise<void> {
    if (this.size <= this.capacity || this.readers === 0) return Promise.resolve();
    return this.drainWaiters.add().promise;
  }

  /** @internal */ read(): CancellableRead {
    if (this.chunks.length > 0) {
      const data = this.chunks.join('');
      this.chunks = [];
      this.size = 0;
      this.drainWaiters.resolveAll();
      return { promise: Promise.resolve(data), cancel: () => {} };
    }
    if (this.writers === 0) return { promise: Promise.resolve(null), cancel: () => {} };
    return this.readWaiters.add();
  }

  /** @internal */ refWriter(delta: number): void {
    this.writers = Math.max(0, this.writers + delta);
    if (this.writers === 0) this.readWaiters.resolveAll(null);
  }

  /** @internal */ refReader(delta: number): void {
    this.readers = Math.max(0, this.readers + delta);
    if (this.readers === 0) {
      this.chunks = [];
      this.size = 0;
      this.drainWaiters.resolveAll();
    }
  }
}

export class PipeReader implements CancellableInput, KernelEnd {
  readonly isTTY = false;
  constructor(private readonly pipe: Pipe) {}
  read(): Promise<string | null> {
    return this.pipe.read().promise;
  }
  readCancellable(): CancellableRead {
    return this.pipe.read();
  }
  ref(): void {
    this.pipe.refReader(1);
  }
  unref(): void {
    this.pipe.refReader(-1);
  }
  close(): void {
    this.unref();
  }
}

export class PipeWriter implements OutputStream, KernelEnd {
  readonly isTTY = false;
  constructor(private readonly pipe: Pipe) {}
  write(chunk: string): void {
    this.pipe.write(chunk);
  }
  drain(): Promise<void> {
    return this.pipe.drain();
  }
  ref(): void {
    this.pipe.refWriter(1);
  }
  unref(): void {
    this.pipe.refWriter(-1);
  }
  close(): void {
    this.unref();
  }
}
