// Simulated machines that save and reload: the host's filesystem and the engine snapshot are
// structured-cloned (what IndexedDB does) and handed to a fresh machine, as the browser app does.
import { createWorld, type SimWorld } from '../../../src/world/world';
import { fileHubLoader } from '../../../src/server/hub-files';
import { VirtualClock, fastHop } from '../../../src/engine/world/virtual-clock';
import { SeededRandom } from '../../../src/engine/world/random';
import { MemFs } from '../../../src/engine/fs/memfs';
import { restoreEngine, snapshotEngine, type EngineSnapshot } from '../../../src/engine/persist';

let seed = 1;

export function machine(opts: { start?: number; fs?: MemFs } = {}): SimWorld {
  const clock = new VirtualClock({ hop: fastHop(), start: opts.start });
  return createWorld({
    clock,
    random: new SeededRandom(seed++),
    hub: fileHubLoader(),
    host: { fs: opts.fs },
  });
}

/** Runs each line in the host shell; throws with the line's output when one fails unexpectedly. */
export async function sh(world: SimWorld, ...lines: string[]): Promise<string> {
  let out = '';
  for (const line of lines) {
    const r = await world.host.run(line);
    if (r.exit !== 0) throw new Error(`${line} → exit ${r.exit}\n${r.stdout}${r.stderr}`);
    out += r.stdout;
  }
  return out;
}

/** Saves, throws the machine away and boots a new one from what was saved. */
export function reload(world: SimWorld, snapshot: EngineSnapshot = snapshotEngine(world.engine)): SimWorld {
  const saved = structuredClone({ fs: world.host.fs.snapshot(), engine: snapshot });
  const now = world.daemon.clock.now();
  world.shutdown();
  const fresh = machine({ start: now, fs: MemFs.fromSnapshot(saved.fs) });
  restoreEngine(fresh.engine, saved.engine);
  return fresh;
}
