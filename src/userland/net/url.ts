// URLs as curl takes them: scheme optional (http assumed), host, port, path with query.

export interface HttpUrl {
  host: string;
  port: number;
  /** `/path?query`. */
  target: string;
  /** Host header value: the port only when not 80. */
  hostHeader: string;
}

export function parseUrl(text: string): HttpUrl | null {
  const m = /^(?:(\w+):\/\/)?([^/:?#]+)(?::(\d+))?([^#]*)/.exec(text);
  if (!m) return null;
  const scheme = (m[1] ?? 'http').toLowerCase();
  if (scheme !== 'http') return null;
  const host = m[2]!;
  const port = m[3] ? Number(m[3]) : 80;
  if (port > 65535) return null;
  const rest = m[4] ?? '';
  const target = rest.startsWith('/') ? rest : `/${rest}`;
  return { host, port, target, hostHeader: port === 80 ? host : `${host}:${port}` };
}

/** Resolves a Location header against the URL it came from. */
export function resolveLocation(base: HttpUrl, location: string): string {
  if (/^\w+:\/\//.test(location)) return location;
  if (location.startsWith('/')) return `http://${base.hostHeader}${location}`;
  const dir = base.target.replace(/[^/]*$/, '');
  return `http://${base.hostHeader}${dir}${location}`;
}
