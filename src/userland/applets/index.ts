// The host's programs (GNU coreutils/procps flavour), by name, for the host's program table.
// Containers get the same implementations through the BusyBox multi-call binary (busybox.ts).

import type { Program } from '../../engine/process/types';
import { bindApplet } from './lib/applet';
import { APPLETS } from './table';

export const applets: Record<string, Program> = Object.fromEntries(
  Object.entries(APPLETS).map(([name, applet]) => [name, bindApplet(name, applet, 'gnu')]),
);
