// Linux's strerror text for a failed connect, as busybox's tools print it after the address.

/** `Connection refused` unless the stack said why the packets went nowhere. */
export function socketReason(err: unknown): string {
  const reason = (err as { reason?: unknown } | null)?.reason;
  return typeof reason === 'string' ? reason : 'Connection refused';
}
