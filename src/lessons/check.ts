// `baleine lessons check`: validates every lesson (schema, step sections, prerequisites, images known
// to the simulated Hub) and replays every solution on a fresh world: each step's check must fail
// before its solution and pass after it, and none of its near-misses may match the solved state.
// Node specifics (files, the world's composition) are injected by src/server/commands/lessons.ts.
import { evaluateCheck, type CheckClient } from './checks';
import { hubRepository } from './hub-refs';
import { initialWorld, type InitialWorld } from './initial-world';
import { parseLesson } from './loader';
import type { Check, Lesson, LessonError } from './types';

export interface LessonFile {
  /** Folder name, e.g. "01-premiers-pas". */
  slug: string;
  /** Path printed in errors. */
  file: string;
  text: string;
  /** URL of the lesson's folder: relative links and images of the lesson resolve against it. */
  base?: string;
  /** Path in the lesson's folder (e.g. "schema.svg") → URL, for sources whose files have no common folder URL. */
  assets?: Record<string, string>;
}

export interface ReplayWorld {
  client: CheckClient;
  run(line: string): Promise<{ stdout: string; stderr: string; exit: number }>;
  preload(images: string[]): Promise<void>;
  readHostFile?: (path: string) => Promise<string | null>;
}

export interface CheckEnvironment {
  /** Hub catalog: repository → tags. */
  hubTags(): Promise<Record<string, string[]>>;
  newWorld(): Promise<ReplayWorld>;
}

export interface CheckReport {
  lessons: Lesson[];
  errors: LessonError[];
}

export function loadAll(files: LessonFile[]): CheckReport {
  const lessons: Lesson[] = [];
  const errors: LessonError[] = [];
  for (const f of files) {
    const r = parseLesson(f.text, f.file, f.slug);
    if (r.ok) lessons.push(withLinks(r.lesson, f));
    else errors.push(...r.errors);
  }
  return { lessons, errors };
}

/** The lesson, with where its relative links lead (when its source says). */
function withLinks(lesson: Lesson, { base, assets }: LessonFile): Lesson {
  return base === undefined && assets === undefined ? lesson : { ...lesson, ...(base !== undefined && { base }), ...(assets !== undefined && { assets }) };
}

export async function checkLessons(files: LessonFile[], env: CheckEnvironment): Promise<LessonError[]> {
  const { lessons, errors } = loadAll(files);
  const fileOf = new Map(files.map((f) => [f.slug, f.file]));
  const slugs = new Set(files.map((f) => f.slug));
  const tags = await env.hubTags();
  for (const lesson of lessons) {
    const file = fileOf.get(lesson.slug) ?? lesson.slug;
    for (const p of lesson.prerequisites ?? []) {
      if (!slugs.has(p)) errors.push({ file, line: 1, message: `prérequis inconnu « ${p} » (aucun dossier de leçon de ce nom)` });
    }
    for (const image of lesson.world?.preload ?? []) {
      const { repository, tag } = hubRepository(image);
      if (!tags[repository]?.includes(tag)) {
        errors.push({ file, line: 1, message: `l’image « ${image} » n’existe pas dans le Hub simulé` });
      }
    }
  }
  for (const f of files) errors.push(...linkErrors(f, slugs));
  for (const lesson of lessons) errors.push(...patternErrors(lesson, files.find((f) => f.slug === lesson.slug)));
  const order = new Map<number, string>();
  for (const lesson of lessons) {
    const other = order.get(lesson.order);
    if (other) errors.push({ file: fileOf.get(lesson.slug) ?? lesson.slug, line: 1, message: `même numéro d’ordre (${lesson.order}) que « ${other} »` });
    order.set(lesson.order, lesson.slug);
  }
  if (errors.length > 0) return errors;
  const bySlug = new Map(lessons.map((l) => [l.slug, l]));
  for (const lesson of lessons) {
    const f = files.find((x) => x.slug === lesson.slug);
    if (f) errors.push(...(await replayLesson(lesson, f, env, bySlug)));
  }
  return errors;
}

/** Line of a step's `id: …` in the lesson file (1 when not found). */
export function stepLine(text: string, id: string): number {
  const re = new RegExp(`^\\s*-?\\s*id:\\s*['"]?${id}['"]?\\s*$`);
  const i = text.split('\n').findIndex((l) => re.test(l));
  return i < 0 ? 1 : i + 1;
}

/** Replays one lesson's solutions on a fresh world. */
export async function replayLesson(
  lesson: Lesson,
  source: LessonFile,
  env: CheckEnvironment,
  bySlug: ReadonlyMap<string, Lesson> = new Map(),
): Promise<LessonError[]> {
  const errors: LessonError[] = [];
  const file = source.file;
  let start: InitialWorld;
  try {
    start = initialWorld(lesson, bySlug);
  } catch (e) {
    return [{ file, line: 1, message: (e as Error).message }];
  }
  const world = await env.newWorld();
  await world.preload(start.preload);
  let lastExit: number | null = null;
  let lastCommand: string | null = null;
  for (const line of start.setup) {
    const r = await world.run(line);
    if (r.exit !== 0) return [{ file, line: 1, message: `la préparation « ${line} » a échoué (code ${r.exit}) : ${r.stderr.trim()}` }];
  }
  for (const step of lesson.steps) {
    const line = stepLine(source.text, step.id);
    const holds = async (check: Check): Promise<boolean | string> => {
      try {
        return await evaluateCheck(check, { client: world.client, lastExit, lastCommand, readHostFile: world.readHostFile });
      } catch (e) {
        return `étape « ${step.id} » : la vérification n’a pas pu interroger le moteur (${(e as Error).message})`;
      }
    };
    const before = await holds(step.check);
    if (typeof before === 'string') {
      errors.push({ file, line, message: before });
      break;
    }
    if (before) {
      errors.push({ file, line, message: `étape « ${step.id} » : la vérification réussit déjà avant la solution` });
    }
    for (const cmd of step.solution) {
      const r = await world.run(cmd);
      lastExit = r.exit;
      lastCommand = cmd;
      if (r.exit !== 0) {
        const why = r.stderr.trim().split('\n')[0] ?? '';
        errors.push({ file, line, message: `étape « ${step.id} » : la commande de solution « ${cmd} » a échoué (code ${r.exit}) : ${why}` });
      }
    }
    const after = await holds(step.check);
    if (after !== true) {
      errors.push({ file, line, message: typeof after === 'string' ? after : `étape « ${step.id} » : la vérification échoue après la solution (${step.solution.join(' ; ')})` });
      break;
    }
    for (const miss of step.near_misses ?? []) {
      if ((await holds(miss.when)) !== false) {
        errors.push({ file, line, message: `étape « ${step.id} » : la fausse piste « ${miss.explain.slice(0, 40)}… » correspond à l’état résolu` });
      }
    }
  }
  return errors;
}

/** Relative Markdown links to other lessons (`](../SLUG/…)`) must name an existing lesson folder. */
export function linkErrors(f: LessonFile, slugs: Set<string>): LessonError[] {
  const errors: LessonError[] = [];
  f.text.split('\n').forEach((l, i) => {
    for (const m of l.matchAll(/\]\(\.\.\/([^/)#?]+)/g)) {
      if (!slugs.has(m[1])) errors.push({ file: f.file, line: i + 1, message: `lien vers une leçon inconnue « ${m[1]} »` });
    }
  });
  return errors;
}

/** Every `last_command` pattern must be a valid regular expression. */
function patternErrors(lesson: Lesson, f: LessonFile | undefined): LessonError[] {
  const errors: LessonError[] = [];
  const visit = (c: Check, stepId: string) => {
    if ('last_command' in c) {
      try {
        new RegExp(c.last_command);
      } catch {
        errors.push({
          file: f?.file ?? lesson.slug,
          line: f ? stepLine(f.text, stepId) : 1,
          message: `étape « ${stepId} » : expression régulière invalide « ${c.last_command} »`,
        });
      }
    } else if ('all' in c) c.all.forEach((x) => visit(x, stepId));
    else if ('any' in c) c.any.forEach((x) => visit(x, stepId));
    else if ('not' in c) visit(c.not, stepId);
  };
  for (const step of lesson.steps) {
    visit(step.check, step.id);
    for (const miss of step.near_misses ?? []) visit(miss.when, step.id);
  }
  return errors;
}
