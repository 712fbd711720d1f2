// Building responses the way Docker's server writes them (moby api/server/httputils).
import type { ApiResponse, Body } from './http';
import { utf8 } from './http';

/** Go's json.Encoder output: HTML-safe escapes and a trailing newline. */
export function goJson(value: unknown): string {
  return (
    JSON.stringify(value)
      .replace(/</g, '\\u003c')
      .replace(/>/g, '\\u003e')
      .replace(/&/g, '\\u0026')
      .replace(/\u2028/g, '\\u2028')
      .replace(/\u2029/g, '\\u2029') + '\n'
  );
}

export function json(status: number, value: unknown, headers: Record<string, string> = {}): ApiResponse {
  return { status, headers: { 'Content-Type': 'application/json', ...headers }, body: utf8(goJson(value)) };
}

export function noContent(status = 204): ApiResponse {
  return { status, headers: {}, body: null };
}

export function plain(
  status: number,
  textBody: string,
  contentType = 'text/plain; charset=utf-8',
): ApiResponse {
  return { status, headers: { 'Content-Type': contentType }, body: utf8(textBody) };
}

/** A streamed (chunked) body with the given content type. */
export function stream(
  status: number,
  contentType: string | null,
  body: Body,
  extra: Record<string, string> = {},
): ApiResponse {
  return { status, headers: { ...(contentType ? { 'Content-Type': contentType } : {}), ...extra }, body };
}

/** A hijacked connection (attach, exec start): raw stream, both ways. */
export function hijacked(upgrade: boolean, body: Body): ApiResponse {
  const headers: Record<string, string> = { 'Content-Type': 'application/vnd.docker.raw-stream' };
  if (upgrade) {
    headers.Connection = 'Upgrade';
    headers.Upgrade = 'tcp';
  }
  return { status: upgrade ? 101 : 200, headers, body, upgraded: true };
}
