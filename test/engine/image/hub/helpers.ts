import { join } from 'node:path';
import type { HubDataLoader } from '../../../../src/engine/image/hub/catalog';
import { fileHubLoader } from '../../../../src/server/hub-files';
import { HubRegistry } from '../../../../src/engine/image/hub/registry';
import { ImageStore } from '../../../../src/engine/image/store';
import type { ImageContext } from '../../../../src/engine/daemon/image/context';
import { NO_USERS } from '../../../../src/engine/daemon/image/context';
import { VirtualClock } from '../../../../src/engine/world/virtual-clock';
import { syncHasher } from '../../../../src/engine/world/hasher';
import type { JsonMessage } from '../../../../src/engine/api/types';

const ROOT = join(import.meta.dirname, '../../../../public/hub');

/** Reads the generated catalog from public/hub, counting what it loads (to check laziness). */
export function fileLoader(): HubDataLoader & { loaded: string[] } {
  const loaded: string[] = [];
  const files = fileHubLoader(ROOT);
  return {
    loaded,
    catalog: () => {
      loaded.push('catalog.json');
      return files.catalog();
    },
    file: (path) => {
      loaded.push(path);
      return files.file(path);
    },
  };
}

export function hubDaemon(
  hub = new HubRegistry(fileLoader(), syncHasher),
): ImageContext & { clock: VirtualClock; hub: HubRegistry } {
  const clock = new VirtualClock();
  return {
    store: new ImageStore(syncHasher),
    clock,
    hasher: syncHasher,
    users: NO_USERS,
    hub,
    registry: (domain) => (domain === 'docker.io' ? (req) => hub.handle(req) : null),
  };
}

/** Progress messages rendered as the CLI prints them (one line per message, ids kept). */
export function lines(msgs: JsonMessage[]): string[] {
  return msgs.map((m) =>
    m.id
      ? `${m.id}: ${m.status ?? ''}${m.progress ? ' ' + m.progress : ''}`
      : (m.status ?? JSON.stringify(m.aux)),
  );
}
