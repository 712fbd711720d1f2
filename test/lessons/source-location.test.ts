// Which source the page's address asks for (?lessons=, ?pack=, &proxy=), and back into an address.
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isUpdatable, lazySource, sourceRequest, withSourceRequest } from '../../src/ui/lesson/sources/from-location';
import { startLessonsServer } from '../../src/server/lessons-serve';
import { lessonText } from './source-fixtures';
import { httpLessonSource } from '../../src/lessons/http-source';
import { GitLessonSource } from '../../src/lessons/git-source';

describe('sourceRequest', () => {
  it('resolves a served folder against the page', () => {
    expect(sourceRequest('http://localhost:5174/?lessons=%2Flessons%2F')).toEqual({ kind: 'served', url: 'http://localhost:5174/lessons/' });
    expect(sourceRequest('http://localhost:5173/?lessons=http://localhost:5174/lessons/&lesson=01')).toEqual({
      kind: 'served',
      url: 'http://localhost:5174/lessons/',
    });
  });

  it('reads a git pack and its CORS proxy', () => {
    expect(sourceRequest('https://baleine.example/?pack=https://forge.example/prof/cours.git')).toEqual({
      kind: 'pack',
      url: 'https://forge.example/prof/cours.git',
    });
    expect(sourceRequest('https://baleine.example/?pack=https://forge.example/c.git&proxy=https://proxy.example')).toEqual({
      kind: 'pack',
      url: 'https://forge.example/c.git',
      corsProxy: 'https://proxy.example',
    });
  });

  it('is null for the built-in course', () => {
    expect(sourceRequest('https://baleine.example/?lesson=01-premiers-pas&step=lancer')).toBeNull();
    expect(sourceRequest('https://baleine.example/?lessons=')).toBeNull();
  });
});

describe('withSourceRequest', () => {
  it('round-trips through the address and keeps the permalink', () => {
    const page = 'https://baleine.example/?lesson=02-cycle&step=stop';
    for (const request of [
      { kind: 'pack' as const, url: 'https://forge.example/c.git', corsProxy: 'https://proxy.example' },
      { kind: 'pack' as const, url: 'https://forge.example/c.git' },
      { kind: 'served' as const, url: 'http://localhost:5174/lessons/' },
    ]) {
      const href = withSourceRequest(page, request);
      expect(sourceRequest(href)).toEqual(request);
      expect(new URL(href).searchParams.get('lesson')).toBe('02-cycle');
    }
  });

  it('drops the source parameters to go back to the built-in course', () => {
    const href = withSourceRequest('https://baleine.example/?pack=x&proxy=y&lesson=01', null);
    expect(href).toBe('https://baleine.example/?lesson=01');
  });
});

describe('isUpdatable', () => {
  it('tells a git pack from a served folder', () => {
    expect(isUpdatable(httpLessonSource('http://localhost/lessons/'))).toBe(false);
    expect(isUpdatable(new GitLessonSource({ url: 'https://forge.example/c.git', fs: {} as never, http: {} as never }))).toBe(true);
  });
});

describe('lazySource', () => {
  it('is ready at once and fetches its code on the first load', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lecons-'));
    mkdirSync(join(dir, '01-essai'));
    writeFileSync(join(dir, '01-essai', 'lesson.md'), lessonText('Servie'));
    const app = mkdtempSync(join(tmpdir(), 'app-'));
    writeFileSync(join(app, 'index.html'), '');
    const server = await startLessonsServer({ dir, appRoot: app, port: 0 });
    try {
      const source = lazySource({ kind: 'served', url: `${server.url}lessons/` });
      expect(source.label).toBe(`${server.url}lessons/`);
      expect(isUpdatable(source)).toBe(false);
      expect(source.revision?.()).toBeUndefined();
      expect((await source.load()).map((f) => f.slug)).toEqual(['01-essai']);
    } finally {
      await server.close();
    }
  });

  it('a pack can be updated before its code is there', () => {
    const pack = lazySource({ kind: 'pack', url: 'https://forge.example/c.git' });
    expect(pack.label).toBe('https://forge.example/c.git');
    expect(isUpdatable(pack)).toBe(true);
    expect(pack.revision?.()).toBeUndefined();
  });
});
