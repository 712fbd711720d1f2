// What an embedded exercise is, from `?lesson=` and `?step=`: the whole lesson, or one step of it. A
// one-step exercise starts from the world the student would have reached there (the lesson's initial
// world, then the solutions of the steps before it) and shows that step alone, without the lesson's
// introduction, recap or quiz.
import { initialWorld, type InitialWorld, type Lesson } from '../../lessons';

export interface ExercisePlan {
  /** The lesson as the exercise shows it (possibly cut down to one step). */
  lesson: Lesson;
  /** The step asked for, if any. */
  step?: string;
  /** Commands that build the starting world. */
  world: InitialWorld;
  /** A step's index in the whole lesson. */
  indexOf(stepId: string): number;
}

/** The plan, or a French explanation of why there is none. */
export function planExercise(lessons: readonly Lesson[], slug: string, stepId?: string): ExercisePlan | string {
  const full = lessons.find((l) => l.slug === slug);
  if (!full) return `La leçon « ${slug} » n’existe pas.`;
  let world: InitialWorld;
  try {
    world = initialWorld(full, new Map(lessons.map((l) => [l.slug, l])));
  } catch (e) {
    return `La leçon « ${slug} » ne peut pas être préparée : ${(e as Error).message}.`;
  }
  const indexOf = (id: string) => full.steps.findIndex((s) => s.id === id);
  if (stepId === undefined) return { lesson: full, world, indexOf };
  const index = indexOf(stepId);
  if (index < 0) return `La leçon « ${slug} » n’a pas d’étape « ${stepId} ».`;
  const before = full.steps.slice(0, index).flatMap((s) => s.solution);
  return {
    lesson: { ...full, intro: '', steps: [full.steps[index]], recap: undefined, quiz: undefined },
    step: stepId,
    world: { preload: world.preload, setup: [...world.setup, ...before] },
    indexOf,
  };
}
