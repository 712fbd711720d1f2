// A FIFO of pending promises, each withdrawable (used by pipes and terminals).

interface Waiter<T> {
  resolve: (value: T) => void;
}

export class Waiters<T> {
  private queue: Waiter<T>[] = [];

  get size(): number {
    return this.queue.length;
  }

  add(): { promise: Promise<T>; cancel: () => void } {
    let waiter!: Waiter<T>;
    const promise = new Promise<T>((resolve) => (waiter = { resolve }));
    this.queue.push(waiter);
    return {
      promise,
      cancel: () => {
        const i = this.queue.indexOf(waiter);
        if (i >= 0) this.queue.splice(i, 1);
      },
    };
  }

  resolveFirst(value: T): boolean {
    const w = this.queue.shift();
    if (!w) return false;
    w.resolve(value);
    return true;
  }

  resolveAll(value?: T): void {
    const all = this.queue;
    this.queue = [];
    for (const w of all) w.resolve(value as T);
  }
}
