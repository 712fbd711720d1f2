// Every applet by the name it is installed under. Shared by the GNU host table and BusyBox.

import type { Applet } from './lib/applet';
import { basename, dirname } from './basename';
import { cat } from './cat';
import { chmod } from './chmod';
import { chown } from './chown';
import { cp } from './cp';
import { echo } from './echo';
import { head } from './head';
import { ln } from './ln';
import { ls } from './ls';
import { readlink } from './readlink';
import { stat } from './stat';
import { mkdir } from './mkdir';
import { mv } from './mv';
import { nl } from './nl';
import { printf } from './printf';
import { pwd } from './pwd';
import { rm } from './rm';
import { rmdir } from './rmdir';
import { seq } from './seq';
import { sleep } from './sleep';
import { rev, tac } from './tac';
import { tail } from './tail';
import { tee } from './tee';
import { touch } from './touch';
import { falseApplet, trueApplet } from './true';
import { wc } from './wc';
import { yes } from './yes';

export const APPLETS: Record<string, Applet> = {
  basename,
  cat,
  chmod,
  chown,
  cp,
  dirname,
  echo,
  false: falseApplet,
  head,
  ln,
  ls,
  readlink,
  stat,
  mkdir,
  mv,
  nl,
  printf,
  pwd,
  rev,
  rm,
  rmdir,
  seq,
  sleep,
  tac,
  tail,
  tee,
  touch,
  true: trueApplet,
  wc,
  yes,
};
