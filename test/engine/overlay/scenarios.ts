// Overlay scenarios: lower layers (each built by ops over the ones below) and the ops of the test.
import type { Op } from './ops';

export interface Scenario {
  name: string;
  /** Extra layers above the base layer, each a list of ops applied over the layers below. */
  layers?: Op[][];
  ops: Op[];
}

export const BASE: Op[] = [
  ['mkdir', '/bin'],
  ['write', '/bin/busybox', 'BUSYBOX'],
  ['chmod', '/bin/busybox', 0o755],
  ['symlink', 'busybox', '/bin/sh'],
  ['link', '/bin/busybox', '/bin/ls'],
  ['mkdir', '/etc'],
  ['write', '/etc/passwd', 'root:x:0:0:root:/root:/bin/sh\n'],
  ['write', '/etc/hostname', 'base\n'],
  ['write', '/etc/group', 'root:x:0:\n'],
  ['mkdirp', '/var/lib/app/sub'],
  ['write', '/var/lib/app/data.txt', 'data'],
  ['write', '/var/lib/app/sub/deep.txt', 'deep'],
  ['mkdirp', '/opt/a'],
  ['mkdirp', '/opt/b'],
  ['mkdirp', '/home/user'],
  ['write', '/home/user/.profile', 'export A=1\n'],
  ['chown', '/home/user', 1000, 1000],
  ['chown', '/home/user/.profile', 1000, 1000],
  ['mkdirp', '/usr/share/doc'],
  ['write', '/usr/share/doc/readme', 'readme'],
];

const L1: Op[] = [
  ['write', '/etc/hostname', 'layer1\n'],
  ['unlink', '/etc/group'],
  ['rmrf', '/var/lib/app'],
  ['mkdir', '/var/lib/app'],
  ['write', '/var/lib/app/new.txt', 'new'],
  ['write', '/opt/b/b.txt', 'b'],
  ['rmrf', '/usr/share/doc'],
];

const L2: Op[] = [['write', '/etc/l2', 'l2'], ['mkdir', '/usr/share/doc'], ['write', '/opt/b/c.txt', 'c']];

export const SCENARIOS: Scenario[] = [
  { name: 'no change', ops: [] },
  { name: 'new file in a lower dir', ops: [['write', '/etc/new', 'n']] },
  { name: 'overwrite a lower file', ops: [['write', '/etc/passwd', 'x']] },
  { name: 'append to a lower file', ops: [['append', '/etc/passwd', 'more\n']] },
  { name: 'truncate a lower file', ops: [['write', '/etc/hostname', '']] },
  { name: 'delete a lower file', ops: [['unlink', '/etc/passwd']] },
  { name: 'delete then recreate a lower file', ops: [['unlink', '/etc/passwd'], ['write', '/etc/passwd', 'again']] },
  { name: 'rm -rf a lower dir', ops: [['rmrf', '/var/lib/app']] },
  { name: 'rm -rf then mkdir (opaque)', ops: [['rmrf', '/var/lib/app'], ['mkdir', '/var/lib/app']] },
  { name: 'rm -rf, mkdir, add a file', ops: [['rmrf', '/var/lib/app'], ['mkdir', '/var/lib/app'], ['write', '/var/lib/app/x', 'x']] },
  { name: 'mkdir at the root', ops: [['mkdir', '/data']] },
  { name: 'mkdir -p inside a lower dir', ops: [['mkdirp', '/var/lib/app/sub/a/b']] },
  { name: 'rename a lower file in its dir', ops: [['rename', '/etc/passwd', '/etc/passwd.bak']] },
  { name: 'rename a lower file to another dir', ops: [['rename', '/etc/hostname', '/opt/a/hostname']] },
  { name: 'rename a lower dir (EXDEV)', ops: [['rename', '/var/lib/app', '/var/lib/app2']] },
  { name: 'rename a new upper dir', ops: [['mkdirp', '/new/x'], ['write', '/new/x/f', 'f'], ['rename', '/new', '/moved']] },
  { name: 'rename an upper dir over an empty lower dir', ops: [['mkdir', '/n'], ['write', '/n/f', 'f'], ['rename', '/n', '/opt/a']] },
  { name: 'chmod a lower file', ops: [['chmod', '/etc/passwd', 0o600]] },
  { name: 'chmod a lower dir', ops: [['chmod', '/opt/a', 0o700]] },
  { name: 'chown a lower file', ops: [['chown', '/etc/hostname', 33, 33]] },
  { name: 'new symlink', ops: [['symlink', '/etc/passwd', '/pw']] },
  { name: 'replace a lower symlink', ops: [['unlink', '/bin/sh'], ['symlink', '/bin/ls', '/bin/sh']] },
  { name: 'write through a lower symlink', ops: [['write', '/bin/sh', 'NEW']] },
  { name: 'chmod through a symlink', ops: [['chmod', '/bin/sh', 0o700]] },
  { name: 'hard link to a lower file', ops: [['link', '/etc/passwd', '/etc/passwd.hl']] },
  { name: 'write one of a lower hard-link pair', ops: [['write', '/bin/ls', 'LS']] },
  { name: 'delete one of a lower hard-link pair', ops: [['unlink', '/bin/ls']] },
  { name: 'rmdir a non-empty lower dir', ops: [['rmdir', '/etc']] },
  { name: 'unlink a dir', ops: [['unlink', '/opt/a']] },
  { name: 'mkdir an existing dir', ops: [['mkdir', '/opt']] },
  { name: 'rmdir an empty lower dir', ops: [['rmdir', '/opt/a']] },
  { name: 'rename a file over a lower file', ops: [['rename', '/etc/hostname', '/etc/passwd']] },
  { name: 'rename a file onto a dir', ops: [['rename', '/etc/hostname', '/opt/a']] },
  { name: 'rename a dir into itself', ops: [['mkdir', '/d'], ['rename', '/d', '/d/e']] },
  { name: 'rename a file to itself', ops: [['rename', '/etc/passwd', '/etc/passwd']] },
  { name: 'create then delete a file', ops: [['write', '/tmpfile', 'x'], ['unlink', '/tmpfile']] },
  { name: 'delete in a new upper dir', ops: [['mkdir', '/u'], ['write', '/u/f', 'x'], ['unlink', '/u/f']] },
  { name: 'delete in an opaque dir', ops: [['rmrf', '/opt'], ['mkdir', '/opt'], ['write', '/opt/f', 'f'], ['unlink', '/opt/f']] },
  { name: 'rename an upper file over a whiteout', ops: [['unlink', '/etc/passwd'], ['write', '/etc/p2', 'p2'], ['rename', '/etc/p2', '/etc/passwd']] },
  { name: 'mkdir over a deleted lower file', ops: [['unlink', '/etc/hostname'], ['mkdir', '/etc/hostname']] },
  { name: 'file over a deleted lower dir', ops: [['rmrf', '/opt/a'], ['write', '/opt/a', 'file']] },
  { name: 'deep copy-up', ops: [['write', '/usr/share/doc/readme', 'changed']] },
  { name: 'link a new file then unlink the original', ops: [['write', '/f1', '1'], ['link', '/f1', '/f2'], ['unlink', '/f1']] },
  { name: 'rename an upper dir onto a deleted lower dir', ops: [['rmrf', '/var/lib/app'], ['mkdir', '/nd'], ['rename', '/nd', '/var/lib/app']] },
  { name: 'chown a dir then add a file', ops: [['chown', '/opt/b', 5, 5], ['write', '/opt/b/f', 'f']] },
  { name: 'layers: whiteout and opaque below', layers: [L1], ops: [] },
  { name: 'layers: recreate a file deleted below', layers: [L1], ops: [['write', '/etc/group', 'g']] },
  { name: 'layers: write into a dir made opaque below', layers: [L1], ops: [['write', '/var/lib/app/more', 'm']] },
  { name: 'layers: delete a file overwritten below', layers: [L1], ops: [['unlink', '/etc/hostname']] },
  { name: 'layers: mkdir a dir deleted below', layers: [L1], ops: [['mkdir', '/usr/share/doc']] },
  { name: 'layers: dir merged over three layers', layers: [L1, L2], ops: [['unlink', '/opt/b/b.txt'], ['write', '/opt/b/d.txt', 'd']] },
  { name: 'layers: rename a file from a middle layer', layers: [L1, L2], ops: [['rename', '/var/lib/app/new.txt', '/var/lib/app/renamed']] },
  { name: 'layers: rm -rf a dir merged over layers', layers: [L1, L2], ops: [['rmrf', '/opt']] },
];
