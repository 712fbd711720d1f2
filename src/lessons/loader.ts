// Parses one lesson file (YAML frontmatter + Markdown body), validates it against lessons.schema.json
// and reports French errors with the file's line numbers. Never throws on malformed input.
import Ajv from 'ajv';
import { LineCounter, parseDocument, isNode, visit } from 'yaml';
import schema from '../../lessons.schema.json';
import { frenchSchemaError } from './schema-errors';
import { frenchYamlError, yamlErrorOffset } from './yaml-errors';
import type { Lesson, LessonError, LessonFrontmatter, Step } from './types';

const ajv = new Ajv({ allErrors: true });
const validate = ajv.compile<LessonFrontmatter>(schema);

export type LoadResult = { ok: true; lesson: Lesson } | { ok: false; errors: LessonError[] };

const HEADING = /^##\s+(.*?)\s*\{#([a-z0-9][a-z0-9-]*)\}\s*$/;

/** `file` names the lesson in errors; `slug` is its folder name. */
export function parseLesson(text: string, file: string, slug: string): LoadResult {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const err = (line: number, message: string): LoadResult => ({ ok: false, errors: [{ file, line, message }] });
  if (lines[0] !== '---') return err(1, 'la leçon doit commencer par un frontmatter YAML ouvert par « --- »');
  const end = lines.indexOf('---', 1);
  if (end < 0) return err(1, 'le frontmatter YAML n’est pas refermé par une ligne « --- »');

  const yamlText = lines.slice(1, end).join('\n');
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false });
  const lineOf = (offset: number) => counter.linePos(offset).line + 1; // frontmatter starts on line 2
  const yamlError = (code: Parameters<typeof frenchYamlError>[0], message: string, offset: number): LessonError => {
    const { line, col } = counter.linePos(offset);
    return { file, line: line + 1, column: col, message: frenchYamlError(code, message, lines[line] ?? '', col) };
  };
  if (doc.errors.length > 0) {
    return { ok: false, errors: doc.errors.map((e) => yamlError(e.code, e.message, yamlErrorOffset(e.code, e.message, yamlText, e.pos[0]))) };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    return { ok: false, errors: [yamlError('ALIAS', (e as Error).message, aliasOffset(doc, (e as Error).message))] };
  }
  if (!validate(data)) {
    const errors = (validate.errors ?? []).map((e) => {
      const path = e.instancePath.split('/').slice(1).map((k) => (/^\d+$/.test(k) ? Number(k) : k));
      let node: unknown = doc.getIn(path, true);
      while (!isNode(node) && path.length > 0) {
        path.pop();
        node = doc.getIn(path, true);
      }
      const offset = isNode(node) && node.range ? node.range[0] : 0;
      return { file, line: lineOf(offset), message: frenchSchemaError(e) };
    });
    return { ok: false, errors: dedupe(errors) };
  }
  const front = data as LessonFrontmatter;
  return assemble(front, lines.slice(end + 1), end + 2, file, slug);
}

function assemble(front: LessonFrontmatter, body: string[], firstLine: number, file: string, slug: string): LoadResult {
  const errors: LessonError[] = [];
  const sections = new Map<string, { line: number; text: string[] }>();
  const intro: string[] = [];
  let current: string[] = intro;
  body.forEach((l, i) => {
    const m = HEADING.exec(l);
    if (m) {
      if (sections.has(m[2])) errors.push({ file, line: firstLine + i, message: `section « ${m[2]} » en double` });
      const s = { line: firstLine + i, text: [] as string[] };
      sections.set(m[2], s);
      current = s.text;
    } else current.push(l);
  });
  const ids = new Set<string>();
  const steps: Step[] = [];
  for (const spec of front.steps) {
    if (ids.has(spec.id)) errors.push({ file, line: 1, message: `l’étape « ${spec.id} » est déclarée deux fois` });
    ids.add(spec.id);
    const section = sections.get(spec.id);
    if (!section) {
      errors.push({ file, line: firstLine, message: `l’étape « ${spec.id} » n’a pas de section « ## Titre {#${spec.id}} » dans le texte` });
      continue;
    }
    steps.push({ ...spec, body: section.text.join('\n').trim() });
  }
  for (const [id, s] of sections) {
    if (!ids.has(id)) errors.push({ file, line: s.line, message: `la section « ${id} » ne correspond à aucune étape du frontmatter` });
  }
  if (errors.length > 0) return { ok: false, errors };
  const { steps: _steps, ...meta } = front;
  return { ok: true, lesson: { ...meta, slug, intro: intro.join('\n').trim(), steps } };
}

/** Where the alias a `toJS` error names is used (the frontmatter's start when it cannot be found). */
function aliasOffset(doc: ReturnType<typeof parseDocument>, message: string): number {
  let offset = 0;
  const name = /: (\S+)$/.exec(message)?.[1];
  visit(doc, {
    Alias(_key, node) {
      if (offset === 0 && node.range && (name === undefined || node.source === name)) offset = node.range[0];
    },
  });
  return offset;
}

function dedupe(errors: LessonError[]): LessonError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const k = `${e.line}:${e.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** "fichier:ligne : message" (or "fichier:ligne:colonne : message"), the form every lesson diagnostic is printed in. */
export function formatLessonError(e: LessonError): string {
  return `${e.file}:${e.line}${e.column ? `:${e.column}` : ''} : ${e.message}`;
}
