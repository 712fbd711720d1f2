// What the simulated `node` understands of a script: the small web servers of the course, written
// with `http.createServer` or Express (`app.get(path, (req, res) => res.send(...))`), their port
// (a literal or `process.env.PORT || n`) and the console.log lines they print.

export interface NodeRoute {
  method: string;
  path: string;
  body: string;
  json: boolean;
}

export interface NodeServerScript {
  port: number;
  routes: NodeRoute[];
  /** Printed once listening (console.log in the listen callback). */
  listening: string[];
  /** Printed before (top-level console.log). */
  startup: string[];
}

function literal(text: string): string | null {
  const m = /^\s*(['"`])([\s\S]*?)\1/.exec(text);
  return m ? m[2] : null;
}

function substitute(text: string, vars: Record<string, string>): string {
  return text.replace(/\$\{\s*(\w+)\s*\}/g, (_m, name: string) => vars[name] ?? '');
}

function portOf(source: string, env: Record<string, string>): number {
  const decl = /(?:const|let|var)\s+(\w+)\s*=\s*(?:process\.env\.(\w+)\s*\|\|\s*)?(\d+)/.exec(source);
  const listen = /\.listen\(\s*([\w.]+)(?:\s*\|\|\s*(\d+))?/.exec(source);
  if (listen && /^\d+$/.test(listen[1])) return Number(listen[1]);
  if (listen && listen[1].startsWith('process.env.'))
    return Number(env[listen[1].slice(12)] ?? listen[2] ?? 3000);
  if (decl) return Number((decl[2] && env[decl[2]]) || decl[3]);
  return 3000;
}

/** The script's server, or null when it is not one the simulation recognises. */
export function parseNodeServer(source: string, env: Record<string, string>): NodeServerScript | null {
  const isHttp = /http\.createServer\s*\(/.test(source);
  const isExpress = /require\(\s*['"]express['"]\s*\)|from\s+['"]express['"]/.test(source);
  if (!isHttp && !isExpress) return null;
  const port = portOf(source, env);
  const vars: Record<string, string> = { port: String(port), PORT: String(port) };
  const routes: NodeRoute[] = [];
  if (isExpress) {
    for (const m of source.matchAll(
      /app\.(get|post|put|delete)\(\s*(['"`])(.*?)\2[\s\S]*?res\.(send|json)\(([\s\S]*?)\)\s*;?\s*\}?\s*\)/g,
    )) {
      const raw = m[5].trim();
      const text = m[4] === 'json' ? raw : (literal(raw) ?? raw);
      routes.push({
        method: m[1].toUpperCase(),
        path: m[3],
        body: substitute(text, vars),
        json: m[4] === 'json',
      });
    }
  } else {
    const end = /res\.end\(([\s\S]*?)\)\s*;?/.exec(source);
    const text = end ? (literal(end[1]) ?? '') : '';
    routes.push({ method: '*', path: '*', body: substitute(text, vars), json: false });
  }
  const listenAt = source.search(/\.listen\(/);
  const logs = [...source.matchAll(/console\.log\(\s*(['"`])([\s\S]*?)\1\s*\)/g)];
  const startup = logs.filter((m) => (m.index ?? 0) < listenAt).map((m) => substitute(m[2], vars));
  const listening = logs.filter((m) => (m.index ?? 0) > listenAt).map((m) => substitute(m[2], vars));
  return { port, routes, listening, startup };
}

/** A JSON-ish object literal from the source (`{ status: 'ok' }`) as JSON text. */
export function jsonOf(expr: string): string {
  const t = expr.trim();
  try {
    return JSON.stringify(JSON.parse(t));
  } catch {
    const quoted = t.replace(/'/g, '"').replace(/([{,]\s*)([A-Za-z_$][\w$]*)\s*:/g, '$1"$2":');
    try {
      return JSON.stringify(JSON.parse(quoted));
    } catch {
      return JSON.stringify(t);
    }
  }
}
