// The student's Debian 12 host: directories, /etc files, users, and an executable stub in /usr/bin
// for every program of the table (so `which ls`, `ls -l /bin/ls` and `chmod -x` behave).
import type { MemFs } from '../engine/fs/memfs';
import { binaryStub } from '../engine/process/types';
import { CHAR_DEVICES, rdevOf } from '../engine/fs/devices';

export interface HostUser {
  name: string;
  uid: number;
  gid: number;
  home: string;
  gecos: string;
}

export const ELEVE: HostUser = { name: 'eleve', uid: 1000, gid: 1000, home: '/home/eleve', gecos: 'Élève,,,' };

const OS_RELEASE = `PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"
NAME="Debian GNU/Linux"
VERSION_ID="12"
VERSION="12 (bookworm)"
VERSION_CODENAME=bookworm
ID=debian
HOME_URL="https://www.debian.org/"
SUPPORT_URL="https://www.debian.org/support"
BUG_REPORT_URL="https://bugs.debian.org/"
`;

/** Directories of a merged-/usr Debian root, with their modes. */
const DIRS: [string, number][] = [
  ['/usr', 0o755],
  ['/usr/bin', 0o755],
  ['/usr/sbin', 0o755],
  ['/usr/lib', 0o755],
  ['/usr/local', 0o755],
  ['/usr/local/bin', 0o755],
  ['/usr/share', 0o755],
  ['/usr/share/doc', 0o755],
  ['/etc', 0o755],
  ['/etc/skel', 0o755],
  ['/home', 0o755],
  ['/root', 0o700],
  ['/tmp', 0o1777],
  ['/var', 0o755],
  ['/var/log', 0o755],
  ['/var/tmp', 0o1777],
  ['/var/lib', 0o755],
  ['/var/run', 0o755],
  ['/run', 0o755],
  ['/opt', 0o755],
  ['/srv', 0o755],
  ['/mnt', 0o755],
  ['/media', 0o755],
  ['/boot', 0o755],
  ['/dev', 0o755],
  ['/proc', 0o555],
  ['/sys', 0o555],
];

const SYMLINKS: [string, string][] = [
  ['/bin', 'usr/bin'],
  ['/sbin', 'usr/sbin'],
  ['/lib', 'usr/lib'],
];

export function buildHostTree(fs: MemFs, opts: { hostname: string; user: HostUser; programs: string[] }): void {
  const { user, hostname } = opts;
  for (const [dir, mode] of DIRS) {
    if (!fs.exists(dir)) fs.mkdir(dir, { mode, uid: 0, gid: 0 });
    fs.chmod(dir, mode);
  }
  for (const [link, target] of SYMLINKS) if (!fs.exists(link)) fs.symlink(target, link);
  if (!fs.exists(user.home)) fs.mkdir(user.home, { mode: 0o755, uid: user.uid, gid: user.gid });
  const files: [string, string, number][] = [
    ['/etc/hostname', `${hostname}\n`, 0o644],
    ['/etc/hosts', `127.0.0.1\tlocalhost\n127.0.1.1\t${hostname}\n\n::1\tlocalhost ip6-localhost ip6-loopback\nff02::1\tip6-allnodes\nff02::2\tip6-allrouters\n`, 0o644],
    [
      '/etc/passwd',
      `root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\nbin:x:2:2:bin:/bin:/usr/sbin/nologin\nsys:x:3:3:sys:/dev:/usr/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n${user.name}:x:${user.uid}:${user.gid}:${user.gecos}:${user.home}:/bin/bash\n`,
      0o644,
    ],
    ['/etc/group', `root:x:0:\ndaemon:x:1:\nbin:x:2:\nsys:x:3:\nsudo:x:27:${user.name}\nusers:x:100:${user.name}\ndocker:x:999:${user.name}\nnogroup:x:65534:\n${user.name}:x:${user.gid}:\n`, 0o644],
    ['/etc/shells', '# /etc/shells: valid login shells\n/bin/sh\n/usr/bin/sh\n/bin/bash\n/usr/bin/bash\n', 0o644],
    ['/etc/os-release', OS_RELEASE, 0o644],
    ['/etc/debian_version', '12.8\n', 0o644],
    ['/etc/issue', 'Debian GNU/Linux 12 \\n \\l\n\n', 0o644],
  ];
  for (const [path, text, mode] of files) if (!fs.exists(path)) fs.writeFile(path, text, { mode, uid: 0, gid: 0 });
  if (!fs.exists('/usr/lib/os-release')) fs.symlink('../../etc/os-release', '/usr/lib/os-release');
  installStubs(fs, opts.programs);
}

/** An executable stub in /usr/bin for each program (existing files are left as the user made them). */
export function installStubs(fs: MemFs, programs: string[]): void {
  for (const name of programs) {
    const path = `/usr/bin/${name}`;
    if (fs.exists(path)) continue;
    fs.writeFile(path, binaryStub(name), { mode: 0o755, uid: 0, gid: 0 });
  }
  installDevices(fs);
}

/** Debian's character devices in /dev (crw-rw-rw- root root), those missing only. */
export function installDevices(fs: MemFs): void {
  for (const d of CHAR_DEVICES) {
    const path = `/dev/${d.name}`;
    if (!fs.exists(path)) fs.mknod(path, 'chardev', 0o666, rdevOf(d));
  }
}
