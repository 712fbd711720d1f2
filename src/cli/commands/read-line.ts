// Reading one line of the user's input (prompts of login and prune), optionally without echo.

import type { Cli } from '../cli';

/** What was read past the last line, per input stream (one process's stdin). */
const leftovers = new WeakMap<object, string>();

export async function readLine(cli: Cli, opts: { silent?: boolean } = {}): Promise<string | null> {
  const tty = cli.proc.stdin.isTTY ? cli.proc.tty : null;
  const silent = Boolean(opts.silent && tty);
  if (silent) tty?.setRaw(true);
  let pending = leftovers.get(cli.proc.stdin) ?? '';
  try {
    for (;;) {
      const nl = pending.search(/[\r\n]/);
      if (nl >= 0) {
        const line = pending.slice(0, nl);
        pending = pending.slice(nl + (pending.startsWith('\r\n', nl) ? 2 : 1));
        if (silent) cli.out('\n');
        return line;
      }
      const chunk = await cli.proc.stdin.read();
      if (chunk === null) {
        const line = pending;
        pending = '';
        return line === '' ? null : line;
      }
      pending += chunk;
    }
  } finally {
    leftovers.set(cli.proc.stdin, pending);
    if (silent) tty?.setRaw(false);
  }
}
