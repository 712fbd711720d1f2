// `lessons check`: validation across lessons and the replay of solutions on fresh worlds.
import { describe, expect, it } from 'vitest';
import { checkLessons, stepLine, type LessonFile } from '../../src/lessons/check';
import { formatLessonError } from '../../src/lessons/loader';
import { nodeCheckEnvironment } from '../../src/server/commands/lessons';

function lesson(slug: string, order: number, steps: string, extra = ''): LessonFile {
  const ids = [...steps.matchAll(/- id: ([a-z-]+)/g)].map((m) => m[1]);
  const text = `---
title: Essai ${slug}
order: ${order}
description: Une leçon d'essai.
duration: 5
${extra}steps:
${steps}
---

${ids.map((id) => `## Étape ${id} {#${id}}\n\nTexte.\n`).join('\n')}`;
  return { slug, file: `lessons/${slug}/lesson.md`, text };
}

const env = nodeCheckEnvironment();

describe('checkLessons', () => {
  it('accepts a lesson whose check fails before its solution and passes after', async () => {
    const ok = lesson(
      'a',
      1,
      `  - id: lancer
    title: Lancer
    check: { container: { name: essai, status: exited } }
    near_misses:
      - when: { container: { name: essai, status: running } }
        explain: Il tourne encore.
    solution: [docker run --name essai busybox true]`,
      'world: { preload: [busybox] }\n',
    );
    expect(await checkLessons([ok], env)).toEqual([]);
  });

  it('rejects a check that already holds before the solution, and one still false after', async () => {
    const bad = lesson(
      'b',
      1,
      `  - id: deja
    title: Déjà vrai
    check: { not: { container: { name: personne } } }
    solution: [docker run --rm busybox true]
  - id: jamais
    title: Jamais vrai
    check: { container: { name: fantome } }
    solution: [docker run --name autre busybox true]`,
      'world: { preload: [busybox] }\n',
    );
    expect((await checkLessons([bad], env)).map(formatLessonError)).toEqual([
      'lessons/b/lesson.md:8 : étape « deja » : la vérification réussit déjà avant la solution',
      'lessons/b/lesson.md:12 : étape « jamais » : la vérification échoue après la solution (docker run --name autre busybox true)',
    ]);
  });

  it('checks prerequisites, Hub images and orders across lessons', async () => {
    const step = `  - id: x
    title: X
    check: { container: { name: x } }
    solution: [docker create --name x busybox]`;
    const a = lesson('a', 1, step, 'prerequisites: [zz]\nworld: { preload: [imaginaire:1.0] }\n');
    const b = lesson('b', 1, step);
    expect((await checkLessons([a, b], env)).map(formatLessonError)).toEqual([
      'lessons/a/lesson.md:1 : prérequis inconnu « zz » (aucun dossier de leçon de ce nom)',
      'lessons/a/lesson.md:1 : l’image « imaginaire:1.0 » n’existe pas dans le Hub simulé',
      'lessons/b/lesson.md:1 : même numéro d’ordre (1) que « a »',
    ]);
  });

  it('finds a step’s line', () => {
    expect(stepLine('a\nsteps:\n  - id: un\n  - id: deux\n', 'deux')).toBe(4);
    expect(stepLine('a\n', 'deux')).toBe(1);
  });
});

describe('replay of a failing solution command', () => {
  it('reports the command and its error', async () => {
    const bad = lesson(
      'c',
      1,
      `  - id: rater
    title: Rater
    check: { container: { name: rate } }
    solution: [docker start rate, docker create --name rate busybox]`,
      'world: { preload: [busybox] }\n',
    );
    expect((await checkLessons([bad], env)).map(formatLessonError)).toEqual([
      'lessons/c/lesson.md:8 : étape « rater » : la commande de solution « docker start rate » a échoué (code 1) : Error response from daemon: No such container: rate',
    ]);
  });
});

describe('static checks', () => {
  it('rejects links to unknown lessons and invalid patterns', async () => {
    const a = lesson(
      'a',
      1,
      `  - id: motif
    title: Motif
    check: { last_command: "^docker (ps" }
    solution: [docker ps]`,
    );
    a.text += '\nVoir [la leçon suivante](../b/) et [une autre](../zz/lesson.md).\n';
    const b = lesson('b', 2, `  - id: x\n    title: X\n    check: { container: { name: x } }\n    solution: [docker create --name x busybox]`);
    expect((await checkLessons([a, b], env)).map(formatLessonError)).toEqual([
      `lessons/a/lesson.md:${a.text.split('\n').length - 1} : lien vers une leçon inconnue « zz »`,
      'lessons/a/lesson.md:7 : étape « motif » : expression régulière invalide « ^docker (ps »',
    ]);
  });
});

describe('world.from', () => {
  it('starts a lesson from the end state of another', async () => {
    const a = lesson('a', 1, `  - id: creer\n    title: Créer\n    check: { container: { name: socle } }\n    solution: [docker create --name socle busybox]`, 'world: { preload: [busybox] }\n');
    const b = lesson(
      'b',
      2,
      `  - id: renommer\n    title: Renommer\n    check: { container: { name: nouveau } }\n    solution: [docker rename socle nouveau]`,
      'world: { from: a }\n',
    );
    expect(await checkLessons([a, b], env)).toEqual([]);
    const cyclic = lesson('c', 3, `  - id: x\n    title: X\n    check: { container: { name: x } }\n    solution: [docker create --name x busybox]`, 'world: { from: c }\n');
    expect((await checkLessons([cyclic], env)).map(formatLessonError)).toEqual([
      'lessons/c/lesson.md:1 : « world.from » forme un cycle : c → c',
    ]);
  });
});
