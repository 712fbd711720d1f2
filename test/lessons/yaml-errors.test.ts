// French explanations of YAML syntax errors: the mistakes teachers make most, each with its sentence.
import { describe, expect, it } from 'vitest';
import { parseLesson, formatLessonError } from '../../src/lessons/loader';
import { YAML_SENTENCES, yamlExcerpt } from '../../src/lessons/yaml-errors';

/** The first error of a lesson whose frontmatter is `yaml`, formatted. */
function firstError(yaml: string): string {
  const r = parseLesson(`---\n${yaml}\n---\n`, 'l.md', 'x');
  if (r.ok) throw new Error('expected a YAML error');
  return formatLessonError(r.errors[0]);
}

describe('YAML errors in French', () => {
  it.each([
    ["a: 'l''image\nb: 2", 'l.md:2:4 : YAML invalide : apostrophe fermante « \' » manquante (dans « a: \'l\'\'image »)'],
    ['a: "dit \\"oui\\"\nb: 2', 'l.md:2:4 : YAML invalide : guillemet double fermant « " » manquant (dans « a: "dit \\"oui\\" »)'],
    ['a: 1\na: 2', 'l.md:3:1 : YAML invalide : clé en double : chaque clé ne peut apparaître qu’une fois au même niveau (dans « a: 2 »)'],
    ['a:\n\t- b', 'l.md:3:1 : YAML invalide : tabulation utilisée pour indenter : YAML n’accepte que des espaces (dans « - b »)'],
    ['title: Docker: les bases', 'l.md:2:8 : YAML invalide : deux « : » sur la même ligne : mettez la valeur entre guillemets si elle contient « : » (dans « title: Docker: les bases »)'],
    ['a: @x', 'l.md:2:4 : YAML invalide : une valeur sans guillemets ne peut pas commencer par ce caractère : mettez-la entre guillemets (dans « a: @x »)'],
    ["a: 'x", 'l.md:2:4 : YAML invalide : apostrophe fermante « \' » manquante (dans « a: \'x »)'],
    ['a: {b: 1', 'l.md:2:4 : YAML invalide : objet entre accolades non refermé par « } » (ou pas assez indenté) (dans « a: {b: 1 »)'],
    ['a: "\\q"', 'l.md:2:5 : YAML invalide : séquence d’échappement inconnue dans un texte entre guillemets doubles (écrivez \\\\ pour une barre oblique inverse) (dans « a: "\\q" »)'],
    ['titre\nb: 1', 'l.md:2:1 : YAML invalide : une clé doit tenir sur une seule ligne : il manque sans doute « : » sur la ligne précédente (dans « titre »)'],
    ['a: |x\n  t', 'l.md:2:5 : YAML invalide : après « | » ou « > », seuls un chiffre et « + » ou « - » sont permis (dans « a: |x »)'],
  ])('%j', (yaml, expected) => {
    expect(firstError(yaml)).toBe(expected);
  });

  it('has a sentence for every error code of the yaml package, with no English in it', () => {
    const codes = ['ALIAS_PROPS', 'BAD_ALIAS', 'BAD_DIRECTIVE', 'BAD_DQ_ESCAPE', 'BAD_INDENT', 'BAD_PROP_ORDER', 'BAD_SCALAR_START', 'BLOCK_AS_IMPLICIT_KEY', 'BLOCK_IN_FLOW', 'DUPLICATE_KEY', 'IMPOSSIBLE', 'KEY_OVER_1024_CHARS', 'MISSING_CHAR', 'MULTILINE_IMPLICIT_KEY', 'MULTIPLE_ANCHORS', 'MULTIPLE_DOCS', 'MULTIPLE_TAGS', 'NON_STRING_KEY', 'RESOURCE_EXHAUSTION', 'TAB_AS_INDENT', 'TAG_RESOLVE_FAILED', 'UNEXPECTED_TOKEN', 'BAD_COLLECTION_TYPE'];
    for (const code of codes) expect(YAML_SENTENCES[code as keyof typeof YAML_SENTENCES]?.length, code).toBeGreaterThan(0);
    for (const s of Object.values(YAML_SENTENCES).flat()) {
      expect(s.text).not.toMatch(/\b(must|expected|unexpected|missing|invalid|indicator|token|flow|block|key|map|sequence|scalar|quote)\b/i);
    }
  });

  it('cuts a long line around the column', () => {
    const line = `description: ${'x'.repeat(30)}"${'y'.repeat(40)}`;
    const excerpt = yamlExcerpt(line, 44);
    expect(excerpt.startsWith('…') && excerpt.endsWith('…')).toBe(true);
    expect(excerpt).toContain('"');
    expect(excerpt.length).toBeLessThanOrEqual(42);
  });
});
