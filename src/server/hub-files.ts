// The simulated Hub's data in node: the files generated into public/hub (or dist/app/hub once built).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HubCatalog, HubDataLoader } from '../engine/image/hub/catalog';

export function hubDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [
    join(here, '..', '..', 'public', 'hub'),
    join(here, '..', 'app', 'hub'),
    resolve('public/hub'),
  ];
  const found = candidates.find((d) => existsSync(join(d, 'catalog.json')));
  if (!found) throw new Error('Catalogue du Hub simulé introuvable (public/hub/catalog.json).');
  return found;
}

export function fileHubLoader(dir = hubDir()): HubDataLoader {
  let catalog: Promise<HubCatalog> | null = null;
  return {
    catalog: () =>
      (catalog ??= readFile(join(dir, 'catalog.json'), 'utf8').then((t) => JSON.parse(t) as HubCatalog)),
    file: async (path) => new Uint8Array(await readFile(join(dir, path))),
  };
}
