import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatLessonError, parseLesson } from '../../src/lessons/loader';
import { frenchSchemaError } from '../../src/lessons/schema-errors';

const GOOD = `---
title: Essai
order: 1
description: Une leçon d'essai.
duration: 5
steps:
  - id: lancer
    title: Lancer
    check: { container: { image: busybox } }
    solution: [docker run busybox true]
---

Introduction.

## Lancer un conteneur {#lancer}

Texte de l'étape.
`;

describe('parseLesson', () => {
  it('maps step sections to frontmatter steps', () => {
    const r = parseLesson(GOOD, 'l/lesson.md', '01-essai');
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.lesson.slug).toBe('01-essai');
    expect(r.lesson.intro).toBe('Introduction.');
    expect(r.lesson.steps.map((s) => [s.id, s.body])).toEqual([['lancer', "Texte de l'étape."]]);
  });

  it('reports a schema error in French at the offending line', () => {
    const bad = GOOD.replace('duration: 5', 'duration: cinq');
    const r = parseLesson(bad, 'l/lesson.md', 'x');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map(formatLessonError)).toEqual(['l/lesson.md:5 : « duration » : type attendu nombre entier']);
  });

  it('points at an unknown check kind inside a step', () => {
    const bad = GOOD.replace('check: { container: { image: busybox } }', 'check: { conteneur: { image: busybox } }');
    const r = parseLesson(bad, 'f.md', 'x');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0].line).toBe(9);
    expect(r.errors.map((e) => e.message)).toContain('« steps.0.check » : champ inconnu « conteneur »');
  });

  it('reports a missing step section and an orphan section', () => {
    const bad = GOOD.replace('{#lancer}', '{#demarrer}');
    const r = parseLesson(bad, 'f.md', 'x');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const messages = r.errors.map(formatLessonError);
    expect(messages).toContain('f.md:15 : la section « demarrer » ne correspond à aucune étape du frontmatter');
    expect(messages.some((m) => m.includes('l’étape « lancer » n’a pas de section'))).toBe(true);
  });

  it('reports invalid YAML in French at file:line:column, with the offending line', () => {
    const bad = GOOD.replace('order: 1', 'order: [1');
    const r = parseLesson(bad, 'f.md', 'x');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const line = bad.split('\n').indexOf('order: [1') + 1;
    expect(r.errors.map(formatLessonError)).toEqual([`f.md:${line}:8 : YAML invalide : liste entre crochets non refermée par « ] » (ou pas assez indentée) (dans « order: [1 »)`]);
  });

  it('names the line of a missing closing quote and quotes it', () => {
    const bad = GOOD.replace('title: Essai', 'title: "Essai');
    const r = parseLesson(bad, 'f.md', 'x');
    if (r.ok) throw new Error('should fail');
    // The parser stops at the end of the text the open quote swallowed; the error names the opening quote.
    expect(r.errors.map(formatLessonError)).toEqual(['f.md:2:8 : YAML invalide : guillemet double fermant « " » manquant (dans « title: "Essai »)']);
  });

  it('explains an alias without its anchor in French at the alias', () => {
    const bad = GOOD.replace('order: 1', 'order: *rien');
    const r = parseLesson(bad, 'f.md', 'x');
    if (r.ok) throw new Error('should fail');
    const line = bad.split('\n').indexOf('order: *rien') + 1;
    expect(r.errors.map(formatLessonError)).toEqual([`f.md:${line}:8 : YAML invalide : alias (*nom) sans ancre (&nom) définie avant lui (dans « order: *rien »)`]);
  });

  it('says a schema rule it has no sentence for in French too, without the rule’s English name', () => {
    const message = frenchSchemaError({ keyword: 'const', instancePath: '/steps/0/id', schemaPath: '#', params: { allowedValue: 'a' } });
    expect(message).toBe('« steps.0.id » : valeur refusée par le schéma des leçons (lessons.schema.json)');
  });

  it('requires the frontmatter', () => {
    const r = parseLesson('# Titre\n', 'f.md', 'x');
    expect(r).toEqual({ ok: false, errors: [{ file: 'f.md', line: 1, message: 'la leçon doit commencer par un frontmatter YAML ouvert par « --- »' }] });
  });

  it('never throws on random input and always explains failures in French with a line', () => {
    const piece = fc.constantFrom('---', 'title: x', 'steps:', '  - id: a', '## T {#a}', ': :', '[', '{', '*x', '&a', '- ', 'order: 1', '"', '\t');
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string()), { maxLength: 20 }), (parts) => {
        const r = parseLesson(parts.join('\n'), 'f.md', 'x');
        if (!r.ok) {
          expect(r.errors.length).toBeGreaterThan(0);
          for (const e of r.errors) {
            expect(e.line).toBeGreaterThanOrEqual(1);
            expect(e.message.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
