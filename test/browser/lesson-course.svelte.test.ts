// CourseState, the lesson column's logic, on real simulated machines: lessons from a source, the open
// lesson re-checked after each command line, permalinks and the remembered lesson, progress that
// survives a new page, a corrupt or unavailable store reported in French, import/export, live reload,
// and « Recommencer la leçon » preparing the lesson's world on a fresh machine.
import { beforeAll, describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import type { KeyValueStorage, LessonFile } from '../../src/lessons';
import type { LessonSource } from '../../src/lessons/source';
import { CourseState } from '../../src/ui/lesson/course.svelte';
import type { HostSession } from '../../src/ui/host/types';
import { memoryStorage } from '../../src/ui/embed/memory-storage';
import { builtinSource } from '../../src/ui/lesson/builtin-source';
import { createWorld } from '../../src/world/world';
import { fetchLoader } from '../../src/engine/image/hub/catalog';
import { VirtualClock, fastHop } from '../../src/engine/world/virtual-clock';
import { SeededRandom } from '../../src/engine/world/random';
import { MemFs } from '../../src/engine/fs/memfs';

// The built-in course, as the app loads it (one lazy chunk per lesson).
let course01: LessonFile[] = [];
beforeAll(async () => {
  course01 = await builtinSource.load();
});

const file = (slug: string): LessonFile => {
  const f = course01.find((x) => x.slug === slug);
  if (!f) throw new Error(`no lesson ${slug}`);
  return { ...f };
};

function source(
  files: LessonFile[],
  label = 'Cours de test',
): LessonSource & { change(files: LessonFile[]): void } {
  let current = files;
  const listeners = new Set<() => void>();
  return {
    label,
    load: async () => current,
    subscribe(on) {
      listeners.add(on);
      return () => listeners.delete(on);
    },
    change(next) {
      current = next;
      for (const l of listeners) l();
    },
  };
}

/**
 * Small lessons whose checks need no image (the test's vite server serves the Hub's gzipped blobs with
 * a Content-Encoding that the browser undoes, so pulls cannot be verified here; the e2e tests pull).
 */
function fixture(slug: string, order: number, world = ''): LessonFile {
  const text = `---
title: Leçon ${slug}
order: ${order}
description: Une leçon d'essai.
duration: 5
${world}steps:
  - id: volume
    title: Créer un volume
    check: { volume: { name: donnees } }
    solution: [docker volume create donnees]
  - id: boite
    title: Créer un conteneur
    check: { container: { name: boite } }
    solution: [docker create --name boite img /f]
  - id: fichier
    title: Écrire un fichier
    check: { host_file: { path: note.txt, contains: salut } }
    solution: [echo salut > note.txt]
---

Introduction.

## Créer un volume {#volume}

Texte.

## Créer un conteneur {#boite}

Texte.

## Écrire un fichier {#fichier}

Texte.
`;
  return { slug, file: `lessons/${slug}/lesson.md`, text };
}

/** A machine as the app's host factory gives it, with command lines typed by the test. */
function machine(): HostSession & { type(line: string): Promise<number> } {
  const w = createWorld({
    clock: new VirtualClock({ hop: fastHop() }),
    random: new SeededRandom(3),
    hub: fetchLoader(new URL('/hub', location.href).href),
  });
  const lines = new Set<(line: string, exit: number) => void>();
  return {
    pty: { write: () => {}, onData: () => () => {}, resize: () => {} },
    fs: new MemFs(),
    snapshotFs: () => null,
    history: () => [],
    client: w.client,
    onCommandLine(l) {
      lines.add(l);
      return () => lines.delete(l);
    },
    run: (line) => w.host.run(line),
    preload: (images) => w.preload(images),
    readHostFile: async (path) => {
      try {
        return w.host.fs.readText(path);
      } catch {
        return null;
      }
    },
    dispose: () => {},
    async type(line) {
      const { exit } = await w.host.run(line);
      for (const l of lines) l(line, exit);
      return exit;
    },
  };
}

function courseState(storage: KeyValueStorage = memoryStorage(), opts: { next?: () => HostSession } = {}) {
  const notices: string[] = [];
  const state = new CourseState({
    openStorage: async () => storage,
    memoryStorage,
    notify: (t) => notices.push(t),
    resetMachine: async () => opts.next?.() ?? null,
  });
  return { state, notices };
}

async function until(cond: () => boolean, what = 'condition'): Promise<void> {
  for (let i = 0; i < 400 && !cond(); i++) await new Promise((r) => setTimeout(r, 5));
  if (!cond()) throw new Error(`${what} never held`);
}

const statuses = (state: CourseState) => state.session?.views().map((v) => v.done) ?? [];

describe('CourseState', () => {
  it('gets the built-in course from its lazy chunks, in folder order', () => {
    expect(course01.length).toBeGreaterThanOrEqual(15);
    expect(course01[1]).toMatchObject({ slug: '01-premiers-pas', file: 'lessons/01-premiers-pas/lesson.md' });
    expect(course01[1].text.startsWith('---\ntitle: Premiers pas')).toBe(true);
  });

  it('lists the lessons in order, opens a permalink and re-checks after each command line', async () => {
    const { state } = courseState();
    await state.setSource(source([fixture('b', 2), fixture('a', 1)]), { lesson: 'a', step: 'boite' });
    expect(state.phase).toBe('ready');
    expect(state.lessons.map((l) => l.slug)).toEqual(['a', 'b']);
    expect(state.permalink).toEqual({ lesson: 'a', step: 'boite' });
    state.step = null;
    expect(state.permalink).toEqual({ lesson: 'a', step: 'volume' });

    const host = machine();
    state.attach(host);
    await host.type('docker volume create donnees');
    await until(() => statuses(state)[0], 'step 1 done');
    expect(state.permalink.step).toBe('boite');
    // An image built from scratch (no pull), then a container created out of the terminal: the
    // engine's events re-check.
    await host.run("mkdir b && echo hi > b/f && printf 'FROM scratch\\nCOPY f /f\\n' > b/Dockerfile");
    expect((await host.run('docker build -q -t img b')).exit).toBe(0);
    expect(statuses(state)[1]).toBe(false);
    await host.run('docker create --name boite img /f');
    await until(() => statuses(state)[1], 'step 2 done on the engine event');
    await host.type('echo salut > note.txt');
    await until(() => statuses(state)[2], 'step 3 done');
    expect(state.progressOf(state.lessons[0])).toEqual({ done: 3, total: 3 });
    expect(state.progressOf(state.lessons[1])).toEqual({ done: 0, total: 3 });
    state.dispose();
  });

  it('remembers the open lesson and its progress for the next page, and exports it', async () => {
    const storage = memoryStorage();
    const first = courseState(storage);
    await first.state.setSource(source([fixture('a', 1)]));
    expect(first.state.session).toBeNull();
    first.state.open('a');
    const host = machine();
    first.state.attach(host);
    await host.type('docker volume create donnees');
    await until(() => statuses(first.state)[0], 'step 1 done');
    const exported = first.state.exportProgress();
    first.state.dispose();

    const next = courseState(storage);
    await next.state.setSource(source([fixture('a', 1)]));
    expect(next.state.lesson?.slug).toBe('a');
    expect(statuses(next.state)).toEqual([true, false, false]);

    const other = courseState();
    await other.state.setSource(source([fixture('a', 1)]));
    expect(other.state.progressOf(other.state.lessons[0]).done).toBe(0);
    expect(await other.state.importProgress('pas du json')).toMatchObject({ ok: false });
    expect(await other.state.importProgress(exported)).toEqual({ ok: true });
    expect(other.state.progressOf(other.state.lessons[0]).done).toBe(1);
  });

  it('reports a corrupt store, an unavailable one, an unknown lesson and a failing source in French', async () => {
    const storage = memoryStorage();
    await storage.set('baleine.progress', '{"version": 1');
    const corrupt = courseState(storage);
    await corrupt.state.setSource(source([fixture('a', 1)]), { lesson: 'nulle-part' });
    expect(corrupt.notices).toEqual([
      expect.stringContaining('La progression enregistrée était illisible'),
      'La leçon «\u00a0nulle-part\u00a0» n’existe pas dans «\u00a0Cours de test\u00a0».',
    ]);
    expect(await storage.get('baleine.progress.corrupt')).toBe('{"version": 1');

    const notices: string[] = [];
    const unavailable = new CourseState({
      openStorage: () => Promise.reject(new Error('IndexedDB indisponible')),
      memoryStorage,
      notify: (t) => notices.push(t),
      resetMachine: async () => null,
    });
    await unavailable.setSource({
      label: 'Pack',
      load: () => Promise.reject(new Error('Le dépôt est introuvable.')),
    });
    expect(notices[0]).toContain('ne pourra pas être enregistrée');
    expect(unavailable.phase).toBe('error');
    expect(unavailable.error).toBe('Le dépôt est introuvable.');
  });

  it('follows a new source: keeps the open lesson when it is there, closes it otherwise', async () => {
    const { state, notices } = courseState();
    await state.setSource(source([fixture('a', 1), fixture('b', 2)]), { lesson: 'b' });
    await state.setSource(source([fixture('b', 1)], 'Pack'), state.permalink);
    expect(state.lesson?.slug).toBe('b');
    expect(state.label).toBe('Pack');
    await state.setSource(source([fixture('c', 1)], 'Autre'), state.permalink);
    expect(state.session).toBeNull();
    expect(state.lessons.map((l) => l.slug)).toEqual(['c']);
    expect(notices).toEqual(['La leçon «\u00a0b\u00a0» n’existe pas dans «\u00a0Autre\u00a0».']);
  });

  it('reports a failed save once and keeps the progress for the page', async () => {
    const full: KeyValueStorage = {
      get: async () => undefined,
      set: () => Promise.reject(new Error('quota dépassé')),
    };
    const { state, notices } = courseState(full);
    await state.setSource(source([fixture('a', 1)]), { lesson: 'a' });
    const host = machine();
    state.attach(host);
    await host.type('docker volume create donnees');
    await until(() => statuses(state)[0], 'step 1 done');
    await until(() => notices.length > 0, 'a notice');
    expect(notices[0]).toBe(
      'Votre progression n’a pas pu être enregistrée (quota dépassé). Exportez-la pour ne pas la perdre.',
    );
    expect(state.progressOf(state.lessons[0]).done).toBe(1);
  });

  it('reloads a lesson whose file changes, keeping the open lesson', async () => {
    const { state } = courseState();
    const src = source([file('01-premiers-pas')]);
    await state.setSource(src, { lesson: '01-premiers-pas' });
    const changed = file('01-premiers-pas');
    changed.text = changed.text.replace('title: Premiers pas avec docker run', 'title: Premiers pas (revu)');
    src.change([changed, { slug: 'cassee', file: 'lessons/cassee/lesson.md', text: 'pas de frontmatter' }]);
    await until(() => state.lesson?.title === 'Premiers pas (revu)', 'reloaded title');
    flushSync();
    expect(state.problems).toEqual([expect.stringMatching(/^lessons\/cassee\/lesson\.md:1 : /)]);
  });

  it('« Recommencer la leçon » prepares the lesson’s world on a fresh machine and forgets its progress', async () => {
    const fresh = machine();
    const { state, notices } = courseState(memoryStorage(), { next: () => fresh });
    const world = 'world:\n  setup:\n    - docker volume create ancien\n    - echo brouillon > note.txt\n';
    await state.setSource(source([fixture('a', 1), fixture('b', 2, world)]), { lesson: 'b' });
    const old = machine();
    state.attach(old);
    await old.type('docker volume create donnees');
    await until(() => statuses(state)[0], 'step 1 done');
    await state.resetLesson();
    expect(notices).toEqual([]);
    expect(state.preparing).toBeNull();
    expect(statuses(state)).toEqual([false, false, false]);
    expect((await fresh.run("docker volume ls --format '{{.Name}}'")).stdout).toBe('ancien\n');
    expect(await fresh.readHostFile('/home/eleve/note.txt')).toBe('brouillon\n');
    await fresh.type('docker volume create donnees');
    await until(() => statuses(state)[0], 'step 1 done on the new machine');
  });
});
