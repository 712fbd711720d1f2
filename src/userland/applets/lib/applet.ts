// An applet is one program's implementation, parameterised by the flavour it imitates. The GNU table
// (index.ts) and the BusyBox multi-call binary (busybox.ts) bind the same implementations.

import type { Program } from '../../../engine/process/types';
import { basename } from '../../../engine/fs/path';
import { FsError } from '../../../engine/fs/types';
import type { Flavour } from './flavour';
import { Tool } from './tool';

export type Applet = (t: Tool) => Promise<number>;

/** A Program running `applet` in `flavour`. GNU tools name themselves by argv[0]; BusyBox by applet name. */
export function bindApplet(name: string, applet: Applet, flavour: Flavour): Program {
  return (ctx) => run(applet, new Tool(ctx, flavour === 'gnu' ? ctx.argv[0] || name : basename(name), flavour));
}

/** Runs the applet; a failed write to its output (`> /dev/full`) ends it as coreutils' close_stdout does. */
async function run(applet: Applet, t: Tool): Promise<number> {
  try {
    return await applet(t);
  } catch (e) {
    if (!(e instanceof FsError) || e.syscall !== 'write') throw e;
    t.error(`write error: ${e.text}`);
    return 1;
  }
}
