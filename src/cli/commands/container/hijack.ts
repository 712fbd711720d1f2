// Streams a hijacked attach/exec connection to the terminal, as cli/command/container/hijack.go does:
// output frames to stdout/stderr, stdin forwarded (raw mode on a TTY), the detach keys (ctrl-p,ctrl-q by
// default) end the session without stopping the container, and terminal resizes are forwarded.

import type { Cli } from '../../cli';
import type { AttachSession } from '../../../client/api-types';

export interface StreamOptions {
  stdin: boolean;
  tty: boolean;
  detachKeys?: string;
  /** Called with the terminal size now and on each resize. */
  resize?: (size: { h: number; w: number }) => Promise<void>;
}

/** `ctrl-p,ctrl-q` → "\x10\x11"; letters and `ctrl-@`…`ctrl-_` as Docker's term.ToBytes reads them. */
export function detachSequence(keys = 'ctrl-p,ctrl-q'): string {
  return keys
    .split(',')
    .map((k) => {
      const key = k.trim().toLowerCase();
      if (key.startsWith('ctrl-') && key.length === 6) {
        const c = key[5];
        if (c >= 'a' && c <= 'z') return String.fromCharCode(c.charCodeAt(0) - 96);
        const special: Record<string, number> = { '@': 0, '[': 27, '\\': 28, ']': 29, '^': 30, _: 31 };
        if (c in special) return String.fromCharCode(special[c]);
      }
      if (key.length === 1) return key;
      throw new Error(`Unrecognized input: ${k}`);
    })
    .join('');
}

/** Resolves with 'detached' when the user typed the detach keys, 'ended' when the output closed. */
export async function streamSession(
  cli: Cli,
  session: AttachSession,
  opts: StreamOptions,
): Promise<'ended' | 'detached'> {
  const tty = opts.tty && cli.proc.stdin.isTTY ? cli.proc.tty : null;
  const wasRaw = tty?.isRaw() ?? false;
  if (tty && opts.stdin) tty.setRaw(true);
  let unsubscribe: (() => void) | null = null;
  if (tty && opts.resize) {
    const send = (s: { cols: number; rows: number }) =>
      Promise.resolve()
        .then(() => opts.resize?.({ h: s.rows, w: s.cols }))
        .catch(() => undefined);
    void send(tty.size());
    unsubscribe = tty.onResize(send);
  }
  let finished = false;
  let detached = false;
  let onDetach: () => void = () => undefined;
  const detach = new Promise<void>((resolve) => (onDetach = resolve));
  const output = (async () => {
    for await (const f of session.output) {
      if (detached) break;
      (f.stream === 'stderr' ? cli.err : cli.out)(f.data);
    }
  })();
  const sequence = opts.stdin ? detachSequence(opts.detachKeys || undefined) : '';
  const input = opts.stdin
    ? (async () => {
        let matched = '';
        while (!finished) {
          const chunk = await cli.proc.stdin.read();
          if (chunk === null || finished) break;
          let forward = '';
          for (const ch of chunk) {
            if (tty && ch === sequence[matched.length]) {
              matched += ch;
              if (matched === sequence) {
                detached = true;
                session.close();
                onDetach();
                return;
              }
              continue;
            }
            forward += matched + ch;
            matched = '';
          }
          if (forward) session.write(forward);
        }
        if (!finished) session.closeWrite();
      })()
    : Promise.resolve();
  try {
    void input;
    await Promise.race([output, detach]);
  } finally {
    finished = true;
    unsubscribe?.();
    if (tty && opts.stdin) tty.setRaw(wasRaw);
  }
  return detached ? 'detached' : 'ended';
}
