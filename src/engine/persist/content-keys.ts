// Reading a saved engine without restoring it: its envelope and the content keys it needs. Kept apart
// from engine.ts (restore, snapshot) so that the browser store can read saves without the engine's code.
import { arr, obj, str } from './check';
import { EngineSnapshotError } from './errors';
import { blobKey, ENGINE_SNAPSHOT_FORMAT, ENGINE_SNAPSHOT_VERSION, layerKey } from './format';

/** Checks the envelope of a saved engine; returns its state (still unchecked inside). */
export function checkEnvelope(value: unknown): Record<string, unknown> {
  if (
    typeof value !== 'object' ||
    value === null ||
    (value as { format?: unknown }).format !== ENGINE_SNAPSHOT_FORMAT
  )
    throw new EngineSnapshotError('format', 'not a saved Baleine engine');
  const o = value as Record<string, unknown>;
  if (o.version !== ENGINE_SNAPSHOT_VERSION)
    throw new EngineSnapshotError('version', `unsupported engine snapshot version ${String(o.version)}`);
  return obj(o.state, 'state');
}

/** The parents of a saved build-cache record (none when absent, as in older saves). */
export function savedParents(r: Record<string, unknown>, path: string): unknown[] {
  return r.parents === undefined ? [] : arr(r.parents, `${path}.parents`);
}

/** Diff_ids of the layers the saved build cache needs. */
function buildCacheLayers(value: unknown): string[] {
  const diffId = (l: unknown, path: string) => str(obj(l, path).diffId, `${path}.diffId`);
  return Array.isArray(value)
    ? value.flatMap((v, i) => {
        const path = `buildCache[${i}]`;
        const r = obj(v, path);
        const parents = savedParents(r, path).map((l, j) => diffId(l, `${path}.parents[${j}]`));
        return r.layer === null ? parents : [diffId(r.layer, `${path}.layer`), ...parents];
      })
    : [];
}

/** Every content key a saved state needs (layers, pushed blobs); throws EngineSnapshotError on a bad shape. */
export function contentKeys(snapshot: unknown): string[] {
  const state = checkEnvelope(snapshot);
  const images = obj(state.images, 'images');
  const layers = Array.isArray(images.layers) ? images.layers : [];
  const hub = obj(state.hub, 'hub');
  const blobs = Array.isArray(hub.blobs) ? hub.blobs : [];
  const keys = [
    ...layers.map((l, i) =>
      layerKey(str(obj(l, `images.layers[${i}]`).diffId, `images.layers[${i}].diffId`)),
    ),
    ...blobs.map((d, i) => blobKey(str(d, `hub.blobs[${i}]`))),
    ...buildCacheLayers(state.buildCache).map(layerKey),
  ];
  return [...new Set(keys)];
}
