import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { CORRUPT_KEY, PROGRESS_KEY, ProgressStore } from '../../src/lessons/progress';
import { openIdbStorage } from '../../src/lessons/idb-storage';

let dbCount = 0;
const freshStorage = () => openIdbStorage(`test-${++dbCount}`);

describe('ProgressStore on IndexedDB', () => {
  it('records steps, hints, solutions and quiz answers, and reloads them', async () => {
    const storage = await freshStorage();
    const { store, corrupt } = await ProgressStore.open(storage);
    expect(corrupt).toBeUndefined();
    await store.completeStep('01-premiers-pas', 'nommer');
    await store.useHint('01-premiers-pas', 'supprimer');
    await store.useHint('01-premiers-pas', 'supprimer');
    await store.seeSolution('01-premiers-pas', 'supprimer');
    await store.answerQuiz('01-premiers-pas', 1, [1]);
    const again = (await ProgressStore.open(storage)).store;
    expect(again.completed('01-premiers-pas', ['premier-conteneur', 'nommer', 'supprimer'])).toBe(1);
    expect(again.step('01-premiers-pas', 'supprimer')).toEqual({ done: false, hintsUsed: 2, solutionSeen: true });
    expect(again.lesson('01-premiers-pas').quiz).toEqual({ '1': [1] });
    await again.resetLesson('01-premiers-pas');
    expect(again.completed('01-premiers-pas', ['nommer'])).toBe(0);
  });

  it('keeps a corrupt document aside and starts afresh', async () => {
    const storage = await freshStorage();
    await storage.set(PROGRESS_KEY, '{"version": 1, "lessons": ');
    const { store, corrupt } = await ProgressStore.open(storage);
    expect(corrupt).toBe(
      'La progression enregistrée était illisible (ce n’est pas du JSON) ; elle a été mise de côté et une progression vierge a été créée.',
    );
    expect(await storage.get(CORRUPT_KEY)).toBe('{"version": 1, "lessons": ');
    expect(store.completed('x', ['a'])).toBe(0);
    await storage.set(PROGRESS_KEY, '{"version": 2, "lessons": {}}');
    expect((await ProgressStore.open(storage)).corrupt).toContain('version 2 inconnue');
  });

  it('exports and imports a versioned file; a bad file changes nothing', async () => {
    const a = (await ProgressStore.open(await freshStorage())).store;
    await a.completeStep('02-cycle-de-vie', 'pause');
    const file = a.export();
    expect(JSON.parse(file).version).toBe(1);
    const b = (await ProgressStore.open(await freshStorage())).store;
    expect(await b.import(file)).toEqual({ ok: true });
    expect(b.step('02-cycle-de-vie', 'pause').done).toBe(true);
    expect(await b.import('{"version":1,"lessons":{"x":{"steps":{"a":{"done":"oui"}},"quiz":{}}}}')).toEqual({
      ok: false,
      error: 'Fichier de progression invalide : l’étape « x/a » est mal formée.',
    });
    expect(b.step('02-cycle-de-vie', 'pause').done).toBe(true);
  });
});
