// Go's encoding/json writes a map's keys in sorted order (structs keep their field order): API values
// that are Go maps (labels, exposed ports, volumes, event attributes) are built through this.

/** A copy of `m` with its keys in the order Go marshals a map. */
export function goMap<T>(m: Readonly<Record<string, T>>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const k of Object.keys(m).sort()) out[k] = m[k];
  return out;
}
