import { describe, expect, it } from 'vitest';
import { History } from '../../../src/shell/history';
import { HISTORY_LIMIT, SavedHistory } from '../../../src/ui/storage/saved-history';

describe('SavedHistory', () => {
  it("feeds the shell's History with the saved lines and records new ones", async () => {
    let changes = 0;
    const saved = new SavedHistory(['ls', 'pwd'], () => changes++);
    const history = new History(saved);
    await history.load();
    expect(history.list()).toEqual(['ls', 'pwd']);
    history.add('echo bonjour');
    expect(saved.entries()).toEqual(['ls', 'pwd', 'echo bonjour']);
    expect(changes).toBe(1);
    history.clear();
    expect(saved.entries()).toEqual([]);
    expect(changes).toBe(2);
  });

  it('keeps only the most recent lines', () => {
    const saved = new SavedHistory(Array.from({ length: HISTORY_LIMIT + 5 }, (_, i) => `echo ${i}`));
    expect(saved.entries()).toHaveLength(HISTORY_LIMIT);
    expect(saved.entries()[0]).toBe('echo 5');
    saved.append('fin');
    expect(saved.entries()).toHaveLength(HISTORY_LIMIT);
    expect(saved.entries().at(-1)).toBe('fin');
  });
});
