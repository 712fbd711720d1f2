// Every applet by the name it is installed under. Shared by the GNU host table and BusyBox.

import type { Applet } from './lib/applet';
import { awk } from './awk';
import { base64 } from './base64';
import { basename, dirname } from './basename';
import { cat } from './cat';
import { chmod } from './chmod';
import { chown } from './chown';
import { clear } from './clear';
import { cp } from './cp';
import { cut } from './cut';
import { date } from './date';
import { df } from './df';
import { diff } from './diff';
import { du } from './du';
import { echo } from './echo';
import { env, printenv } from './env';
import { find } from './find';
import { free } from './free';
import { grep } from './grep';
import { gzip } from './gzip';
import { head } from './head';
import { hostname, id, uname, whoami } from './ids';
import { kill } from './kill';
import { ln } from './ln';
import { ls } from './ls';
import { man } from './man';
import { nano } from './nano';
import { mkdir } from './mkdir';
import { mount } from './mount';
import { mv } from './mv';
import { nl } from './nl';
import { od, xxd } from './od';
import { printf } from './printf';
import { ps } from './ps';
import { top } from './top';
import { pwd } from './pwd';
import { readlink } from './readlink';
import { rm } from './rm';
import { rmdir } from './rmdir';
import { sed } from './sed';
import { seq } from './seq';
import { md5sum, sha256sum } from './sha256sum';
import { expr } from './expr';
import { sleep } from './sleep';
import { sort } from './sort';
import { stat } from './stat';
import { rev, tac } from './tac';
import { tail } from './tail';
import { tar } from './tar';
import { tee } from './tee';
import { touch } from './touch';
import { tr } from './tr';
import { falseApplet, trueApplet } from './true';
import { uniq } from './uniq';
import { vi } from './vi';
import { wc } from './wc';
import { which } from './which';
import { xargs } from './xargs';
import { yes } from './yes';

export const APPLETS: Record<string, Applet> = {
  awk,
  base64,
  basename,
  cat,
  chmod,
  chown,
  clear,
  cp,
  cut,
  date,
  df,
  diff,
  dirname,
  du,
  echo,
  env,
  false: falseApplet,
  find,
  free,
  grep,
  gunzip: gzip,
  gzip,
  head,
  hostname,
  id,
  kill,
  ln,
  md5sum,
  mount,
  ls,
  man,
  nano,
  mkdir,
  mv,
  nl,
  od,
  printenv,
  printf,
  ps,
  top,
  pwd,
  readlink,
  rev,
  rm,
  rmdir,
  sed,
  seq,
  sha256sum,
  expr,
  sleep,
  sort,
  stat,
  tac,
  tail,
  tar,
  tee,
  touch,
  tr,
  true: trueApplet,
  uname,
  uniq,
  vi,
  wc,
  which,
  whoami,
  xargs,
  xxd,
  yes,
  zcat: gzip,
};
