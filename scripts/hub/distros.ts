// Root filesystems of the catalog's base images: busybox, Alpine, Debian, Ubuntu, Oracle Linux.
import { dir, dirs, exe, file, hardlink, link, programs, words, type Node } from './tree';

export type Arch = 'amd64' | 'arm64';
const TRIPLET: Record<Arch, string> = { amd64: 'x86_64-linux-gnu', arm64: 'aarch64-linux-gnu' };
const LOADER: Record<Arch, string> = { amd64: 'ld-linux-x86-64.so.2', arm64: 'ld-linux-aarch64.so.1' };
const MUSL: Record<Arch, string> = { amd64: 'x86_64', arm64: 'aarch64' };

/** Applets of the official busybox image (busybox 1.36 defconfig, as `busybox --list` prints them). */
export const BUSYBOX_APPLETS = words(`
[ [[ acpid add-shell addgroup adduser adjtimex arch arp arping ascii ash awk base32 base64 basename bc beep
blkdiscard blkid blockdev bootchartd brctl bunzip2 bzcat bzip2 cal cat chat chattr chgrp chmod chown chpasswd
chpst chroot chrt chvt cksum clear cmp comm conspy cp cpio crc32 crond crontab cryptpw cttyhack cut date dc dd
deallocvt delgroup deluser depmod devmem df dhcprelay diff dirname dmesg dnsd dnsdomainname dos2unix dpkg
dpkg-deb du dumpkmap dumpleases echo ed egrep eject env envdir envuidgid ether-wake expand expr factor fakeidentd
fallocate false fatattr fbset fbsplash fdflush fdformat fdisk fgconsole fgrep find findfs flock fold free
freeramdisk fsck fsck.minix fsfreeze fstrim fsync ftpd ftpget ftpput fuser getopt getty grep groups gunzip gzip
halt hd hdparm head hexdump hexedit hostid hostname httpd hush hwclock i2cdetect i2cdump i2cget i2cset
i2ctransfer id ifconfig ifdown ifenslave ifplugd ifup inetd init insmod install ionice iostat ip ipaddr ipcalc
ipcrm ipcs iplink ipneigh iproute iprule iptunnel kbd_mode kill killall killall5 klogd last less link linux32
linux64 linuxrc ln loadfont loadkmap logger login logname logread losetup lpd lpq lpr ls lsattr lsmod lsof lspci
lsscsi lsusb lzcat lzma lzop makedevs makemime man md5sum mdev mesg microcom mim mkdir mkdosfs mke2fs mkfifo
mkfs.ext2 mkfs.minix mkfs.vfat mknod mkpasswd mkswap mktemp modinfo modprobe more mount mountpoint mpstat mt mv
nameif nanddump nandwrite nbd-client nc netstat nice nl nmeter nohup nologin nproc nsenter nslookup ntpd nuke od
openvt partprobe passwd paste patch pgrep pidof ping ping6 pipe_progress pivot_root pkill pmap popmaildir
poweroff powertop printenv printf ps pscan pstree pwd pwdx raidautorun rdate rdev readahead readlink readprofile
realpath reboot reformime remove-shell renice reset resize resume rev rm rmdir rmmod route rpm rpm2cpio rtcwake
run-init run-parts runlevel runsv runsvdir rx script scriptreplay sed seedrng sendmail seq setarch setconsole
setfattr setfont setkeycodes setlogcons setpriv setserial setsid setuidgid sh sha1sum sha256sum sha3sum
sha512sum showkey shred shuf slattach sleep smemcap softlimit sort split ssl_client start-stop-daemon stat strings
stty su sulogin sum sv svc svlogd svok swapoff swapon switch_root sync sysctl syslogd tac tail tar taskset tc
tcpsvd tee telnet telnetd test tftp tftpd time timeout top touch tr traceroute traceroute6 tree true truncate ts
tsort tty ttysize tunctl ubiattach ubidetach ubimkvol ubirename ubirmvol ubirsvol ubiupdatevol udhcpc udhcpc6
udhcpd udpsvd uevent umount uname unexpand uniq unix2dos unlink unlzma unshare unxz unzip uptime users usleep
uudecode uuencode vconfig vi vlock volname w wall watch watchdog wc wget which who whoami whois xargs xxd xz
xzcat yes zcat zcip`);

const ALPINE_SBIN = words(`acpid adjtimex arp blkid blockdev depmod fbsplash fdisk findfs fsck fstrim getty halt
hwclock ifconfig ifdown ifenslave ifup init insmod ip ipaddr iplink ipneigh iproute iprule iptunnel klogd ldconfig
loadkmap logread losetup lsmod mdev mkdosfs mkfs.vfat mkmntdirs mkswap modinfo modprobe nameif nologin pivot_root
poweroff reboot rmmod route setconsole slattach swapoff swapon switch_root sysctl syslogd tunctl udhcpc vconfig
watchdog`);
const ALPINE_BIN = words(`arch ash base64 bbconfig busybox cat chattr chgrp chmod chown cp date dd df dmesg
dnsdomainname dumpkmap echo egrep false fatattr fdflush fgrep fsync getopt grep gunzip gzip hostname ionice
iostat ipcalc kbd_mode kill link linux32 linux64 ln login ls lsattr lzop makemime mkdir mknod mktemp more mount
mountpoint mpstat mv netstat nice pidof ping ping6 pipe_progress printenv ps pwd reformime rev rm rmdir run-parts
sed setpriv setserial sh sleep stat stty su sync tar touch true umount uname usleep watch zcat`);

const PASSWD_BUSYBOX = `root:x:0:0:root:/root:/bin/sh
daemon:x:1:1:daemon:/usr/sbin:/bin/false
bin:x:2:2:bin:/bin:/bin/false
sys:x:3:3:sys:/dev:/bin/false
sync:x:4:100:sync:/bin:/bin/sync
mail:x:8:8:mail:/var/spool/mail:/bin/false
www-data:x:33:33:www-data:/var/www:/bin/false
operator:x:37:37:Operator:/var:/bin/false
nobody:x:65534:65534:nobody:/home:/bin/false
`;
const GROUP_BUSYBOX = `root:x:0:
daemon:x:1:
bin:x:2:
sys:x:3:
adm:x:4:
tty:x:5:
disk:x:6:
lp:x:7:
mail:x:8:
kmem:x:9:
wheel:x:10:root
cdrom:x:11:
dialout:x:18:
floppy:x:19:
video:x:28:
audio:x:29:
tape:x:32:
www-data:x:33:
operator:x:37:
utmp:x:43:
plugdev:x:46:
staff:x:50:
lock:x:54:
netdev:x:82:
users:x:100:
nogroup:x:65534:
`;

export function busyboxRoot(arch: Arch): Node[] {
  return [
    ...dirs('/bin', '/dev', '/etc', '/etc/network', '/home', '/lib', '/root', '/tmp', '/usr', '/usr/sbin', '/var', '/var/spool', '/var/spool/mail', '/var/www'),
    exe('/bin/busybox', 'busybox'),
    ...BUSYBOX_APPLETS.filter((a) => a !== 'busybox').map((a) => hardlink(`/bin/${a}`, '/bin/busybox')),
    file('/etc/passwd', PASSWD_BUSYBOX),
    file('/etc/group', GROUP_BUSYBOX),
    file('/etc/shadow', PASSWD_BUSYBOX.replace(/:x:\d+:\d+:[^\n]*/g, ':*:10933:0:99999:7:::').replace(/^root:\*/, 'root::'), 0o600),
    file('/etc/nsswitch.conf', 'hosts:\t\tfiles dns\nnetworks:\tfiles\n'),
    file('/etc/localtime', 'TZif2\n'),
    exe(`/lib/${LOADER[arch]}`, 'ld.so'),
    exe('/lib/libc.so.6', 'libc.so.6'),
    exe('/lib/libm.so.6', 'libm.so.6'),
    exe('/lib/libresolv.so.2', 'libresolv.so.2'),
    exe('/lib/libnss_files.so.2', 'libnss_files.so.2'),
    exe('/lib/libnss_dns.so.2', 'libnss_dns.so.2'),
  ];
}

export function alpineRoot(arch: Arch, version: string, packages: [string, string][]): Node[] {
  const musl = MUSL[arch];
  const installed = packages.map(([p, v]) => `C:Q1${p.length}\nP:${p}\nV:${v}\nA:${musl}\n`).join('\n');
  return [
    ...dirs(
      '/bin', '/dev', '/etc', '/etc/apk', '/etc/apk/keys', '/etc/apk/protected_paths.d', '/etc/crontabs', '/etc/modprobe.d',
      '/etc/network', '/etc/opt', '/etc/periodic', '/etc/profile.d', '/etc/ssl', '/etc/ssl/certs', '/home', '/lib', '/lib/apk', '/lib/apk/db',
      '/media', '/media/cdrom', '/media/floppy', '/media/usb', '/mnt', '/opt', '/proc', '/root', '/run', '/sbin', '/srv', '/sys', '/tmp',
      '/usr', '/usr/bin', '/usr/lib', '/usr/local', '/usr/local/bin', '/usr/local/lib', '/usr/local/share', '/usr/sbin', '/usr/share',
      '/var', '/var/cache', '/var/cache/apk', '/var/empty', '/var/lib', '/var/local', '/var/log', '/var/mail', '/var/opt', '/var/spool', '/var/tmp',
    ),
    link('/var/lock', '../run/lock'),
    link('/var/run', '../run'),
    exe('/bin/busybox', 'busybox'),
    ...ALPINE_BIN.filter((a) => a !== 'busybox').map((a) => link(`/bin/${a}`, '/bin/busybox')),
    ...ALPINE_SBIN.map((a) => link(`/sbin/${a}`, '/bin/busybox')),
    ...BUSYBOX_APPLETS.filter((a) => !ALPINE_BIN.includes(a) && !ALPINE_SBIN.includes(a) && !['busybox', 'sh', 'linuxrc'].includes(a)).map((a) =>
      link(`/usr/bin/${a}`, '/bin/busybox'),
    ),
    exe('/sbin/apk', 'apk'),
    exe('/usr/bin/ssl_client', 'ssl_client'),
    exe(`/lib/ld-musl-${musl}.so.1`, 'ld-musl'),
    link(`/usr/lib/libc.musl-${musl}.so.1`, `/lib/ld-musl-${musl}.so.1`),
    exe('/usr/lib/libcrypto.so.3', 'libcrypto.so.3'),
    exe('/usr/lib/libssl.so.3', 'libssl.so.3'),
    exe('/usr/lib/libz.so.1', 'libz.so.1'),
    file('/etc/alpine-release', `${version}\n`),
    link('/etc/os-release', '../usr/lib/os-release'),
    file('/usr/lib/os-release', `NAME="Alpine Linux"\nID=alpine\nVERSION_ID=${version}\nPRETTY_NAME="Alpine Linux v${version.split('.').slice(0, 2).join('.')}"\nHOME_URL="https://alpinelinux.org/"\nBUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"\n`),
    file('/etc/apk/arch', `${musl}\n`),
    file('/etc/apk/repositories', `https://dl-cdn.alpinelinux.org/alpine/v${version.split('.').slice(0, 2).join('.')}/main\nhttps://dl-cdn.alpinelinux.org/alpine/v${version.split('.').slice(0, 2).join('.')}/community\n`),
    file('/etc/apk/world', packages.map(([p]) => p).filter((p) => ['alpine-baselayout', 'alpine-keys', 'apk-tools', 'busybox', 'libc-utils'].includes(p)).join('\n') + '\n'),
    file('/lib/apk/db/installed', installed),
    file('/etc/hostname', 'localhost\n'),
    file('/etc/hosts', '127.0.0.1\tlocalhost localhost.localdomain\n::1\t\tlocalhost localhost.localdomain\n'),
    file('/etc/passwd', 'root:x:0:0:root:/root:/bin/sh\nbin:x:1:1:bin:/bin:/sbin/nologin\ndaemon:x:2:2:daemon:/sbin:/sbin/nologin\nlp:x:4:7:lp:/var/spool/lpd:/sbin/nologin\nsync:x:5:0:sync:/sbin:/bin/sync\nshutdown:x:6:0:shutdown:/sbin:/sbin/shutdown\nhalt:x:7:0:halt:/sbin:/sbin/halt\nmail:x:8:12:mail:/var/mail:/sbin/nologin\nnews:x:9:13:news:/usr/lib/news:/sbin/nologin\noperator:x:11:0:operator:/root:/sbin/nologin\nftp:x:21:21::/var/lib/ftp:/sbin/nologin\nsshd:x:22:22:sshd:/dev/null:/sbin/nologin\nat:x:25:25:at:/var/spool/cron/atjobs:/sbin/nologin\nsquid:x:31:31:Squid:/var/cache/squid:/sbin/nologin\nxfs:x:33:33:X Font Server:/etc/X11/fs:/sbin/nologin\ngames:x:35:35:games:/usr/games:/sbin/nologin\ncyrus:x:85:12::/usr/cyrus:/sbin/nologin\nvpopmail:x:89:89::/var/vpopmail:/sbin/nologin\nntp:x:123:123:NTP:/var/empty:/sbin/nologin\nsmmsp:x:209:209:smmsp:/var/spool/mqueue:/sbin/nologin\nguest:x:405:100:guest:/dev/null:/sbin/nologin\nnobody:x:65534:65534:nobody:/:/sbin/nologin\n'),
    file('/etc/group', 'root:x:0:root\nbin:x:1:root,bin,daemon\ndaemon:x:2:root,bin,daemon\nsys:x:3:root,bin\nadm:x:4:root,daemon\ntty:x:5:\ndisk:x:6:root\nlp:x:7:lp\nkmem:x:9:\nwheel:x:10:root\nfloppy:x:11:root\nmail:x:12:mail\nnews:x:13:news\nuucp:x:14:uucp\ncron:x:16:cron\nconsole:x:17:\naudio:x:18:\ncdrom:x:19:\ndialout:x:20:root\nftp:x:21:\nsshd:x:22:\ninput:x:23:\ntape:x:26:root\nvideo:x:27:root\nnetdev:x:28:\nkvm:x:34:kvm\ngames:x:35:\nshadow:x:42:\nwww-data:x:82:\nusers:x:100:games\nntp:x:123:\nabuild:x:300:\nutmp:x:406:\nping:x:999:\nnogroup:x:65533:\nnobody:x:65534:\n'),
    file('/etc/shadow', 'root:*::0:::::\n', 0o640),
    file('/etc/profile', 'export PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"\nexport PAGER=less\numask 022\nfor script in /etc/profile.d/*.sh ; do\n\tif [ -r "$script" ] ; then\n\t\t. "$script"\n\tfi\ndone\nunset script\n'),
    file('/etc/shells', '# valid login shells\n/bin/sh\n/bin/ash\n'),
    file('/etc/motd', 'Welcome to Alpine!\n\nThe Alpine Wiki contains a large amount of how-to guides and general\ninformation about administrating Alpine systems.\nSee <https://wiki.alpinelinux.org/>.\n\nYou can setup the system with the command: setup-alpine\n\nYou may change this message by editing /etc/motd.\n\n'),
  ];
}

/** Programs of a minimal Debian/Ubuntu (coreutils, bash, dash, grep, sed, tar, apt, dpkg…). */
const DEBIAN_BIN = words(`[ arch b2sum base32 base64 basename basenc bash cat chcon chgrp chmod chown cksum clear
cmp comm cp csplit cut dash date dd df diff dir dircolors dirname dmesg dpkg dpkg-deb dpkg-query du echo egrep env
expand expr factor false fgrep find fmt fold getopt grep groups gunzip gzip head hostid hostname id install join
kill link ln logname ls lsblk md5sum mkdir mkfifo mknod mktemp more mount mv nice nl nohup nproc numfmt od paste
pathchk perl pinky pr printenv printf ptx pwd readlink realpath rm rmdir runcon sed seq sha1sum sha224sum
sha256sum sha384sum sha512sum shred shuf sleep sort split stat stdbuf stty su sum sync tac tail tar tee test
timeout touch tr true truncate tsort tty umount uname uncompress unexpand uniq unlink users vdir wc which who
whoami xargs yes zcat apt apt-cache apt-config apt-get apt-key apt-mark gpgv login passwd chsh chfn newgrp
gpasswd expiry chage faillog lastlog`);
const DEBIAN_SBIN = words(`adduser addgroup agetty blkid chroot deluser delgroup fsck getty groupadd groupdel
groupmod halt init ldconfig losetup mkfs mkswap pivot_root reboot runuser shutdown start-stop-daemon swapoff
swapon sysctl useradd userdel usermod pam-auth-update`);

export interface DebianFlavor {
  osRelease: string;
  version: string;
  passwdExtra?: string;
  groupExtra?: string;
  sources: [string, string];
  packages: [string, string][];
}

export function debianRoot(arch: Arch, f: DebianFlavor): Node[] {
  const t = TRIPLET[arch];
  const status = f.packages
    .map(([p, v]) => `Package: ${p}\nStatus: install ok installed\nPriority: required\nArchitecture: ${p.startsWith('tzdata') ? 'all' : arch}\nVersion: ${v}\n`)
    .join('\n');
  return [
    ...dirs(
      '/boot', '/dev', '/etc', '/etc/apt', '/etc/apt/apt.conf.d', '/etc/apt/preferences.d', '/etc/apt/sources.list.d', '/etc/apt/trusted.gpg.d',
      '/etc/dpkg', '/etc/profile.d', '/etc/skel', '/home', '/media', '/mnt', '/opt', '/proc', '/root', '/run', '/run/lock', '/srv', '/sys', '/tmp',
      '/usr', '/usr/bin', '/usr/games', '/usr/include', '/usr/lib', `/usr/lib/${t}`, '/usr/libexec', '/usr/local', '/usr/local/bin',
      '/usr/local/etc', '/usr/local/games', '/usr/local/include', '/usr/local/lib', '/usr/local/man', '/usr/local/sbin', '/usr/local/share',
      '/usr/local/src', '/usr/sbin', '/usr/share', '/usr/share/doc', '/usr/share/man', '/usr/src', '/var', '/var/backups', '/var/cache',
      '/var/cache/apt', '/var/cache/apt/archives', '/var/lib', '/var/lib/apt', '/var/lib/apt/lists', '/var/lib/dpkg', '/var/lib/dpkg/info',
      '/var/lib/misc', '/var/local', '/var/log', '/var/log/apt', '/var/mail', '/var/opt', '/var/spool', '/var/tmp',
    ),
    link('/bin', 'usr/bin'),
    link('/sbin', 'usr/sbin'),
    link('/lib', 'usr/lib'),
    ...(arch === 'amd64' ? [link('/lib64', 'usr/lib64'), dir('/usr/lib64'), link(`/usr/lib64/${LOADER[arch]}`, `/lib/${t}/${LOADER[arch]}`)] : []),
    link('/var/lock', '/run/lock'),
    link('/var/run', '/run'),
    ...programs('/usr/bin', DEBIAN_BIN.filter((p) => p !== 'dash' && p !== 'bash' && p !== 'perl')),
    exe('/usr/bin/bash', 'bash'),
    exe('/usr/bin/dash', 'sh'),
    link('/usr/bin/sh', 'dash'),
    link('/usr/bin/rbash', 'bash'),
    exe(`/usr/bin/perl`, 'perl'),
    ...programs('/usr/sbin', DEBIAN_SBIN),
    exe(`/usr/lib/${t}/${LOADER[arch]}`, 'ld.so'),
    exe(`/usr/lib/${t}/libc.so.6`, 'libc.so.6'),
    exe(`/usr/lib/${t}/libm.so.6`, 'libm.so.6'),
    exe(`/usr/lib/${t}/libz.so.1`, 'libz.so.1'),
    file('/usr/lib/os-release', f.osRelease),
    link('/etc/os-release', '../usr/lib/os-release'),
    file('/etc/debian_version', `${f.version}\n`),
    file('/etc/hostname', ''),
    file('/etc/host.conf', 'multi on\n'),
    file('/etc/shells', '# /etc/shells: valid login shells\n/bin/sh\n/usr/bin/sh\n/bin/bash\n/usr/bin/bash\n/bin/rbash\n/usr/bin/rbash\n/bin/dash\n/usr/bin/dash\n'),
    file('/etc/passwd', `root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\nbin:x:2:2:bin:/bin:/usr/sbin/nologin\nsys:x:3:3:sys:/dev:/usr/sbin/nologin\nsync:x:4:65534:sync:/bin:/bin/sync\ngames:x:5:60:games:/usr/games:/usr/sbin/nologin\nman:x:6:12:man:/var/cache/man:/usr/sbin/nologin\nlp:x:7:7:lp:/var/spool/lpd:/usr/sbin/nologin\nmail:x:8:8:mail:/var/mail:/usr/sbin/nologin\nnews:x:9:9:news:/var/spool/news:/usr/sbin/nologin\nuucp:x:10:10:uucp:/var/spool/uucp:/usr/sbin/nologin\nproxy:x:13:13:proxy:/bin:/usr/sbin/nologin\nwww-data:x:33:33:www-data:/var/www:/usr/sbin/nologin\nbackup:x:34:34:backup:/var/backups:/usr/sbin/nologin\nlist:x:38:38:Mailing List Manager:/var/list:/usr/sbin/nologin\nirc:x:39:39:ircd:/run/ircd:/usr/sbin/nologin\n_apt:x:42:65534::/nonexistent:/usr/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n${f.passwdExtra ?? ''}`),
    file('/etc/group', `root:x:0:\ndaemon:x:1:\nbin:x:2:\nsys:x:3:\nadm:x:4:\ntty:x:5:\ndisk:x:6:\nlp:x:7:\nmail:x:8:\nnews:x:9:\nuucp:x:10:\nman:x:12:\nproxy:x:13:\nkmem:x:15:\ndialout:x:20:\nfax:x:21:\nvoice:x:22:\ncdrom:x:24:\nfloppy:x:25:\ntape:x:26:\nsudo:x:27:\naudio:x:29:\ndip:x:30:\nwww-data:x:33:\nbackup:x:34:\noperator:x:37:\nlist:x:38:\nirc:x:39:\nsrc:x:40:\nshadow:x:42:\nutmp:x:43:\nvideo:x:44:\nsasl:x:45:\nplugdev:x:46:\nstaff:x:50:\ngames:x:60:\nusers:x:100:\nnogroup:x:65534:\n${f.groupExtra ?? ''}`),
    file('/etc/shadow', 'root:*:19000:0:99999:7:::\n', 0o640),
    file('/etc/bash.bashrc', "# System-wide .bashrc file for interactive bash(1) shells.\n[ -z \"$PS1\" ] && return\nPS1='${debian_chroot:+($debian_chroot)}\\u@\\h:\\w\\$ '\n"),
    file('/etc/profile', 'if [ "$(id -u)" -eq 0 ]; then\n  PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"\nelse\n  PATH="/usr/local/bin:/usr/bin:/bin:/usr/local/games:/usr/games"\nfi\nexport PATH\n'),
    file('/root/.bashrc', "# ~/.bashrc: executed by bash(1) for non-login shells.\nexport LS_OPTIONS='--color=auto'\n"),
    file('/root/.profile', '# ~/.profile: executed by Bourne-compatible login shells.\nif [ "$BASH" ]; then\n  if [ -f ~/.bashrc ]; then\n    . ~/.bashrc\n  fi\nfi\nmesg n 2> /dev/null || true\n'),
    file(f.sources[0], f.sources[1]),
    file('/var/lib/dpkg/status', status),
    file('/etc/dpkg/origins/default', ''),
  ];
}
