// The course as the embed uses it: the lessons that parse, and for each one that does not, a French
// explanation (so `?lesson=` naming a broken lesson says why, rather than « n'existe pas »).
import { formatLessonError, loadAll, type Lesson, type LessonFile } from '../../lessons';

export interface Course {
  lessons: Lesson[];
  /** Slug → why that lesson cannot be opened. */
  problems: Map<string, string>;
}

export function readCourse(files: LessonFile[]): Course {
  const { lessons, errors } = loadAll(files);
  const problems = new Map<string, string>();
  for (const f of files) {
    const first = errors.find((e) => e.file === f.file);
    if (first) problems.set(f.slug, `La leçon « ${f.slug} » contient des erreurs : ${formatLessonError(first)}`);
  }
  return { lessons, problems };
}
