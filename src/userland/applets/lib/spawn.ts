// Running a child program and waiting for it, with the errors xargs, env and find -exec print.

import { ExecError, type SpawnOptions } from '../../../engine/process/types';
import type { Tool } from './tool';

/** Runs argv as a child; returns its status (126/127 after printing why the exec failed). */
export async function runChild(t: Tool, argv: string[], opts: SpawnOptions = {}): Promise<number> {
  try {
    return await t.ctx.spawn(argv, opts).wait();
  } catch (e) {
    if (!(e instanceof ExecError)) throw e;
    if (e.code === 'ENOENT') {
      t.error(
        t.gnu || t.name !== 'env'
          ? `${argv[0]}: No such file or directory`
          : `can't execute '${argv[0]}': No such file or directory`,
      );
      return 127;
    }
    t.error(`${argv[0]}: Permission denied`);
    return 126;
  }
}
