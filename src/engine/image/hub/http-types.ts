// Request/response shapes of the Registry HTTP API v2 as the engine exchanges them in memory (the
// same shapes a host `curl` or the HTTP server can be wired to).

export interface RegistryRequest {
  method: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path with query string, e.g. `/v2/library/busybox/manifests/latest` or `/token?scope=…`. */
  url: string;
  headers?: Record<string, string>;
  body?: Uint8Array;
}

export interface RegistryResponse {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array;
}

/** A way to reach a registry host (`registry-1.docker.io`); null when the host does not resolve. */
export type RegistryTransport = (req: RegistryRequest) => Promise<RegistryResponse>;

const enc = new TextEncoder();
const dec = new TextDecoder();

export function jsonResponse(
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): RegistryResponse {
  const body = enc.encode(JSON.stringify(value) + '\n');
  return {
    status,
    headers: { 'Content-Type': 'application/json', 'Content-Length': String(body.length), ...headers },
    body,
  };
}

/**
 * A distribution errcode body: `{"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest unknown",…}]}`.
 * `detail` is omitted when undefined (errcode's `omitempty`); Docker Hub's own answers pass `null`.
 */
export function errorResponse(
  status: number,
  code: string,
  message: string,
  detail?: unknown,
  headers: Record<string, string> = {},
): RegistryResponse {
  return jsonResponse(
    status,
    { errors: [{ code, message, ...(detail === undefined ? {} : { detail }) }] },
    headers,
  );
}

/** errcode.Error.Error(): `manifest unknown: manifest unknown`. */
export function errcodeText(body: Uint8Array): string | null {
  try {
    const parsed = JSON.parse(dec.decode(body)) as { errors?: { code: string; message: string }[] };
    const e = parsed.errors?.[0];
    return e ? `${e.code.toLowerCase().replace(/_/g, ' ')}: ${e.message}` : null;
  } catch {
    return null;
  }
}

export function header(h: Record<string, string> | undefined, name: string): string | undefined {
  if (!h) return undefined;
  const key = Object.keys(h).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : h[key];
}

export function decodeJson<T>(body: Uint8Array): T {
  return JSON.parse(dec.decode(body)) as T;
}
