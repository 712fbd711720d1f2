// Shape checks for saved data read back from storage: each returns the value typed, or throws
// EngineSnapshotError('shape') naming the path of the first field that is wrong.
import { EngineSnapshotError } from './errors';

export type Obj = Record<string, unknown>;

function fail(path: string, expected: string): never {
  throw new EngineSnapshotError('shape', `${path}: expected ${expected}`);
}

export function obj(value: unknown, path: string): Obj {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'an object');
  return value as Obj;
}

export function arr(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) fail(path, 'an array');
  return value;
}

export function str(value: unknown, path: string): string {
  if (typeof value !== 'string') fail(path, 'a string');
  return value;
}

export function num(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(path, 'a number');
  return value;
}

export function bool(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') fail(path, 'a boolean');
  return value;
}

export function bytes(value: unknown, path: string): Uint8Array {
  if (!(value instanceof Uint8Array)) fail(path, 'bytes');
  return value;
}

export function strings(value: unknown, path: string): string[] {
  return arr(value, path).map((v, i) => str(v, `${path}[${i}]`));
}

/** A string → string map (labels, options), or null. */
export function labels(value: unknown, path: string): Record<string, string> | null {
  if (value === null || value === undefined) return null;
  const o = obj(value, path);
  for (const [k, v] of Object.entries(o)) str(v, `${path}.${k}`);
  return o as Record<string, string>;
}

/** Each element of an array, checked by `item`. */
export function list<T>(value: unknown, path: string, item: (v: unknown, path: string) => T): T[] {
  return arr(value, path).map((v, i) => item(v, `${path}[${i}]`));
}
