// `--filter key=value` as docker's filters.ParseFlag reads it, and the API's JSON form
// (`{"status":{"running":true}}`).

export type FilterArgs = Record<string, Record<string, boolean>>;

/** Splits one `--filter` value; throws Docker's error when there is no `=`. */
export function parseFilterArg(arg: string): [string, string] | null {
  if (arg === '') return null;
  const eq = arg.indexOf('=');
  if (eq < 0) throw new Error('bad format of filter (expected name=value)');
  return [arg.slice(0, eq).trim().toLowerCase(), arg.slice(eq + 1).trim()];
}

/** All `--filter` values of a command, as the API's `filters` query parameter object. */
export function buildFilters(args: readonly string[]): FilterArgs {
  const out: FilterArgs = {};
  for (const arg of args) {
    const kv = parseFilterArg(arg);
    if (!kv) continue;
    (out[kv[0]] ??= {})[kv[1]] = true;
  }
  return out;
}
