import { describe, expect, it } from 'vitest';
import { problemText } from '../../../src/ui/storage/problem-text';

describe('problemText', () => {
  it('says what was unusable, why, and where it was kept', () => {
    expect(
      problemText({
        key: 'host-fs',
        reason: 'enregistrement illisible',
        movedTo: 'quarantine/host-fs/2026-11-23T09:00:00.000Z',
      }),
    ).toBe(
      'Les fichiers de votre machine enregistrés dans ce navigateur étaient inutilisables (enregistrement illisible). ' +
        'Ils ont été mis de côté, sans être effacés, sous la clé «\u00a0quarantine/host-fs/2026-11-23T09:00:00.000Z\u00a0» ' +
        'de la base IndexedDB «\u00a0baleine\u00a0»\u00a0; Baleine a démarré sur une machine neuve.',
    );
  });

  it('agrees in number for the history', () => {
    const text = problemText({ key: 'shell-history', reason: 'historique illisible', movedTo: null });
    expect(text).toBe(
      "L'historique de vos commandes enregistré dans ce navigateur était inutilisable (historique illisible). " +
        "Il n'a pas pu être mis de côté\u00a0; Baleine a démarré sur une machine neuve.",
    );
  });

  it('explains that nothing will be saved when the database is unavailable', () => {
    expect(
      problemText({ key: null, reason: 'IndexedDB est indisponible dans ce navigateur', movedTo: null }),
    ).toBe(
      'Votre travail ne pourra pas être enregistré dans ce navigateur\u00a0: IndexedDB est indisponible dans ce navigateur. ' +
        'Baleine fonctionne quand même, sans sauvegarde.',
    );
  });
});
