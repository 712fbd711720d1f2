// The SOURCE... DEST convention of cp, mv and ln: with several sources, or a DEST that is a
// directory, each source goes into DEST under its own base name.

import { basename } from '../../../engine/fs/path';
import type { Tool } from './tool';
import { quoteFile } from './quote';
import { usage } from './usage';

export interface Placement {
  source: string;
  dest: string;
}

/** Where each source goes, or null after printing the usage error. `noTargetDir` is -T. */
export function placements(
  t: Tool,
  operands: string[],
  targetDir?: string,
  noTargetDir = false,
): Placement[] | null {
  if (targetDir !== undefined)
    return operands.map((s) => ({ source: s, dest: `${targetDir.replace(/\/+$/, '')}/${basename(s)}` }));
  if (operands.length === 0) {
    usage(t, 'missing file operand');
    return null;
  }
  if (operands.length === 1) {
    usage(t, `missing destination file operand after ${quoteFile(operands[0])}`);
    return null;
  }
  const dest = operands[operands.length - 1];
  const sources = operands.slice(0, -1);
  let isDir = false;
  try {
    isDir = t.ctx.fs.stat(t.path(dest)).type === 'dir';
  } catch {}
  if (noTargetDir) return [{ source: sources[0], dest }];
  if (!isDir) {
    if (sources.length > 1) {
      if (!t.gnu)
        return sources.map((s) => ({ source: s, dest: `${dest.replace(/\/+$/, '')}/${basename(s)}` }));
      const exists = t.ctx.fs.exists(t.path(dest));
      t.error(`target ${quoteFile(dest)}: ${exists ? 'Not a directory' : 'No such file or directory'}`);
      return null;
    }
    return [{ source: sources[0], dest }];
  }
  return sources.map((s) => ({ source: s, dest: `${dest.replace(/\/+$/, '')}/${basename(s)}` }));
}
