// Which LessonSource the app shows: the built-in course unless something else chose one (a served
// folder or a git pack, from `?lessons=<url>`). Tiny and in the initial chunk; the course's machinery
// (loader, checks, the pane) is a lazy chunk that follows this choice.
import type { LessonSource } from '../../lessons/source';
import { builtinSource } from './builtin-source';

class LessonSourceChoice {
  current = $state.raw<LessonSource>(builtinSource);
}

export const lessonSource = new LessonSourceChoice();

/** Shows the lessons of `source` instead of the current ones (the open lesson is kept if it exists there). */
export function setLessonSource(source: LessonSource): void {
  lessonSource.current = source;
}
