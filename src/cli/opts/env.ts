// `-e`, `--env-file`, `-l`, `--label-file`: opts.ValidateEnv and ReadKVEnvStrings, reading files from
// the host filesystem and the CLI's own environment for bare names.

import type { CliFs } from '../process';

export function fileError(fs: CliFs, path: string): string | null {
  if (!fs.exists(path)) return `open ${path}: no such file or directory`;
  if (fs.stat(path).type === 'dir') return `read ${path}: is a directory`;
  return null;
}

/** Lines of an env/label file: comments and blank lines skipped, bare names looked up in `env`. */
export function readKVFile(fs: CliFs, path: string, env: Record<string, string> | null): string[] {
  const err = fileError(fs, path);
  if (err) throw new Error(err);
  const out: string[] = [];
  for (const raw of fs.readText(path).split('\n')) {
    const line = raw.replace(/^[ \t\r]+/, '').replace(/\r$/, '');
    if (line === '' || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    const name = eq < 0 ? line : line.slice(0, eq);
    if (/\s/.test(name)) throw new Error(`variable '${name.trim()}' contains whitespaces`);
    if (eq >= 0) out.push(line);
    else if (env && name in env) out.push(`${name}=${env[name]}`);
    else if (!env) out.push(line);
  }
  return out;
}

/** ValidateEnv: `NAME` alone takes the value of the CLI's environment when it has one. */
export function expandEnv(items: readonly string[], env: Record<string, string>): string[] {
  return items.map((item) => (!item.includes('=') && item in env ? `${item}=${env[item]}` : item));
}
