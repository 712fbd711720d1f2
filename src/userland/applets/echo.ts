// echo(1): -n (no newline), -e (escapes), -E; options only when every letter is one of n, e, E.

import type { Applet } from './lib/applet';
import { unescape } from './lib/escapes';

export const echo: Applet = async (t) => {
  const args = t.args;
  let newline = true;
  let escapes = false;
  let i = 0;
  for (; i < args.length && /^-[neE]+$/.test(args[i]); i++) {
    for (const c of args[i].slice(1)) {
      if (c === 'n') newline = false;
      else escapes = c === 'e';
    }
  }
  let text = args.slice(i).join(' ');
  if (escapes) {
    const u = unescape(text, true);
    text = u.text;
    if (u.stop) newline = false;
  }
  t.out(newline ? text + '\n' : text);
  return 0;
};
