// The git LessonSource against a real git HTTP server (git http-backend): clone a teacher's pack,
// read its lessons and revision, follow a new commit with update(), keep the clone across sources.
import { mkdtempSync } from 'node:fs';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import http from 'isomorphic-git/http/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GitLessonSource, packDir } from '../../src/lessons/git-source';
import { loadAll } from '../../src/lessons';
import { startGitServer, TeacherRepo, type GitServer } from './source-git-http';
import { lessonText } from './source-fixtures';

let root: string;
let server: GitServer;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'depots-'));
  server = await startGitServer(root);
});
afterAll(() => server.close());

function source(name: string, clone = mkdtempSync(join(tmpdir(), 'clone-'))) {
  return new GitLessonSource({ url: `${server.url}${name}.git`, fs, http, dir: clone });
}

describe('GitLessonSource', () => {
  it('clones a pack and reads lessons/<slug>/lesson.md at its commit', async () => {
    const repo = new TeacherRepo(root, 'cours');
    const commit = repo.commit(
      { 'lessons/01-essai/lesson.md': lessonText('Premier essai'), 'lessons/02-suite/lesson.md': lessonText('Suite'), 'README.md': 'Cours\n' },
      'Deux leçons',
    );
    const pack = source('cours');
    expect(pack.revision()).toBeUndefined();
    const files = await pack.load();
    expect(files.map((f) => [f.slug, f.file])).toEqual([
      ['01-essai', 'lessons/01-essai/lesson.md'],
      ['02-suite', 'lessons/02-suite/lesson.md'],
    ]);
    expect(loadAll(files).lessons.map((l) => l.title)).toEqual(['Premier essai', 'Suite']);
    expect(pack.revision()).toBe(commit.slice(0, 7));
  });

  it('follows a new commit on update() and tells its subscribers', async () => {
    const repo = new TeacherRepo(root, 'evolutif');
    const first = repo.commit({ 'lessons/01-essai/lesson.md': lessonText('Version 1') }, 'v1');
    const pack = source('evolutif');
    await pack.load();
    expect(pack.revision()).toBe(first.slice(0, 7));

    let told = 0;
    pack.subscribe(() => told++);
    expect(await pack.update()).toBe(first.slice(0, 7));
    expect(told).toBe(0);

    const second = repo.commit({ 'lessons/01-essai/lesson.md': lessonText('Version 2') }, 'v2');
    expect(await pack.update()).toBe(second.slice(0, 7));
    expect(told).toBe(1);
    expect(pack.revision()).toBe(second.slice(0, 7));
    expect(loadAll(await pack.load()).lessons[0].title).toBe('Version 2');
  });

  it('keeps showing the cloned commit on a later visit until updated', async () => {
    const repo = new TeacherRepo(root, 'visite');
    const first = repo.commit({ 'lessons/01-essai/lesson.md': lessonText('Avant') }, 'v1');
    const clone = mkdtempSync(join(tmpdir(), 'clone-'));
    await source('visite', clone).load();
    repo.commit({ 'lessons/01-essai/lesson.md': lessonText('Après') }, 'v2');
    const again = source('visite', clone);
    expect(loadAll(await again.load()).lessons[0].title).toBe('Avant');
    expect(again.revision()).toBe(first.slice(0, 7));
    await again.update();
    expect(loadAll(await again.load()).lessons[0].title).toBe('Après');
  });

  it('follows a force-pushed history', async () => {
    const repo = new TeacherRepo(root, 'reecrit');
    repo.commit({ 'lessons/01-essai/lesson.md': lessonText('Brouillon') }, 'v1');
    const pack = source('reecrit');
    await pack.load();
    repo.git('commit', '--amend', '-q', '-m', 'v1 corrigée', '--author', 'Prof <prof@ecole.test>');
    repo.commit({ 'lessons/01-essai/lesson.md': lessonText('Propre') }, 'v1 propre');
    const rewritten = repo.git('rev-parse', 'HEAD').trim();
    expect(await pack.update()).toBe(rewritten.slice(0, 7));
    expect(loadAll(await pack.load()).lessons[0].title).toBe('Propre');
  });

  it('reads <slug>/lesson.md at the root of a pack without lessons/', async () => {
    const repo = new TeacherRepo(root, 'racine');
    repo.commit({ '01-essai/lesson.md': lessonText('À la racine'), 'notes/brouillon.md': 'x' }, 'racine');
    const files = await source('racine').load();
    expect(files.map((f) => f.file)).toEqual(['01-essai/lesson.md']);
  });

  it('fails in French on an unknown repository, and can try again', async () => {
    const pack = source('absent');
    await expect(pack.load()).rejects.toThrow(`Le dépôt « ${server.url}absent.git » n’a pas pu être cloné (`);
    new TeacherRepo(root, 'absent').commit({ 'lessons/01-essai/lesson.md': lessonText('Arrivée') }, 'v1');
    expect((await pack.load()).map((f) => f.slug)).toEqual(['01-essai']);
  });

  it('makes the clone and each update durable through flush()', async () => {
    const repo = new TeacherRepo(root, 'durable');
    repo.commit({ 'lessons/01-essai/lesson.md': lessonText('v1') }, 'v1');
    let flushes = 0;
    const pack = new GitLessonSource({ url: `${server.url}durable.git`, fs, http, dir: mkdtempSync(join(tmpdir(), 'clone-')), flush: async () => void flushes++ });
    await pack.load();
    await pack.load();
    expect(flushes).toBe(1);
    await pack.update();
    expect(flushes).toBe(1);
    repo.commit({ 'lessons/01-essai/lesson.md': lessonText('v2') }, 'v2');
    await pack.update();
    expect(flushes).toBe(2);
  });

  it('clones again a stored copy that lost its objects, or explains in French when it cannot', async () => {
    const repo = new TeacherRepo(root, 'abime');
    const commit = repo.commit({ 'lessons/01-essai/lesson.md': lessonText('Intacte') }, 'v1');
    const clone = mkdtempSync(join(tmpdir(), 'clone-'));
    await source('abime', clone).load();
    const damage = () => {
      fs.rmSync(join(clone, '.git', 'objects'), { recursive: true });
      fs.mkdirSync(join(clone, '.git', 'objects'));
    };
    damage();
    const healed = source('abime', clone);
    expect(loadAll(await healed.load()).lessons[0].title).toBe('Intacte');
    expect(healed.revision()).toBe(commit.slice(0, 7));

    damage();
    const gone = new GitLessonSource({ url: `${server.url}ailleurs.git`, fs, http, dir: clone });
    await expect(gone.load()).rejects.toThrow(
      `La copie du cours « ${server.url}ailleurs.git » enregistrée dans ce navigateur est illisible (`,
    );
  });

  it('stores each pack in its own folder', () => {
    expect(packDir('https://forge.example/prof/cours-docker.git')).toBe('/packs/forge.example_prof_cours-docker.git');
    expect(packDir('https://a.example/x')).not.toBe(packDir('https://b.example/x'));
  });
});
