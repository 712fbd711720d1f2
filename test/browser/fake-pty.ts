// A PtyMaster double for component tests: records what the terminal sends, emits what the test says.
import type { PtyMaster, WinSize } from '../../src/engine/process/types';

export class FakePty implements PtyMaster {
  readonly written: string[] = [];
  readonly sizes: WinSize[] = [];
  private readonly listeners = new Set<(output: string) => void>();

  write(input: string): void {
    this.written.push(input);
  }

  onData(listener: (output: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  resize(size: WinSize): void {
    this.sizes.push(size);
  }

  emit(output: string): void {
    for (const l of this.listeners) l(output);
  }

  get input(): string {
    return this.written.join('');
  }
}

/** The visible text of the xterm screen under `root`, one string per row, trailing spaces trimmed. */
export function screenRows(root: ParentNode = document): string[] {
  const rows = root.querySelector('.xterm-rows');
  if (!rows) return [];
  return [...rows.children].map((row) => (row.textContent ?? '').replace(/\u00a0/g, ' ').trimEnd());
}

export async function until<T>(probe: () => T | undefined | null | false, timeoutMs = 5000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = probe();
    if (value) return value;
    if (performance.now() - start > timeoutMs) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
