// Requests and responses of the Engine API as plain values, so one router serves in-process calls
// (browser, tests, the simulated host's curl) and real HTTP (`baleine engine --socket`).

/** A body: whole bytes, or a stream of chunks (attach/exec stdin, logs/events/progress output). */
export type Body = Uint8Array | AsyncIterable<Uint8Array>;

export interface ApiRequest {
  method: string;
  /** The path without the query string, possibly with a version prefix: `/v1.41/containers/json`. */
  path: string;
  /** Query parameters, each name with all its values in order. */
  query: Record<string, string[]>;
  /** Header names in lower case. */
  headers: Record<string, string>;
  body: Body | null;
  /**
   * For attach and exec start: what the client sends on the hijacked connection after the request
   * (the container's stdin). Over HTTP, the bytes that follow the body on an upgraded connection.
   */
  stdin?: AsyncIterable<Uint8Array>;
}

export interface ApiResponse {
  status: number;
  /** Header names in Docker's canonical case (`Content-Type`, `Api-Version`). */
  headers: Record<string, string>;
  body: Body | null;
  /**
   * For attach and exec start with `Upgrade: tcp`: the connection is hijacked (HTTP 101) and the body
   * streams both ways; the request body carries stdin.
   */
  upgraded?: boolean;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

export function text(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

export function isStream(body: Body | null): body is AsyncIterable<Uint8Array> {
  return body !== null && !(body instanceof Uint8Array);
}

/** Reads a whole body (a stream is drained). */
export async function readBody(body: Body | null): Promise<Uint8Array> {
  if (body === null) return new Uint8Array();
  if (body instanceof Uint8Array) return body;
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of body) {
    parts.push(chunk);
    size += chunk.length;
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    at += p.length;
  }
  return all;
}

/** Splits `/path?a=1&b=2` into a path and Docker-style query values. */
export function parseTarget(target: string): { path: string; query: Record<string, string[]> } {
  const q = target.indexOf('?');
  const path = q < 0 ? target : target.slice(0, q);
  const query: Record<string, string[]> = {};
  if (q >= 0) {
    for (const [k, v] of new URLSearchParams(target.slice(q + 1))) (query[k] ??= []).push(v);
  }
  return { path, query };
}

/** The inverse of parseTarget: `/path?a=1&b=2`. */
export function formatTarget(path: string, query: Record<string, string[]> = {}): string {
  const params = new URLSearchParams();
  for (const [k, values] of Object.entries(query)) for (const v of values) params.append(k, v);
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}
