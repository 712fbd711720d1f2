// The app's host: src/host's simulated Debian machine, restored from the browser's saved snapshot and
// history, with its terminal for xterm.js.
import { MemFs } from '../../engine/fs/memfs';
import { RealClock } from '../../engine/world/real-clock';
import { createWorld, type SimWorld } from '../../world/world';
import { EngineSnapshotError, restoreEngine, snapshotEngine } from '../../engine/persist';
import { fetchLoader } from '../../engine/image/hub/catalog';
import { CryptoRandom } from '../../engine/world/random';
import { SavedHistory } from '../storage/saved-history';
import { engineProblemText } from '../storage/saved-engine';
import { RespawningTerminal } from './respawning-terminal';
import type { HostFactory, HostSeed, HostSession } from './types';

const clock = new RealClock();

export const hostFactory: HostFactory = {
  parseFs: (snapshot) => MemFs.fromSnapshot(snapshot, { clock }),

  start(seed: HostSeed): HostSession {
    const history = new SavedHistory(seed.history);
    // The whole machine: the host, a Docker daemon on its kernel, the simulated Hub (fetched lazily
    // from /hub on the first pull) and the docker CLI installed in /usr/bin.
    const build = () =>
      createWorld({
        clock,
        random: new CryptoRandom(),
        hub: fetchLoader(new URL('hub', document.baseURI).href),
        host: { fs: seed.fs instanceof MemFs ? seed.fs : undefined, historyStore: history },
      });
    let world: SimWorld = build();
    // The saved engine: a refused one leaves the engine empty (restoreEngine checks before it changes
    // anything); an unexpected failure half-way throws the machine away for a fresh one.
    let engineProblem: string | null = null;
    if (seed.engine !== undefined) {
      try {
        restoreEngine(world.engine, seed.engine);
      } catch (e) {
        engineProblem = engineProblemText(e);
        if (!(e instanceof EngineSnapshotError)) {
          world.shutdown();
          world = build();
        }
      }
    }
    const { host } = world;
    const pty = new RespawningTerminal((size) => host.openTerminal(size));
    return {
      pty,
      fs: host.fs,
      snapshotFs: () => host.fs.snapshot(),
      history: () => history.entries(),
      client: world.client,
      net: world.hostNet,
      onCommandLine: (listener) => host.onCommandLine(listener),
      run: (line) => host.run(line),
      preload: (images) => world.preload(images),
      readHostFile: async (path) => {
        try {
          return host.fs.readText(path);
        } catch {
          return null;
        }
      },
      snapshotEngine: (stored) => snapshotEngine(world.engine, { stored }),
      onEngineChange: (listener) => world.daemon.events.subscribe(() => listener()),
      engineProblem,
      dispose: () => {
        pty.dispose();
        // Stop what still runs (a `sleep`, a server): nothing of the old machine may print or save again.
        world.shutdown();
      },
    };
  },
};
