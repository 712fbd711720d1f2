// `docker commit -c` / `docker import -c`: Dockerfile instructions applied to an image config
// (moby builder/dockerfile BuildFromConfig with validCommitCommands).
import { InvalidParameter } from '../../api/errors';
import type { ContainerConfig } from '../../api/types';

const VALID = ['cmd', 'entrypoint', 'healthcheck', 'env', 'expose', 'label', 'onbuild', 'user', 'volume', 'workdir', 'stopsignal'];

function jsonArray(args: string): string[] | null {
  if (!args.trim().startsWith('[')) return null;
  try {
    const v = JSON.parse(args) as unknown;
    return Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : null;
  } catch {
    return null;
  }
}

function unquote(s: string): string {
  return /^(".*"|'.*')$/.test(s) ? s.slice(1, -1) : s;
}

/** `A=1 B="x y"` or the legacy `A 1` form, as ENV and LABEL accept. */
function keyValues(args: string, instr: string): [string, string][] {
  const words: string[] = Array.from(args.match(/(?:[^\s"']+|"[^"]*"|'[^']*')+/g) ?? []);
  if (words.length && !words[0].includes('=')) {
    if (words.length < 2) throw new InvalidParameter(`${instr} must have two arguments`);
    return [[words[0], args.trim().slice(words[0].length).trim()]];
  }
  return words.map((w) => {
    const eq = w.indexOf('=');
    if (eq < 0) throw new InvalidParameter(`Syntax error - can't find = in "${w}". Must be of the form: name=value`);
    return [w.slice(0, eq), unquote(w.slice(eq + 1))];
  });
}

export function applyChanges(base: ContainerConfig, changes: readonly string[]): ContainerConfig {
  const c: ContainerConfig = { ...base };
  for (const line of changes) {
    const m = /^\s*(\S+)\s*(.*)$/s.exec(line);
    if (!m) continue;
    const instr = m[1].toLowerCase();
    const args = m[2];
    if (!VALID.includes(instr)) throw new InvalidParameter(`${instr} is not a valid change command`);
    const shellForm = (s: string) => [...(c.Shell ?? ['/bin/sh', '-c']), s];
    switch (instr) {
      case 'cmd':
        c.Cmd = jsonArray(args) ?? shellForm(args);
        break;
      case 'entrypoint':
        c.Entrypoint = jsonArray(args) ?? shellForm(args);
        break;
      case 'env': {
        const env = [...(c.Env ?? [])];
        for (const [k, v] of keyValues(args, 'ENV')) {
          const i = env.findIndex((e) => e.split('=')[0] === k);
          if (i >= 0) env[i] = `${k}=${v}`;
          else env.push(`${k}=${v}`);
        }
        c.Env = env;
        break;
      }
      case 'label':
        c.Labels = { ...(c.Labels ?? {}), ...Object.fromEntries(keyValues(args, 'LABEL')) };
        break;
      case 'expose': {
        const ports = { ...(c.ExposedPorts ?? {}) };
        for (const p of args.split(/\s+/).filter(Boolean)) ports[p.includes('/') ? p.toLowerCase() : `${p}/tcp`] = {};
        c.ExposedPorts = ports;
        break;
      }
      case 'user':
        c.User = args.trim();
        break;
      case 'workdir': {
        const dir = args.trim();
        c.WorkingDir = dir.startsWith('/') ? dir : `${(c.WorkingDir || '/').replace(/\/$/, '')}/${dir}`;
        break;
      }
      case 'volume': {
        const vols = { ...(c.Volumes ?? {}) };
        for (const v of jsonArray(args) ?? args.split(/\s+/).filter(Boolean)) vols[v] = {};
        c.Volumes = vols;
        break;
      }
      case 'onbuild':
        c.OnBuild = [...(c.OnBuild ?? []), args.trim()];
        break;
      case 'stopsignal':
        c.StopSignal = args.trim();
        break;
      case 'healthcheck': {
        const t = args.trim();
        if (/^none$/i.test(t)) c.Healthcheck = { Test: ['NONE'] };
        else {
          const cmd = t.replace(/^cmd\s+/i, '');
          const arr = jsonArray(cmd);
          c.Healthcheck = { Test: arr ? ['CMD', ...arr] : ['CMD-SHELL', cmd] };
        }
        break;
      }
    }
  }
  return c;
}
