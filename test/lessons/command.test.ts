// `baleine lessons check DIR`: exit codes and French diagnostics on stderr.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lessons } from '../../src/server/commands/lessons';

function capture() {
  const err: string[] = [];
  const out: string[] = [];
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
  return { err, out };
}

afterEach(() => vi.restoreAllMocks());

describe('baleine lessons', () => {
  it('rejects an unknown subcommand with its usage', async () => {
    const { err } = capture();
    expect(await lessons.run(['publier'])).toBe(2);
    expect(err.join('')).toBe('Usage : baleine lessons check [--json] [DOSSIER]\n        baleine lessons serve DOSSIER [--port N]\n');
  });

  it('fails with file:line diagnostics on a broken lesson', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lecons-'));
    mkdirSync(join(dir, '01-casse'));
    writeFileSync(join(dir, '01-casse', 'lesson.md'), '---\ntitle: Cassée\norder: un\n---\n');
    const { err } = capture();
    expect(await lessons.run(['check', dir])).toBe(1);
    const text = err.join('');
    expect(text).toContain(`${join(dir, '01-casse', 'lesson.md')}:3 : « order » : type attendu nombre entier\n`);
    expect(text).toContain('le frontmatter : le champ obligatoire « steps » manque');
  });

  it('reports an empty folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lecons-'));
    const { err } = capture();
    expect(await lessons.run(['check', dir])).toBe(1);
    expect(err.join('')).toBe(`baleine lessons : aucune leçon (DOSSIER/*/lesson.md) dans « ${dir} ».\n`);
  });

  it('gives the errors as JSON with --json, exit 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lecons-'));
    mkdirSync(join(dir, '01-casse'));
    writeFileSync(join(dir, '01-casse', 'lesson.md'), '---\ntitle: Cassée\norder: un\n---\n');
    const { out, err } = capture();
    expect(await lessons.run(['check', '--json', dir])).toBe(1);
    expect(err).toEqual([]);
    const errors = JSON.parse(out.join('')) as { file: string; line: number; message: string }[];
    expect(errors.find((e) => e.line === 3)).toMatchObject({
      file: join(dir, '01-casse', 'lesson.md'),
      message: '« order » : type attendu nombre entier',
    });
  });
});
