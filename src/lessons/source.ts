// Where lessons come from: the built-in course, a teacher's folder served by `baleine lessons serve`
// (reloaded live), or a git repository cloned in the browser. The UI lists and opens lessons through
// this interface only, whatever the source.
import type { LessonFile } from './check';

export interface LessonSource {
  /** Shown to the student (French), e.g. « Cours Baleine » or the pack's URL. */
  readonly label: string;
  /** Every lesson file of the source, in folder order. Rejects with a French message on failure. */
  load(): Promise<LessonFile[]>;
  /** Calls `onChange` whenever the source's files change (live preview); returns an unsubscribe. */
  subscribe?(onChange: () => void): () => void;
  /** What version is shown (e.g. a git commit, short form), when the source has one. */
  revision?(): string | undefined;
}
