// Fuzzed lesson files, as any source (served folder, git pack) may deliver them mid-edit: the course's
// real lessons with random edits (lines dropped, duplicated, swapped, cut, junk inserted) and random
// YAML-ish text. Loading never throws; a failure is French errors pointing at a line of the file.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadAll } from '../../src/lessons';
import { YAML_SENTENCES } from '../../src/lessons/yaml-errors';

const ROOT = 'lessons';
const REAL = readdirSync(ROOT, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => readFileSync(join(ROOT, e.name, 'lesson.md'), 'utf8'));

const JUNK = ['', ':', '- ', '  ', '\t', '---', '[', ']', '{', '}', '"', "'", '&a', '*a', '!!str', '#', '## X {#x}', 'é', '\u00a0', '%', '|', '>', '? ', 'null', '~'];

type Edit =
  | { kind: 'drop' | 'duplicate'; at: number }
  | { kind: 'swap'; at: number; with: number }
  | { kind: 'cut'; at: number; col: number }
  | { kind: 'insert'; at: number; col: number; text: string };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constantFrom('drop' as const, 'duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), col: fc.nat(80) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), col: fc.nat(80), text: fc.oneof(fc.constantFrom(...JUNK), fc.string({ maxLength: 6 })) }),
);

function apply(text: string, edits: Edit[]): string {
  const lines = text.split('\n');
  for (const e of edits) {
    const i = e.at % lines.length;
    if (e.kind === 'drop' && lines.length > 1) lines.splice(i, 1);
    else if (e.kind === 'duplicate') lines.splice(i, 0, lines[i]);
    else if (e.kind === 'swap') {
      const j = e.with % lines.length;
      [lines[i], lines[j]] = [lines[j], lines[i]];
    } else if (e.kind === 'cut') lines[i] = lines[i].slice(0, e.col);
    else if (e.kind === 'insert') lines[i] = lines[i].slice(0, e.col) + e.text + lines[i].slice(e.col);
  }
  return lines.join('\n');
}

/** No English from the YAML parser or the schema validator reaches the teacher. */
const ENGLISH = /\b(must|should|expected|unexpected|missing|invalid|property|allowed|indicator|token|flow|block|key|map|sequence|scalar|alias|anchor|tag|quote|line|found)\b/i;

const FRENCH_YAML = new Set(Object.values(YAML_SENTENCES).flatMap((sentences) => sentences.map((s) => s.text)));
const YAML_MESSAGE = /^YAML invalide : (.*?)(?: \(dans « (.*) »\))?$/;

/**
 * A YAML syntax error is « YAML invalide : » then one sentence of the French table, then an excerpt of
 * the file; any other message is French once quoted text is removed.
 */
function assertFrench(message: string, text: string): void {
  const yaml = YAML_MESSAGE.exec(message);
  if (!yaml) {
    expect(message.replace(/«[^»]*»/g, ''), message).not.toMatch(ENGLISH);
    return;
  }
  expect(FRENCH_YAML.has(yaml[1]), message).toBe(true);
  if (yaml[2] !== undefined) {
    const parts = yaml[2].split('…').filter((p) => p !== '');
    for (const part of parts) expect(text.includes(part), message).toBe(true);
  }
}

function assertExplained(text: string): void {
  const file = 'cours/01-x/lesson.md';
  const { lessons, errors } = loadAll([{ slug: '01-x', file, text }]);
  expect(lessons.length + (errors.length > 0 ? 1 : 0)).toBe(1);
  const lineCount = text.replace(/\r\n/g, '\n').split('\n').length;
  for (const e of errors) {
    expect(e.file).toBe(file);
    expect(Number.isInteger(e.line) && e.line >= 1 && e.line <= lineCount, `${e.line} / ${lineCount} : ${e.message}`).toBe(true);
    expect(e.message.trim().length).toBeGreaterThan(0);
    assertFrench(e.message, text);
    if (e.column !== undefined) expect(e.column).toBeGreaterThanOrEqual(1);
  }
}

describe('lesson files fuzzed', () => {
  it('the real lessons load as they are', () => {
    expect(REAL.length).toBeGreaterThanOrEqual(14);
    for (const text of REAL) expect(loadAll([{ slug: '01-x', file: 'f', text }]).errors).toEqual([]);
  });

  it('edited real lessons load or explain themselves in French at a line of the file', () => {
    fc.assert(
      fc.property(fc.constantFrom(...REAL), fc.array(edit, { minLength: 1, maxLength: 6 }), (text, edits) => {
        assertExplained(apply(text, edits));
      }),
      { numRuns: 400 },
    );
  });

  it('random YAML-ish text explains itself in French at a line of the file', () => {
    const line = fc.oneof(fc.constantFrom(...JUNK, 'title: x', 'steps:', '  - id: a', 'order: 1', '    check: {}'), fc.string({ maxLength: 12 }));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 25 }), fc.boolean(), (lines, framed) => {
        assertExplained(framed ? ['---', ...lines, '---', '## A {#a}'].join('\n') : lines.join('\n'));
      }),
      { numRuns: 400 },
    );
  });
});
