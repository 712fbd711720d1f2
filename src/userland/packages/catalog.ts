// The simulated package archives: a dozen packages a Docker course installs, for Alpine 3.20 (apk) and
// Debian 12 (apt), with their dependencies, versions, sizes and the programs they bring.

export interface PackageSpec {
  name: string;
  version: string;
  /** Direct dependencies, installed first. */
  deps: string[];
  /** Installed size in bytes. */
  size: number;
  /** Download size in bytes. */
  download: number;
  /** Executables: path → simulated program name. */
  programs?: Record<string, string>;
  /** Symbolic links: path → target. */
  links?: Record<string, string>;
  /** apt: packages it suggests (listed, not installed). */
  suggests?: string[];
}

export type Archive = ReadonlyMap<string, PackageSpec>;

function archive(specs: PackageSpec[]): Archive {
  return new Map(specs.map((s) => [s.name, s]));
}

const KB = 1024;
const lib = (name: string, version: string, size: number, deps: string[] = []): PackageSpec => ({
  name,
  version,
  deps,
  size: size * KB,
  download: Math.round(size * KB * 0.42),
});

/** Alpine 3.20 (main and community). */
export const ALPINE_ARCHIVE: Archive = archive([
  lib('ca-certificates', '20240705-r0', 680),
  lib('brotli-libs', '1.1.0-r2', 728),
  lib('c-ares', '1.33.1-r0', 216),
  lib('libunistring', '1.2-r0', 1760),
  lib('libidn2', '2.3.7-r0', 140, ['libunistring']),
  lib('nghttp2-libs', '1.62.1-r0', 168),
  lib('libpsl', '0.21.5-r1', 88, ['libidn2']),
  lib('libcurl', '8.10.1-r0', 652, [
    'ca-certificates',
    'brotli-libs',
    'c-ares',
    'libidn2',
    'nghttp2-libs',
    'libpsl',
  ]),
  { ...lib('curl', '8.10.1-r0', 252, ['ca-certificates', 'libcurl']), programs: { '/usr/bin/curl': 'curl' } },
  lib('ncurses-terminfo-base', '6.4_p20240420-r1', 208),
  lib('libncursesw', '6.4_p20240420-r1', 364, ['ncurses-terminfo-base']),
  lib('readline', '8.2.10-r0', 272, ['libncursesw']),
  { ...lib('bash', '5.2.26-r0', 1336, ['readline']), programs: { '/bin/bash': 'bash' } },
  lib('libexpat', '2.6.3-r0', 160),
  lib('pcre2', '10.43-r0', 652),
  {
    ...lib('git', '2.45.2-r0', 14700, ['libcurl', 'libexpat', 'pcre2']),
    programs: { '/usr/bin/git': 'git' },
  },
  lib('libbz2', '1.0.8-r6', 84),
  lib('libffi', '3.4.6-r0', 52),
  lib('gdbm', '1.23-r1', 240),
  lib('xz-libs', '5.6.2-r0', 220),
  lib('mpdecimal', '4.0.0-r0', 276),
  lib('libpanelw', '6.4_p20240420-r1', 20, ['libncursesw']),
  lib('sqlite-libs', '3.45.3-r1', 1516),
  {
    ...lib('python3', '3.12.7-r0', 44100, [
      'libbz2',
      'libexpat',
      'libffi',
      'gdbm',
      'xz-libs',
      'mpdecimal',
      'libpanelw',
      'readline',
      'sqlite-libs',
    ]),
    programs: { '/usr/bin/python3.12': 'python3' },
    links: { '/usr/bin/python3': 'python3.12' },
  },
  {
    ...lib('py3-pip', '24.0-r2', 10200, ['python3']),
    programs: { '/usr/bin/pip3': 'pip3' },
    links: { '/usr/bin/pip': 'pip3' },
  },
  lib('xxd', '9.1.0707-r0', 20),
  lib('vim-common', '9.1.0707-r0', 13900),
  {
    ...lib('vim', '9.1.0707-r0', 3400, ['xxd', 'vim-common', 'libncursesw']),
    programs: { '/usr/bin/vim': 'vi' },
  },
  { ...lib('nano', '8.0-r0', 600, ['libncursesw']), programs: { '/usr/bin/nano': 'nano' } },
  lib('oniguruma', '6.9.9-r0', 540),
  { ...lib('jq', '1.7.1-r0', 324, ['oniguruma']), programs: { '/usr/bin/jq': 'jq' } },
  { ...lib('htop', '3.3.0-r0', 292, ['libncursesw']), programs: { '/usr/bin/htop': 'htop' } },
  lib('tzdata', '2024b-r0', 1580),
]);

/** Debian 12 bookworm (main, updates, security). */
export const DEBIAN_ARCHIVE: Archive = archive([
  lib('ca-certificates', '20230311', 401, ['openssl']),
  lib('openssl', '3.0.14-1~deb12u2', 2318, ['libssl3']),
  lib('libssl3', '3.0.14-1~deb12u2', 6147),
  lib('libbrotli1', '1.0.9-2+b6', 783),
  lib('libnghttp2-14', '1.52.0-1+deb12u1', 203),
  lib('libpsl5', '0.21.2-1', 104),
  lib('librtmp1', '2.4+20151223.gitfa8646d.1-2+b2', 135),
  lib('libssh2-1', '1.10.0-3+b1', 275),
  lib('libcurl4', '7.88.1-10+deb12u7', 822, [
    'libbrotli1',
    'libnghttp2-14',
    'libpsl5',
    'librtmp1',
    'libssh2-1',
    'libssl3',
  ]),
  {
    ...lib('curl', '7.88.1-10+deb12u7', 500, ['libcurl4', 'ca-certificates']),
    programs: { '/usr/bin/curl': 'curl' },
  },
  lib('libexpat1', '2.5.0-1+deb12u1', 235),
  lib('libpython3.11-minimal', '3.11.2-6+deb12u3', 5187),
  lib('python3.11-minimal', '3.11.2-6+deb12u3', 6230, ['libpython3.11-minimal', 'libexpat1']),
  lib('media-types', '10.0.0', 102),
  lib('libpython3.11-stdlib', '3.11.2-6+deb12u3', 8064, ['libpython3.11-minimal', 'media-types']),
  {
    ...lib('python3.11', '3.11.2-6+deb12u3', 625, ['python3.11-minimal', 'libpython3.11-stdlib']),
    programs: { '/usr/bin/python3.11': 'python3' },
  },
  {
    ...lib('python3', '3.11.2-1+b1', 90, ['python3.11']),
    links: { '/usr/bin/python3': 'python3.11' },
    suggests: ['python3-doc', 'python3-tk', 'python3-venv'],
  },
  { ...lib('python3-pip', '23.0.1+dfsg-1', 7204, ['python3']), programs: { '/usr/bin/pip3': 'pip3' } },
  lib('liberror-perl', '0.17029-2', 40),
  lib('git-man', '1:2.39.5-0+deb12u1', 2177),
  {
    ...lib('git', '1:2.39.5-0+deb12u1', 39180, ['libcurl4', 'libexpat1', 'liberror-perl', 'git-man']),
    programs: { '/usr/bin/git': 'git' },
    suggests: [
      'gettext-base',
      'git-daemon-run',
      'git-doc',
      'git-email',
      'git-gui',
      'gitk',
      'gitweb',
      'git-cvs',
      'git-mediawiki',
      'git-svn',
    ],
  },
  lib('libgpm2', '1.20.7-10+b1', 60),
  lib('vim-common', '2:9.0.1378-2', 376),
  lib('vim-runtime', '2:9.0.1378-2', 34937),
  {
    ...lib('vim', '2:9.0.1378-2', 3990, ['vim-common', 'vim-runtime', 'libgpm2']),
    programs: { '/usr/bin/vim.basic': 'vi' },
    links: { '/usr/bin/vim': 'vim.basic' },
  },
  { ...lib('nano', '7.2-1+deb12u1', 2758), programs: { '/usr/bin/nano': 'nano' } },
  lib('libonig5', '6.9.8-1', 623),
  lib('libjq1', '1.6-2.1', 443, ['libonig5']),
  { ...lib('jq', '1.6-2.1', 102, ['libjq1']), programs: { '/usr/bin/jq': 'jq' } },
  lib('libproc2-0', '2:4.0.2-3', 311),
  {
    ...lib('procps', '2:4.0.2-3', 2389, ['libproc2-0']),
    programs: {
      '/usr/bin/ps': 'ps',
      '/usr/bin/top': 'top',
      '/usr/bin/free': 'free',
      '/usr/bin/kill': 'kill',
    },
  },
  lib('libcap2-bin', '1:2.66-4', 120),
  { ...lib('iputils-ping', '3:20221126-1', 118, ['libcap2-bin']), programs: { '/usr/bin/ping': 'ping' } },
  { ...lib('iproute2', '6.1.0-3', 3840), programs: { '/usr/bin/ip': 'ip', '/usr/bin/ss': 'ss' } },
  { ...lib('wget', '1.21.3-1+b2', 3671), programs: { '/usr/bin/wget': 'wget' } },
  { ...lib('htop', '3.2.2-2', 337), programs: { '/usr/bin/htop': 'htop' } },
]);

/** The packages to install for `wanted`, dependencies first, skipping `installed` ones. */
export function resolveInstall(
  archiveOf: Archive,
  wanted: string[],
  installed: (name: string) => boolean,
): PackageSpec[] {
  const order: PackageSpec[] = [];
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name) || installed(name)) return;
    seen.add(name);
    const spec = archiveOf.get(name);
    if (!spec) return;
    for (const d of spec.deps) visit(d);
    order.push(spec);
  };
  for (const w of wanted) visit(w);
  return order;
}
