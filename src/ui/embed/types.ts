// What the embed is built from: the course's lesson files and a fresh simulated machine (the app's
// HostSession: terminal, engine client, command lines with their status, out-of-sight setup).
import type { LessonFile } from '../../lessons';
import type { HostSession } from '../host/types';

export interface EmbedDeps {
  /** The course's lesson files (fetched lazily). */
  loadLessons(): Promise<LessonFile[]>;
  /** A new machine, never restored from the browser's store: each exercise starts fresh. */
  startHost(): Promise<HostSession>;
}
