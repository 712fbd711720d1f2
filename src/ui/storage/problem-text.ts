// The French sentence shown in the banner for a storage problem.
import type { RecordKind } from './records';
import type { StorageProblem } from './store';

interface Words {
  subject: string;
  unusable: string;
  kept: string;
  lost: string;
  /** What Baleine started with instead. */
  fresh: string;
}

const WORDS: Record<RecordKind, Words> = {
  'host-fs': {
    subject: 'Les fichiers de votre machine enregistrés dans ce navigateur',
    unusable: 'étaient inutilisables',
    kept: 'Ils ont été mis de côté, sans être effacés,',
    lost: "Ils n'ont pas pu être mis de côté",
    fresh: 'Baleine a démarré sur une machine neuve',
  },
  'shell-history': {
    subject: "L'historique de vos commandes enregistré dans ce navigateur",
    unusable: 'était inutilisable',
    kept: 'Il a été mis de côté, sans être effacé,',
    lost: "Il n'a pas pu être mis de côté",
    fresh: 'Baleine a démarré sur une machine neuve',
  },
  engine: {
    subject: "L'état de Docker enregistré dans ce navigateur (images, conteneurs, volumes, réseaux)",
    unusable: 'était inutilisable',
    kept: 'Il a été mis de côté, sans être effacé,',
    lost: "Il n'a pas pu être mis de côté",
    fresh: 'Docker a démarré à vide, vos fichiers et votre historique sont conservés',
  },
};

export function problemText(problem: StorageProblem): string {
  if (problem.key === null) {
    return `Votre travail ne pourra pas être enregistré dans ce navigateur\u00a0: ${problem.reason}. Baleine fonctionne quand même, sans sauvegarde.`;
  }
  const w = WORDS[problem.key];
  const kept =
    problem.movedTo !== null
      ? `${w.kept} sous la clé «\u00a0${problem.movedTo}\u00a0» de la base IndexedDB «\u00a0baleine\u00a0»`
      : w.lost;
  return `${w.subject} ${w.unusable} (${problem.reason}). ${kept}\u00a0; ${w.fresh}.`;
}
