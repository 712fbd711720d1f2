// The browser tab's HTTP client: a GET over the host's network stack — the same path `curl
// localhost:8080` takes on the host (published port → docker-proxy → the container's server) — with
// redirects followed within localhost. Failures come back as values, in French.
import type { NetStack } from '../../engine/process/types';
import { EmptyReply, readClientResponse } from '../../userland/net/http-client';
import { parseUrl, resolveLocation } from '../../userland/net/url';

const MAX_REDIRECTS = 5;
const LOCAL = new Set(['localhost', '127.0.0.1']);

export type PageResult =
  | { kind: 'page'; url: string; status: number; statusLine: string; contentType: string; body: string }
  | { kind: 'error'; url: string; message: string };

/** Normalises what is typed in the address bar: `localhost:8080` → `http://localhost:8080/`. */
export function normaliseAddress(text: string): string {
  const t = text.trim();
  const withScheme = /^\w+:\/\//.test(t) ? t : `http://${t}`;
  const url = parseUrl(withScheme);
  return url ? `http://${url.hostHeader}${url.target}` : withScheme;
}

/** Whether the tab may open `href`: http on the simulated host's loopback only. */
export function isLocal(href: string): boolean {
  const url = parseUrl(href);
  return url !== null && /^http:\/\//i.test(href) && LOCAL.has(url.host);
}

export async function fetchPage(net: NetStack, address: string): Promise<PageResult> {
  let href = normaliseAddress(address);
  for (let hop = 0; ; hop++) {
    const url = parseUrl(href);
    if (!url || !isLocal(href)) {
      return {
        kind: 'error',
        url: href,
        message:
          'Ce navigateur ne visite que la machine simulée : une adresse http://localhost:PORT/ publiée par un conteneur.',
      };
    }
    let conn;
    try {
      conn = await net.connect(url.host, url.port);
    } catch {
      return {
        kind: 'error',
        url: href,
        message: `Connexion refusée : rien n’écoute sur ${url.hostHeader}. Le conteneur tourne-t-il, et publie-t-il ce port (-p ${url.port}:…) ?`,
      };
    }
    conn.write(
      `GET ${url.target} HTTP/1.1\r\nHost: ${url.hostHeader}\r\nUser-Agent: Baleine\r\nAccept: text/html,*/*\r\nConnection: close\r\n\r\n`,
    );
    let res;
    try {
      res = await readClientResponse(conn, 'GET');
    } catch (err) {
      if (!(err instanceof EmptyReply)) throw err;
      return { kind: 'error', url: href, message: 'Le serveur a fermé la connexion sans répondre.' };
    } finally {
      conn.end();
    }
    const header = (name: string) => res.headers.find(([k]) => k.toLowerCase() === name)?.[1];
    const location = header('location');
    if (location && res.status >= 300 && res.status < 400 && hop < MAX_REDIRECTS) {
      href = resolveLocation(url, location);
      continue;
    }
    return {
      kind: 'page',
      url: href,
      status: res.status,
      statusLine: res.statusLine.replace(/^HTTP\/\d\.\d\s+/, ''),
      contentType: header('content-type') ?? '',
      body: res.body,
    };
  }
}
