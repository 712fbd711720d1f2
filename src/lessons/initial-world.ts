// A lesson's initial world as commands: the end state of its `from` lesson (recursively: that lesson's
// world, then every solution), then its own preload and setup. Used by the check replay and by
// « Réinitialiser » in the lesson pane.
import type { Lesson } from './types';

export interface InitialWorld {
  preload: string[];
  setup: string[];
}

/** Throws (in French) on an unknown or cyclic `from`. */
export function initialWorld(lesson: Lesson, bySlug: ReadonlyMap<string, Lesson>, seen: string[] = []): InitialWorld {
  if (seen.includes(lesson.slug)) {
    throw new Error(`« world.from » forme un cycle : ${[...seen, lesson.slug].join(' → ')}`);
  }
  const base: InitialWorld = { preload: [], setup: [] };
  const from = lesson.world?.from;
  if (from !== undefined) {
    const previous = bySlug.get(from);
    if (!previous) throw new Error(`« world.from » désigne une leçon inconnue « ${from} »`);
    const prior = initialWorld(previous, bySlug, [...seen, lesson.slug]);
    base.preload.push(...prior.preload);
    base.setup.push(...prior.setup, ...previous.steps.flatMap((s) => s.solution));
  }
  base.preload.push(...(lesson.world?.preload ?? []));
  base.setup.push(...(lesson.world?.setup ?? []));
  return base;
}
