// Builds the Go-struct view of a formatter context: exported fields/methods by name, a Go type name
// for error texts, and MarshalJSON's shape (all fields, keys sorted as a Go map marshals them).

import type { GoStruct } from './template/values';

type Member = unknown | ((...args: never[]) => unknown);

export function goStruct(
  goType: string,
  members: Record<string, Member>,
  jsonFields?: readonly string[],
): GoStruct {
  return {
    goType,
    field: (name) => (Object.prototype.hasOwnProperty.call(members, name) ? members[name] : undefined),
    toJSON: () => {
      const out: Record<string, unknown> = {};
      const names = (
        jsonFields ??
        Object.keys(members).filter(
          (k) => typeof members[k] !== 'function' || (members[k] as () => unknown).length === 0,
        )
      )
        .slice()
        .sort();
      for (const k of names) {
        const m = members[k];
        out[k] = typeof m === 'function' ? (m as () => unknown)() : m;
      }
      return out;
    },
  };
}

/** One field of a plain Go struct: its value, its json tag's name and `omitempty`. */
export interface GoField {
  name: string;
  value: unknown;
  json?: string;
  omitEmpty?: boolean;
}

/**
 * A plain Go struct value (no methods, no MarshalJSON): fields in declaration order, printed as
 * `{v1 v2 …}`, marshalled in field order under their json names, `omitempty` fields left out when empty.
 */
export function goPlainStruct(goType: string, fields: readonly GoField[]): GoStruct {
  const byName = new Map(fields.map((f) => [f.name, f.value]));
  return {
    goType,
    fields: fields.map((f) => f.name),
    field: (name) => (byName.has(name) ? byName.get(name) : undefined),
    toJSON: () => {
      const out: Record<string, unknown> = {};
      for (const f of fields) if (!(f.omitEmpty && isEmptyValue(f.value))) out[f.json ?? f.name] = f.value;
      return out;
    },
  };
}

/** encoding/json's isEmptyValue (what `omitempty` leaves out). */
function isEmptyValue(v: unknown): boolean {
  if (v === null || v === undefined || v === false || v === 0 || v === '') return true;
  if (Array.isArray(v)) return v.length === 0;
  return false;
}

/** stringid.TruncateID: drop `sha256:` and keep 12 characters. */
export function truncateId(id: string): string {
  const i = id.indexOf(':');
  const bare = i >= 0 ? id.slice(i + 1) : id;
  return bare.slice(0, 12);
}

/** formatter.Ellipsis: cut to a display width, ending with `…`. */
export function ellipsis(s: string, max: number): string {
  const runes = [...s];
  if (runes.length <= max) return s;
  if (max <= 0) return '';
  return runes.slice(0, max - 1).join('') + '…';
}
