// An unbounded async queue: producers push, one consumer iterates until end() (log follow, attach).

export class AsyncQueue<T> implements AsyncIterable<T> {
  private readonly items: T[] = [];
  private waiter: (() => void) | null = null;
  private ended = false;
  private readonly onClose: (() => void)[] = [];

  push(item: T): void {
    if (this.ended) return;
    this.items.push(item);
    this.wake();
  }

  end(): void {
    this.ended = true;
    this.wake();
  }

  get closed(): boolean {
    return this.ended;
  }

  /** Runs when the consumer stops (end reached, or the iterator returned early). */
  finally(fn: () => void): void {
    this.onClose.push(fn);
  }

  private wake(): void {
    const w = this.waiter;
    this.waiter = null;
    w?.();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    try {
      for (;;) {
        while (this.items.length) yield this.items.shift()!;
        if (this.ended) return;
        await new Promise<void>((resolve) => (this.waiter = resolve));
      }
    } finally {
      this.ended = true;
      for (const fn of this.onClose.splice(0)) fn();
    }
  }
}
