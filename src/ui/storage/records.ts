// The records Baleine keeps in the browser, each wrapped in a versioned envelope so that a store written
// by another version, or damaged, is recognised before anything tries to use it.

export type RecordKind = 'host-fs' | 'shell-history' | 'engine';

/** The format version this build writes and reads, per record kind. */
export const RECORD_VERSION: Record<RecordKind, number> = {
  'host-fs': 1,
  'shell-history': 1,
  engine: 1,
};

export interface Envelope<T = unknown> {
  format: 'baleine';
  kind: RecordKind;
  version: number;
  savedAt: number;
  data: T;
}

export type Checked<T> = { ok: true; data: T } | { ok: false; reason: string };

export function wrap<T>(kind: RecordKind, data: T, savedAt: number): Envelope<T> {
  return { format: 'baleine', kind, version: RECORD_VERSION[kind], savedAt, data };
}

/** Validates an envelope read back from storage; the reason is French, for the person. */
export function unwrap(kind: RecordKind, value: unknown): Checked<unknown> {
  if (!isObject(value) || value.format !== 'baleine' || value.kind !== kind) {
    return { ok: false, reason: 'enregistrement illisible' };
  }
  if (typeof value.version !== 'number' || !Number.isInteger(value.version)) {
    return { ok: false, reason: 'version de format absente' };
  }
  if (value.version > RECORD_VERSION[kind]) {
    return { ok: false, reason: `format ${value.version} écrit par une version plus récente de Baleine` };
  }
  if (value.version < RECORD_VERSION[kind]) {
    return { ok: false, reason: `ancien format ${value.version}, incompatible` };
  }
  const check = DATA_CHECKS[kind](value.data);
  return check === null ? { ok: true, data: value.data } : { ok: false, reason: check };
}

const DATA_CHECKS: Record<RecordKind, (data: unknown) => string | null> = {
  // The snapshot itself is the filesystem's to validate (MemFs.fromSnapshot); here only its presence.
  'host-fs': (data) =>
    data === undefined || data === null ? 'instantané du système de fichiers absent' : null,
  'shell-history': (data) =>
    Array.isArray(data) && data.every((line) => typeof line === 'string') ? null : 'historique illisible',
  // The engine snapshot is the engine's to validate (restoreEngine); here only its presence.
  engine: (data) => (isObject(data) ? null : 'état du moteur Docker absent'),
};

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
