// true(1) and false(1).

import type { Applet } from './lib/applet';

export const trueApplet: Applet = async () => 0;
export const falseApplet: Applet = async () => 1;
