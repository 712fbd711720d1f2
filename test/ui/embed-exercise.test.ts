// The embed's exercise logic: which lesson and starting world a `?lesson=&step=` gives, which events
// the step views call for, and the score sent at the end.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadAll, ProgressStore, type Lesson, type StepView } from '../../src/lessons';
import { planExercise, type ExercisePlan } from '../../src/ui/embed/plan';
import { CompletionTracker } from '../../src/ui/embed/tracker';
import { exerciseScore } from '../../src/ui/embed/score';
import { memoryStorage } from '../../src/ui/embed/memory-storage';
import { readCourse } from '../../src/ui/embed/course';

const course: Lesson[] = loadAll(
  readdirSync('lessons', { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => ({
      slug: d.name,
      file: `lessons/${d.name}/lesson.md`,
      text: readFileSync(`lessons/${d.name}/lesson.md`, 'utf8'),
    })),
).lessons;

function plan(slug: string, step?: string): ExercisePlan {
  const p = planExercise(course, slug, step);
  if (typeof p === 'string') throw new Error(p);
  return p;
}

const view = (id: string, done: boolean): StepView => ({ id, title: id, done, current: !done, hintsShown: [] });

describe('planExercise', () => {
  it('takes the whole lesson without a step', () => {
    const p = plan('01-premiers-pas');
    expect(p.lesson.steps.map((s) => s.id)).toEqual(['premier-conteneur', 'nommer', 'supprimer']);
    expect(p.lesson.intro).not.toBe('');
    expect(p.world.setup).toEqual([]);
    expect(p.indexOf('supprimer')).toBe(2);
  });

  it('cuts a lesson down to one step, starting where the previous solutions lead', () => {
    const p = plan('01-premiers-pas', 'supprimer');
    expect(p.step).toBe('supprimer');
    expect(p.lesson.steps.map((s) => s.id)).toEqual(['supprimer']);
    expect(p.lesson.intro).toBe('');
    expect(p.lesson.quiz).toBeUndefined();
    expect(p.world.setup).toEqual(['docker run busybox echo Bonjour depuis un conteneur', 'docker run --name salut busybox echo Salut']);
    expect(p.indexOf('supprimer')).toBe(2);
  });

  it('builds on the world of the lesson it starts from', () => {
    const withFrom = course.find((l) => l.world?.from);
    expect(withFrom).toBeDefined();
    const p = plan(withFrom!.slug);
    const from = course.find((l) => l.slug === withFrom!.world!.from)!;
    expect(p.world.setup).toEqual(expect.arrayContaining(from.steps.flatMap((s) => s.solution)));
  });

  it('explains in French an unknown lesson or step', () => {
    expect(planExercise(course, 'inconnue')).toBe('La leçon « inconnue » n’existe pas.');
    expect(planExercise(course, '01-premiers-pas', 'nulle-part')).toBe(
      'La leçon « 01-premiers-pas » n’a pas d’étape « nulle-part ».',
    );
  });
});

describe('CompletionTracker', () => {
  const score = { steps: 0, hintsUsed: 0, solutionsShown: 0, quiz: { answered: 0, correct: 0, total: 0 } };

  it('announces each step once, then the lesson once', () => {
    const p = plan('01-premiers-pas');
    const t = new CompletionTracker('01-premiers-pas', p.indexOf);
    expect(t.update([view('premier-conteneur', false), view('nommer', false), view('supprimer', false)], score)).toEqual([]);
    expect(t.update([view('premier-conteneur', true), view('nommer', true), view('supprimer', false)], score)).toEqual([
      { source: 'baleine', version: 1, type: 'step-completed', lesson: '01-premiers-pas', step: 'premier-conteneur', index: 0 },
      { source: 'baleine', version: 1, type: 'step-completed', lesson: '01-premiers-pas', step: 'nommer', index: 1 },
    ]);
    expect(t.update([view('premier-conteneur', true), view('nommer', true), view('supprimer', false)], score)).toEqual([]);
    const last = t.update([view('premier-conteneur', true), view('nommer', true), view('supprimer', true)], score);
    expect(last.map((m) => m.type)).toEqual(['step-completed', 'lesson-completed']);
    expect(last[0]).toMatchObject({ step: 'supprimer', index: 2 });
    expect(t.update([view('premier-conteneur', true), view('nommer', true), view('supprimer', true)], score)).toEqual([]);
  });

  it('waits for every quiz question to be answered before the lesson is completed', () => {
    const t = new CompletionTracker('01-premiers-pas', plan('01-premiers-pas').indexOf);
    const views = [view('premier-conteneur', true), view('nommer', true), view('supprimer', true)];
    const quiz = (answered: number) => ({ ...score, steps: 3, quiz: { answered, correct: answered, total: 2 } });
    expect(t.update(views, quiz(0)).map((m) => m.type)).toEqual(['step-completed', 'step-completed', 'step-completed']);
    expect(t.update(views, quiz(1))).toEqual([]);
    expect(t.update(views, quiz(2))).toEqual([
      { source: 'baleine', version: 1, type: 'lesson-completed', lesson: '01-premiers-pas', score: quiz(2) },
    ]);
  });

  it("reports a one-step exercise's step at its place in the lesson", () => {
    const p = plan('01-premiers-pas', 'nommer');
    const t = new CompletionTracker('01-premiers-pas', p.indexOf);
    expect(t.update([view('nommer', true)], score)).toEqual([
      { source: 'baleine', version: 1, type: 'step-completed', lesson: '01-premiers-pas', step: 'nommer', index: 1 },
      { source: 'baleine', version: 1, type: 'lesson-completed', lesson: '01-premiers-pas', score },
    ]);
  });
});

describe('exerciseScore', () => {
  it('counts completed steps, hints, solutions and quiz answers', async () => {
    const { lesson } = plan('01-premiers-pas');
    const { store } = await ProgressStore.open(memoryStorage());
    expect(exerciseScore(lesson, store)).toEqual({
      steps: 0,
      hintsUsed: 0,
      solutionsShown: 0,
      quiz: { answered: 0, correct: 0, total: 2 },
    });
    await store.completeStep(lesson.slug, 'premier-conteneur');
    await store.completeStep(lesson.slug, 'nommer');
    await store.useHint(lesson.slug, 'nommer');
    await store.useHint(lesson.slug, 'premier-conteneur');
    await store.useHint(lesson.slug, 'premier-conteneur');
    await store.seeSolution(lesson.slug, 'supprimer');
    await store.answerQuiz(lesson.slug, 0, [1]);
    await store.answerQuiz(lesson.slug, 1, [0]);
    expect(exerciseScore(lesson, store)).toEqual({
      steps: 2,
      hintsUsed: 3,
      solutionsShown: 1,
      quiz: { answered: 2, correct: 1, total: 2 },
    });
  });

  it('counts only the steps of a one-step exercise', async () => {
    const { lesson } = plan('01-premiers-pas', 'nommer');
    const { store } = await ProgressStore.open(memoryStorage());
    await store.completeStep(lesson.slug, 'premier-conteneur');
    await store.completeStep(lesson.slug, 'nommer');
    expect(exerciseScore(lesson, store)).toMatchObject({ steps: 1, quiz: { total: 0 } });
  });
});

describe('readCourse', () => {
  it('keeps the lessons that parse and says in French why another cannot open', () => {
    const good = readFileSync('lessons/01-premiers-pas/lesson.md', 'utf8');
    const { lessons, problems } = readCourse([
      { slug: '01-premiers-pas', file: 'lessons/01-premiers-pas/lesson.md', text: good },
      { slug: '99-cassee', file: 'lessons/99-cassee/lesson.md', text: 'pas de frontmatter\n' },
    ]);
    expect(lessons.map((l) => l.slug)).toEqual(['01-premiers-pas']);
    expect([...problems.keys()]).toEqual(['99-cassee']);
    expect(problems.get('99-cassee')).toMatch(/^La leçon « 99-cassee » contient des erreurs : lessons\/99-cassee\/lesson\.md:1 : /);
  });
});
