// The engine's saved state in the browser store: the state record (`engine`, enveloped like the other
// records) and its content-addressed bytes under `content/<key>`, each written once. A save writes the
// new content first, then the state, then drops the content no state refers to any more, so that a save
// interrupted at any point leaves a complete earlier state. Engine records set aside as damaged
// (`quarantine/engine/…`) count as states: their content is kept, so that they can still be inspected.
// Imported from their own modules, not the engine/persist barrel: the app's first chunk holds this
// file, and the barrel would bring the whole engine (restore, snapshot) into it.
import { contentKeys } from '../../engine/persist/content-keys';
import { EngineSnapshotError, type EngineSnapshotProblem } from '../../engine/persist/errors';
import type { EngineSnapshot } from '../../engine/persist/format';
import { mentionedContentKeys } from '../../engine/persist/mentioned-content';
import type { RecordKind } from './records';
import { QUARANTINE_PREFIX, type BrowserStore } from './store';

const QUARANTINED_ENGINE = `${QUARANTINE_PREFIX}engine/`;

/** Why a saved engine was refused, in French, for the notice. */
export const ENGINE_PROBLEM_TEXT: Record<EngineSnapshotProblem, string> = {
  format: "ce n'est pas un état de moteur enregistré par Baleine",
  version: "format d'une autre version de Baleine",
  shape: 'données incomplètes ou mal formées',
  'missing-content': "une couche d'image ou un fichier poussé sur le Hub manque",
  integrity: 'données incohérentes entre elles',
};

export function engineProblemText(e: unknown): string {
  return e instanceof EngineSnapshotError
    ? ENGINE_PROBLEM_TEXT[e.problem]
    : `restauration impossible (${e instanceof Error ? e.message : String(e)})`;
}

/**
 * The saved engine with all its content, or undefined (nothing saved, or a state record so damaged that
 * its content cannot even be listed or read: it is then quarantined). Content that is missing is left
 * for restoreEngine to report.
 */
export async function loadSavedEngine(store: BrowserStore): Promise<EngineSnapshot | undefined> {
  const state = await store.read('engine');
  if (state === undefined) return undefined;
  let keys: string[];
  try {
    keys = contentKeys(state);
  } catch (e) {
    await store.quarantine('engine', engineProblemText(e));
    return undefined;
  }
  try {
    return { ...(state as EngineSnapshot), content: await store.readContent(keys) };
  } catch (e) {
    // Kept aside rather than overwritten by the next save of an empty engine.
    await store.quarantine('engine', `lecture impossible (${e instanceof Error ? e.message : String(e)})`);
    return undefined;
  }
}

/** What to save the engine from (a running HostSession). */
export type EngineSource = (stored: (key: string) => boolean) => EngineSnapshot;

/** Saves engine snapshots incrementally: only content the store does not hold is computed and written. */
export class EngineSaver {
  private stored: Set<string> | null = null;
  /** Content the quarantined engine records may need, by quarantine key. */
  private readonly quarantined = new Map<string, Set<string>>();

  constructor(private readonly store: BrowserStore) {}

  async save(source: EngineSource): Promise<void> {
    const stored = (this.stored ??= await this.store.contentKeys());
    const { content, ...state } = source((key) => stored.has(key));
    const needed = new Set(contentKeys(state));
    await this.store.updateContent(content);
    for (const key of Object.keys(content)) stored.add(key);
    await this.store.write('engine', state);
    const kept = await this.quarantinedContent();
    const unused = [...stored].filter((key) => !needed.has(key) && !kept.has(key));
    if (unused.length === 0) return;
    await this.store.updateContent({}, unused);
    for (const key of unused) stored.delete(key);
  }

  /** Forgets what it knew of the store (after a reset cleared it). */
  forget(): void {
    this.stored = null;
    this.quarantined.clear();
  }

  /** Every content key a quarantined engine record mentions (records read once each). */
  private async quarantinedContent(): Promise<Set<string>> {
    for (const key of await quarantinedEngines(this.store)) {
      if (!this.quarantined.has(key)) this.quarantined.set(key, await quarantinedContent(this.store, key));
    }
    return new Set([...this.quarantined.values()].flatMap((keys) => [...keys]));
  }
}

async function quarantinedEngines(store: BrowserStore): Promise<string[]> {
  return (await store.quarantined()).filter((key) => key.startsWith(QUARANTINED_ENGINE));
}

async function quarantinedContent(store: BrowserStore, key: string): Promise<Set<string>> {
  return mentionedContentKeys(await store.readQuarantined(key));
}

/** The "Réinitialiser" action: deletes the records `kinds` and the engine's content but what quarantined engines need. */
export async function clearSaved(store: BrowserStore, kinds: RecordKind[]): Promise<void> {
  const keep = new Set<string>();
  for (const key of await quarantinedEngines(store)) {
    for (const k of await quarantinedContent(store, key)) keep.add(k);
  }
  await store.clear(kinds, keep);
}
