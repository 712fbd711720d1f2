// What the app needs from a running simulated host, whatever builds it (src/host's createHost).
import type { FileSystem } from '../../engine/fs/types';
import type { NetStack, PtyMaster } from '../../engine/process/types';
import type { EngineClient } from '../../client/engine-client';
import type { EngineSnapshot } from '../../engine/persist';

export interface HostSession {
  /** The terminal's side of the host shell's pty. */
  readonly pty: PtyMaster;
  /** The host's filesystem (for panes that show or edit its files, e.g. the editor). */
  readonly fs: FileSystem;
  /** A structured-clonable snapshot of the host filesystem, for IndexedDB. */
  snapshotFs(): unknown;
  /** The shell's command history, oldest first. */
  history(): readonly string[];
  /** The simulated engine's client (lesson checks, views, the events stream). */
  readonly client: EngineClient;
  /** The host's network stack (what `curl localhost:8080` connects through): the browser tab uses it. */
  readonly net?: NetStack;
  /** Calls `listener` after each command line typed in the terminal, with its exit status; returns an unsubscribe. */
  onCommandLine(listener: (line: string, exit: number) => void): () => void;
  /** Runs a command line out of sight, in the host's own session (a lesson's starting world). */
  run(line: string): Promise<{ stdout: string; stderr: string; exit: number }>;
  /** Makes images present locally, as `docker pull` would, without printing anything. */
  preload(images: string[]): Promise<void>;
  /** Text of a host file (absolute path), null when it cannot be read. */
  readHostFile(path: string): Promise<string | null>;
  /** The engine's state for saving, leaving out the content already stored; absent without an engine. */
  snapshotEngine?(stored: (key: string) => boolean): EngineSnapshot;
  /** Calls `listener` after every engine event (there is something new to save); returns an unsubscribe. */
  onEngineChange?(listener: () => void): () => void;
  /** Why the saved engine was refused (French), when it was: the engine then started empty. */
  readonly engineProblem?: string | null;
  dispose(): void;
}

/** What was saved in the browser; undefined fields mean "start fresh". */
export interface HostSeed {
  /** A snapshot previously returned by snapshotFs(); parseFs has already accepted it. */
  fs: unknown;
  history: string[];
  /** A saved engine (src/engine/persist's EngineSnapshot, with its content), to restore. */
  engine?: unknown;
}

export interface HostFactory {
  /** Validates a stored snapshot; throws (with a message) if it cannot be used. */
  parseFs(snapshot: unknown): unknown;
  start(seed: HostSeed): HostSession;
}
