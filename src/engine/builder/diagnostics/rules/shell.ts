// Helpers over RUN shell commands.

import type { AnalysedNode } from '../source';

/** The shell command of a RUN in shell form, or null. */
export function runShellCommand(n: AnalysedNode): string | null {
  const i = n.instruction;
  if (!i || i.kind !== 'run' || !i.prependShell || i.cmdLine.length === 0) return null;
  return i.cmdLine[0];
}

/** Simple commands of a shell line, split on `&&`, `||`, `;` and `|`. */
export function simpleCommands(command: string): string[] {
  return command
    .split(/&&|\|\||;|\|/)
    .map((c) => c.trim())
    .filter(Boolean);
}
