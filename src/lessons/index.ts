// Public entry of the lessons machinery (for the UI's lesson pane and the server's `lessons` command).
export type { Check, ContainerCheck, ImageCheck, Lesson, LessonError, NearMiss, QuizQuestion, Step } from './types';
export { parseLesson, formatLessonError, type LoadResult } from './loader';
export { evaluateCheck, type CheckClient, type CheckContext } from './checks';
export { stepStatus, type StepStatus } from './near-misses';
export { initialWorld, type InitialWorld } from './initial-world';
export { checkLessons, loadAll, type CheckEnvironment, type LessonFile, type ReplayWorld } from './check';
export { ProgressStore, type KeyValueStorage, type ProgressDocument, type ImportResult } from './progress';
export { openIdbStorage } from './idb-storage';
export { LessonSession, type SessionDeps, type StepView } from './session';
export { frenchTypography } from './typography';
