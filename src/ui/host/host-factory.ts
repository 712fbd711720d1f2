// The app's host: src/host's simulated Debian machine, restored from the browser's saved snapshot and
// history, with its terminal for xterm.js.
import { MemFs } from '../../engine/fs/memfs';
import { RealClock } from '../../engine/world/real-clock';
import { createHost } from '../../host';
import { SavedHistory } from '../storage/saved-history';
import { RespawningTerminal } from './respawning-terminal';
import type { HostFactory, HostSeed, HostSession } from './types';

const clock = new RealClock();

export const hostFactory: HostFactory = {
  parseFs: (snapshot) => MemFs.fromSnapshot(snapshot, { clock }),

  start(seed: HostSeed): HostSession {
    const history = new SavedHistory(seed.history);
    const host = createHost({
      world: { clock },
      fs: seed.fs instanceof MemFs ? seed.fs : undefined,
      historyStore: history,
    });
    const pty = new RespawningTerminal((size) => host.openTerminal(size));
    return {
      pty,
      fs: host.fs,
      snapshotFs: () => host.fs.snapshot(),
      history: () => history.entries(),
      dispose: () => {
        pty.dispose();
        // Stop what still runs (a `sleep`, a server): nothing of the old machine may print or save again.
        for (const p of host.kernel.processes()) {
          try {
            host.kernel.signal(p.pid, 'SIGKILL');
          } catch {
            // Already gone.
          }
        }
      },
    };
  },
};
