// Long-running servers block until a signal asks them to stop (or reload).
import type { ProcessContext, Signal } from '../../engine/process/types';

/** Installs handlers for `signals`; each arrival is passed to `on`; resolves when `on` returns true. */
export function untilSignal(
  ctx: ProcessContext,
  signals: Signal[],
  on: (signal: Signal) => boolean | void,
): Promise<Signal> {
  return new Promise<Signal>((resolve) => {
    for (const s of signals) {
      ctx.onSignal(s, (sig) => {
        if (on(sig) === true) resolve(sig);
      });
    }
  });
}

/** Bytes of a UTF-8 string (Content-Length, access logs). */
export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}
