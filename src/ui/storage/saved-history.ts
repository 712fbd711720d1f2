// The shell's HistoryStore backed by the app's saved host: lines start from what the browser kept, and
// every change schedules a save (the whole list is written with the filesystem by Autosave).
import type { HistoryStore } from '../../shell/history';

export const HISTORY_LIMIT = 1000;

export class SavedHistory implements HistoryStore {
  private readonly lines: string[];

  constructor(
    initial: readonly string[],
    private readonly changed: () => void = () => {},
  ) {
    this.lines = initial.slice(-HISTORY_LIMIT);
  }

  load(): string[] {
    return [...this.lines];
  }

  append(line: string): void {
    this.lines.push(line);
    if (this.lines.length > HISTORY_LIMIT) this.lines.splice(0, this.lines.length - HISTORY_LIMIT);
    this.changed();
  }

  clear(): void {
    this.lines.length = 0;
    this.changed();
  }

  /** What to save, oldest first. */
  entries(): readonly string[] {
    return this.lines;
  }
}
