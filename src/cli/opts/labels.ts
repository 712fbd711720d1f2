// `--label k=v`, `--opt k=v` lists into a map (opts.ConvertKVStringsToMap): a bare `k` maps to "".

export function keyValues(items: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of items) {
    const eq = item.indexOf('=');
    if (eq < 0) out[item] = '';
    else out[item.slice(0, eq)] = item.slice(eq + 1);
  }
  return out;
}
