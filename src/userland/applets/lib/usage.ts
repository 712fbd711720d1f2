// Usage errors: GNU prints the message and a `Try '… --help'` line; BusyBox prints its banner.

import type { Tool } from './tool';
import { BUSYBOX_BANNER } from './flavour';

/** Prints a usage error (GNU: `message` then the hint; BusyBox: the banner) and returns `status`. */
export function usage(t: Tool, message: string, status = 1): number {
  if (t.gnu) {
    t.error(message);
    t.ctx.stderr.write(`Try '${t.name} --help' for more information.\n`);
  } else t.ctx.stderr.write(`${BUSYBOX_BANNER}\n\n`);
  return status;
}
