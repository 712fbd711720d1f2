// Usage errors: GNU prints the message and a `Try '… --help'` line; BusyBox prints its banner and
// the applet's usage text (recorded from the real BusyBox into busybox-usage.ts).

import type { Tool } from './tool';
import { BUSYBOX_BANNER } from './flavour';
import { BUSYBOX_USAGE } from './busybox-usage';

/** BusyBox's banner and usage block for the tool's applet. */
export function busyboxUsage(t: Tool): string {
  return `${BUSYBOX_BANNER}\n\n${BUSYBOX_USAGE[t.name] ?? ''}`;
}

/** Prints a usage error (GNU: `message` then the hint; BusyBox: banner and usage) and returns `status`. */
export function usage(t: Tool, message: string, status = 1): number {
  if (t.gnu) {
    t.error(message);
    t.ctx.stderr.write(`Try '${t.name} --help' for more information.\n`);
  } else t.ctx.stderr.write(busyboxUsage(t));
  return status;
}
