// Validates response bodies against the Engine API v1.41 swagger (../shared/conformance), with ajv.
// Swagger 2.0 has no null; Docker sends null for empty slices and maps, so every typed schema also
// accepts null. Schemas are addressed by JSON pointer: a definition, or a path's response schema.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import { parse } from 'yaml';

const SPEC_PATH = resolve(import.meta.dirname, '../../../shared/conformance/engine-api/v1.41.yaml');

function nullable(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(nullable);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
    if (
      k === 'example' ||
      k === 'x-go-name' ||
      k === 'x-nullable' ||
      k === 'x-omitempty' ||
      k === 'x-go-type'
    )
      continue;
    out[k] =
      k === 'properties' || k === 'definitions' || k === 'paths' || k === 'responses'
        ? Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([n, s]) => [n, nullable(s)]))
        : nullable(v);
  }
  if (typeof out.type === 'string') out.type = [out.type, 'null'];
  return out;
}

const spec = nullable(parse(readFileSync(SPEC_PATH, 'utf8'))) as Record<string, unknown>;
const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
ajv.addSchema({ ...spec, $id: 'engine' }, 'engine');

const cache = new Map<string, ValidateFunction>();

function pointer(...segments: string[]): string {
  return segments.map((s) => s.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
}

/** `definitions/ContainerSummary` or `paths//containers/{id}/json/get/responses/200/schema`. */
export function schemaRef(kind: 'definition', name: string): string;
export function schemaRef(kind: 'response', path: string, method: string, status: number): string;
export function schemaRef(kind: string, a: string, method?: string, status?: number): string {
  if (kind === 'definition') return `engine#/${pointer('definitions', a)}`;
  return `engine#/${pointer('paths', a, method ?? 'get', 'responses', String(status), 'schema')}`;
}

/** Validates `value`; returns ajv's errors as text, or null when it conforms. */
export function validate(ref: string, value: unknown, arrayOf = false): string | null {
  const key = `${arrayOf ? '[]' : ''}${ref}`;
  let fn = cache.get(key);
  if (!fn) {
    fn = ajv.compile(arrayOf ? { type: 'array', items: { $ref: ref } } : { $ref: ref });
    cache.set(key, fn);
  }
  return fn(value) ? null : ajv.errorsText(fn.errors, { separator: '\n' });
}
