// URLs as curl takes them: scheme optional (http assumed), host, port, path with query. https is
// accepted and reaches port 443; TLS itself is not simulated.

const DEFAULT_PORTS: Record<string, number> = { http: 80, https: 443 };

export interface HttpUrl {
  scheme: 'http' | 'https';
  host: string;
  port: number;
  /** `/path?query`. */
  target: string;
  /** Host header value: the port only when not the scheme's default. */
  hostHeader: string;
}

export function parseUrl(text: string): HttpUrl | null {
  const m = /^(?:(\w+):\/\/)?([^/:?#]+)(?::(\d+))?([^#]*)/.exec(text);
  if (!m) return null;
  const scheme = (m[1] ?? 'http').toLowerCase();
  if (scheme !== 'http' && scheme !== 'https') return null;
  const host = m[2]!;
  const port = m[3] ? Number(m[3]) : DEFAULT_PORTS[scheme]!;
  if (port > 65535) return null;
  const rest = m[4] ?? '';
  const target = rest.startsWith('/') ? rest : `/${rest}`;
  return {
    scheme,
    host,
    port,
    target,
    hostHeader: port === DEFAULT_PORTS[scheme] ? host : `${host}:${port}`,
  };
}

/** Resolves a Location header against the URL it came from. */
export function resolveLocation(base: HttpUrl, location: string): string {
  if (/^\w+:\/\//.test(location)) return location;
  const origin = `${base.scheme}://${base.hostHeader}`;
  if (location.startsWith('/')) return `${origin}${location}`;
  const dir = base.target.replace(/[^/]*$/, '');
  return `${origin}${dir}${location}`;
}
