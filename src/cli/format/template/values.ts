// How template values behave as Go values: Docker's formatter contexts are Go structs (a method set
// with a type name), JSON objects are maps, and values print as Go's fmt prints them.

/** A Go struct as the template sees it: exported methods/fields and a type name for error texts. */
export interface GoStruct {
  readonly goType: string;
  /** Field or method by exported name; undefined when the type has no such field. */
  field(name: string): unknown;
  /** Go's MarshalJSON of the struct, for `{{json .}}`. */
  toJSON(): unknown;
  /**
   * A plain struct's field names in declaration order: fmt prints it as `{v1 v2 …}`. Without them
   * (formatter contexts, whose fields are methods) it prints as its JSON map.
   */
  readonly fields?: readonly string[];
}

export function isGoStruct(v: unknown): v is GoStruct {
  return typeof v === 'object' && v !== null && typeof (v as GoStruct).field === 'function' && 'goType' in v;
}

/** The invalid value a missing map key yields; prints as `<no value>`. */
export const NO_VALUE: unique symbol = Symbol('no value');

/** Go's %v of a float64 (strconv 'g' with the shortest representation, exponent from 21 digits). */
export function goFloat(v: number): string {
  if (Number.isInteger(v) && Math.abs(v) < 1e21) return String(v);
  if (!Number.isFinite(v)) return Number.isNaN(v) ? 'NaN' : v > 0 ? '+Inf' : '-Inf';
  const exp = Math.floor(Math.log10(Math.abs(v)));
  if (exp < -4 || exp >= 21) {
    const [m, e] = v.toExponential().split('e');
    const n = Number(e);
    return `${m}e${n < 0 ? '-' : '+'}${String(Math.abs(n)).padStart(2, '0')}`;
  }
  return String(v);
}

/** fmt's %v. */
export function printValue(v: unknown): string {
  if (v === NO_VALUE) return '<no value>';
  if (v === null || v === undefined) return '<nil>';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return goFloat(v);
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map(printValue).join(' ')}]`;
  if (isGoStruct(v)) return v.fields ? printStruct(v, v.fields) : printValue(v.toJSON());
  if (v instanceof Uint8Array) return `[${Array.from(v).join(' ')}]`;
  if (typeof v === 'object') {
    const keys = Object.keys(v).sort();
    return `map[${keys.map((k) => `${k}:${printValue((v as Record<string, unknown>)[k])}`).join(' ')}]`;
  }
  return String(v);
}

/** fmt's %v of a struct: its fields' values; a field holding a pointer to a struct prints its address. */
function printStruct(v: GoStruct, fields: readonly string[]): string {
  const parts = fields.map((name) => {
    const f = v.field(name);
    return isGoStruct(f) && f.goType.startsWith('*') ? POINTER_ADDRESS : printValue(f);
  });
  return `{${parts.join(' ')}}`;
}

/** Where a nested pointer points: Go prints the heap address, any address is as true as another. */
const POINTER_ADDRESS = '0xc000010000';

/** Go's type name of a value, as template errors show it. */
export function goTypeName(v: unknown): string {
  if (isGoStruct(v)) return v.goType;
  if (v === null || v === undefined || v === NO_VALUE) return 'interface {}';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float64';
  if (typeof v === 'boolean') return 'bool';
  if (Array.isArray(v)) return '[]interface {}';
  return 'map[string]interface {}';
}

/** text/template's truth. */
export function truth(v: unknown): boolean {
  if (v === NO_VALUE || v === null || v === undefined) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') return v !== '';
  if (Array.isArray(v)) return v.length > 0;
  if (isGoStruct(v)) return true;
  if (typeof v === 'object') return Object.keys(v).length > 0;
  return true;
}

// JSON null where Docker's Go types hold a nil map or slice: typed, they print as map[] and [] (the
// inspect templates run on Docker's structs first).
const NIL_MAPS = new Set([
  'Labels',
  'Volumes',
  'ExposedPorts',
  'Options',
  'Ports',
  'Networks',
  'Tmpfs',
  'Sysctls',
  'StorageOpt',
  'DriverOpts',
  'Containers',
]);
const NIL_SLICES = new Set([
  'Cmd',
  'Entrypoint',
  'Env',
  'OnBuild',
  'Shell',
  'Binds',
  'Dns',
  'DnsOptions',
  'DnsSearch',
  'ExtraHosts',
  'CapAdd',
  'CapDrop',
  'Links',
  'VolumesFrom',
  'SecurityOpt',
  'GroupAdd',
  'Mounts',
  'RepoTags',
  'RepoDigests',
  'Aliases',
  'Layers',
  'Args',
  'Devices',
]);

/** The typed nils typedNull made: they print and count as empty, and marshal as `null`. */
const GO_NILS = new WeakSet<object>();

export function typedNull(key: string): unknown {
  let nil: object | null = null;
  if (NIL_MAPS.has(key)) nil = {};
  else if (NIL_SLICES.has(key)) nil = [];
  if (nil) GO_NILS.add(nil);
  return nil;
}

/** Whether `v` is a nil map or slice of a Go struct (json.Marshal writes it as `null`). */
export function isTypedNil(v: unknown): boolean {
  return typeof v === 'object' && v !== null && GO_NILS.has(v);
}
