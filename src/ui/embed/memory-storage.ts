// The embed's progress lives as long as the page: an exercise on a course site starts fresh each time
// and does not touch the student's progress in the full app (same origin, same IndexedDB).
import type { KeyValueStorage } from '../../lessons';

/** `onChange` is called after every write (a step done, a hint, a solution, a quiz answer). */
export function memoryStorage(onChange?: () => void): KeyValueStorage {
  const values = new Map<string, string>();
  return {
    get: async (key) => values.get(key),
    set: async (key, value) => {
      values.set(key, value);
      onChange?.();
    },
  };
}
