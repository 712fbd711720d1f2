// Interactive confirmation (rm -i, cp -i, mv -i): prompt on stderr, read one line, yes if it starts
// with y/Y. What was read past the line stays with that stdin for the next question.

import type { InputStream } from '../../../engine/process/types';
import type { Tool } from './tool';

const leftovers = new WeakMap<InputStream, string>();

export async function askYes(t: Tool, question: string): Promise<boolean> {
  t.ctx.stderr.write(`${t.name}: ${question}`);
  let pending = leftovers.get(t.ctx.stdin) ?? '';
  while (!pending.includes('\n')) {
    const chunk = await t.ctx.stdin.read();
    if (chunk === null) break;
    pending += chunk;
  }
  const nl = pending.indexOf('\n');
  leftovers.set(t.ctx.stdin, nl < 0 ? '' : pending.slice(nl + 1));
  return /^[yY]/.test(nl < 0 ? pending : pending.slice(0, nl));
}
