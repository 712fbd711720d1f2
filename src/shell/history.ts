// Command history: an in-memory list backed by a pluggable persistent store (IndexedDB in the UI).

export interface HistoryStore {
  load(): Promise<string[]> | string[];
  append(line: string): void | Promise<void>;
  clear(): void | Promise<void>;
}

export class MemoryHistoryStore implements HistoryStore {
  constructor(private readonly lines: string[] = []) {}
  load(): string[] {
    return [...this.lines];
  }
  append(line: string): void {
    this.lines.push(line);
  }
  clear(): void {
    this.lines.length = 0;
  }
}

/** The session's view of the history: synchronous for the `history` builtin and the line editor. */
export class History {
  readonly lines: string[] = [];
  constructor(
    private readonly store: HistoryStore,
    readonly max = 1000,
  ) {}

  async load(): Promise<void> {
    const loaded = await this.store.load();
    this.lines.splice(0, this.lines.length, ...loaded.slice(-this.max));
  }

  add(line: string): void {
    const text = line.replace(/\n+$/, '');
    if (text.trim() === '' || /^\s/.test(text)) return;
    if (this.lines[this.lines.length - 1] === text) return;
    this.lines.push(text);
    if (this.lines.length > this.max) this.lines.shift();
    void this.store.append(text);
  }

  list(): string[] {
    return [...this.lines];
  }

  clear(): void {
    this.lines.length = 0;
    void this.store.clear();
  }
}
