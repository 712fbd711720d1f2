// clear(1): home the cursor and erase the screen (and scrollback for ncurses' clear).

import type { Applet } from './lib/applet';

export const clear: Applet = async (t) => {
  t.out(t.gnu ? '\x1b[H\x1b[2J\x1b[3J' : '\x1b[H\x1b[J');
  return 0;
};
