// The engine's persistence, for the composition root and the browser app.
export {
  snapshotEngine,
  restoreEngine,
  type PersistableEngine,
  type SnapshotOptions,
} from './engine';
export { contentKeys } from './content-keys';
export { mentionedContentKeys } from './mentioned-content';
export { EngineSnapshotError, type EngineSnapshotProblem } from './errors';
export {
  ENGINE_SNAPSHOT_FORMAT,
  ENGINE_SNAPSHOT_VERSION,
  type EngineSnapshot,
  type EngineState,
} from './format';
