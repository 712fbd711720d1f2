// What the app needs from a running simulated host, whatever builds it (src/host's createHost).
import type { FileSystem } from '../../engine/fs/types';
import type { PtyMaster } from '../../engine/process/types';

export interface HostSession {
  /** The terminal's side of the host shell's pty. */
  readonly pty: PtyMaster;
  /** The host's filesystem (for panes that show or edit its files, e.g. the editor). */
  readonly fs: FileSystem;
  /** A structured-clonable snapshot of the host filesystem, for IndexedDB. */
  snapshotFs(): unknown;
  /** The shell's command history, oldest first. */
  history(): readonly string[];
  dispose(): void;
}

/** What was saved in the browser; undefined fields mean "start fresh". */
export interface HostSeed {
  /** A snapshot previously returned by snapshotFs(); parseFs has already accepted it. */
  fs: unknown;
  history: string[];
}

export interface HostFactory {
  /** Validates a stored snapshot; throws (with a message) if it cannot be used. */
  parseFs(snapshot: unknown): unknown;
  start(seed: HostSeed): HostSession;
}
