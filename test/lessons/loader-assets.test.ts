// Where a lesson's images come from, per source: a served folder gives its URL (`base`), a git pack
// gives blob URLs of the commit's files (`assets`, revoked when another commit is read), and the
// loaded lesson carries both to the pane. The built-in course's images exist beside their lessons.
import { resolveObjectURL } from 'node:buffer';
import * as fs from 'node:fs';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import http from 'isomorphic-git/http/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAll } from '../../src/lessons';
import { GitLessonSource } from '../../src/lessons/git-source';
import { httpLessonSource } from '../../src/lessons/http-source';
import { startLessonsServer, type LessonsServer } from '../../src/server/lessons-serve';
import { lessonText } from './source-fixtures';
import { startGitServer, TeacherRepo, type GitServer } from './source-git-http';

const SVG = '<svg xmlns="http://www.w3.org/2000/svg"><text>couche</text></svg>';

describe('lesson assets', () => {
  it('every relative image of the built-in course is a file beside its lesson', () => {
    const images: string[] = [];
    for (const slug of readdirSync('lessons', { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name)) {
      const text = readFileSync(join('lessons', slug, 'lesson.md'), 'utf8');
      for (const [, src] of text.matchAll(/!\[[^\]]*\]\(([^)\s]+)/g)) {
        if (/^[a-z]+:/i.test(src)) continue;
        images.push(`${slug}/${src}`);
        expect(existsSync(join('lessons', slug, decodeURIComponent(src))), `${slug} : ${src}`).toBe(true);
      }
    }
    expect(images).toContain('03-images-et-couches/couches.svg');
  });

  it('loadAll gives each lesson its source’s base and assets', () => {
    const { lessons } = loadAll([
      { slug: '01-a', file: 'a', text: lessonText('A'), base: 'https://ecole.test/cours/01-a/' },
      { slug: '02-b', file: 'b', text: lessonText('B'), assets: { 'schema.svg': 'blob:x' } },
      { slug: '03-c', file: 'c', text: lessonText('C') },
    ]);
    expect(lessons.map((l) => [l.base, l.assets])).toEqual([
      ['https://ecole.test/cours/01-a/', undefined],
      [undefined, { 'schema.svg': 'blob:x' }],
      [undefined, undefined],
    ]);
  });

  describe('served folder', () => {
    let server: LessonsServer;
    beforeAll(async () => {
      const dir = mkdtempSync(join(tmpdir(), 'lecons-'));
      mkdirSync(join(dir, '01-essai'));
      writeFileSync(join(dir, '01-essai', 'lesson.md'), lessonText('Essai'));
      writeFileSync(join(dir, '01-essai', 'schema.svg'), SVG);
      const app = mkdtempSync(join(tmpdir(), 'app-'));
      writeFileSync(join(app, 'index.html'), '<!doctype html>');
      server = await startLessonsServer({ dir, appRoot: app, port: 0, debounceMs: 30 });
    });
    afterAll(() => server.close());

    it('sets base to the lesson’s folder URL, where its images are served', async () => {
      const [file] = await httpLessonSource(`${server.url}lessons/`).load();
      expect(file.base).toBe(`${server.url}lessons/01-essai/`);
      const res = await fetch(new URL('schema.svg', file.base));
      expect(res.status).toBe(200);
      expect(await res.text()).toBe(SVG);
    });
  });

  describe('git pack', () => {
    let root: string;
    let server: GitServer;
    beforeAll(async () => {
      root = mkdtempSync(join(tmpdir(), 'depots-'));
      server = await startGitServer(root);
    });
    afterAll(() => server.close());

    async function blobText(url: string | undefined): Promise<string | undefined> {
      return url === undefined ? undefined : resolveObjectURL(url)?.text();
    }

    it('gives blob URLs of the images beside each lesson, revoked when the pack moves to another commit', async () => {
      const repo = new TeacherRepo(root, 'images');
      repo.commit(
        {
          'lessons/01-essai/lesson.md': lessonText('Essai'),
          'lessons/01-essai/img/schema.svg': SVG,
          'lessons/01-essai/notes.txt': 'pas une image',
          'lessons/02-suite/lesson.md': lessonText('Suite'),
          'logo.png': 'hors des leçons',
        },
        'v1',
      );
      const pack = new GitLessonSource({ url: `${server.url}images.git`, fs, http, dir: mkdtempSync(join(tmpdir(), 'clone-')) });
      const [first, second] = await pack.load();
      expect(Object.keys(first.assets ?? {})).toEqual(['img/schema.svg']);
      expect(second.assets).toEqual({});
      const before = first.assets!['img/schema.svg'];
      expect(before).toMatch(/^blob:/);
      expect(await blobText(before)).toBe(SVG);
      expect(resolveObjectURL(before)?.type).toBe('image/svg+xml');

      const [again] = await pack.load();
      expect(again.assets!['img/schema.svg']).toBe(before); // same commit: same URLs

      repo.commit({ 'lessons/01-essai/img/schema.svg': SVG.replace('couche', 'v2') }, 'v2');
      await pack.update();
      const [updated] = await pack.load();
      const after = updated.assets!['img/schema.svg'];
      expect(after).not.toBe(before);
      expect(await blobText(after)).toContain('v2');
      expect(resolveObjectURL(before)).toBeUndefined();
    });
  });
});
