// The catalog of the simulated Docker Hub: repositories, tags, and how each image is built (layers
// with their real-world sizes, configs and histories close to the official images').
import type { ContainerConfig } from '../../src/engine/api/types';
import { alpineRoot, busyboxRoot, debianRoot, type Arch } from './distros';
import { dir, exe, file, link, programs, script, words, type Node } from './tree';
import { withAccounts, type Account } from './users';

export interface LayerSpec {
  /** Identity of the layer in the catalog: images that share a base use the same key. */
  key: string;
  nodes: (arch: Arch) => Node[];
  /** Compressed (download) and uncompressed sizes of the real layer, in bytes. */
  compressed: number;
  size: number;
}

export interface Step {
  createdBy: string;
  layer?: LayerSpec;
  comment?: string;
}

export interface ImageSpec {
  created: string;
  steps: Step[];
  config: ContainerConfig;
}

export interface RepositorySpec {
  name: string;
  description: string;
  official: boolean;
  stars: number;
  /** Tag → image; several tags may name the same image. */
  tags: Record<string, ImageSpec>;
}

const PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
const MB = 1_000_000;
const KB = 1_000;

// ---- bases ----------------------------------------------------------------------------------------

const busyboxLayer: LayerSpec = { key: 'busybox-1.36.1', nodes: busyboxRoot, compressed: 2.15 * MB, size: 4.26 * MB };
const busybox: ImageSpec = {
  created: '2023-05-18T22:34:17Z',
  steps: [
    { createdBy: '/bin/sh -c #(nop) ADD file:7e9002edaafd4e4579b65c8f0aaabde1aeb7fd3f8d95579f7a0d3e3a3b8f1f8b in / ', layer: busyboxLayer },
    { createdBy: '/bin/sh -c #(nop)  CMD ["sh"]' },
  ],
  config: { Env: [PATH], Cmd: ['sh'] },
};

const ALPINE_PKGS: [string, string][] = [
  ['alpine-baselayout', '3.6.5-r0'], ['alpine-baselayout-data', '3.6.5-r0'], ['alpine-keys', '2.4-r1'], ['apk-tools', '2.14.4-r0'],
  ['busybox', '1.36.1-r29'], ['busybox-binsh', '1.36.1-r29'], ['ca-certificates-bundle', '20240705-r0'], ['libcrypto3', '3.3.2-r0'],
  ['libssl3', '3.3.2-r0'], ['musl', '1.2.5-r0'], ['musl-utils', '1.2.5-r0'], ['scanelf', '1.3.7-r2'], ['ssl_client', '1.36.1-r29'],
  ['zlib', '1.3.1-r1'],
];
const alpineLayer: LayerSpec = { key: 'alpine-3.20.3', nodes: (a) => alpineRoot(a, '3.20.3', ALPINE_PKGS), compressed: 3.62 * MB, size: 7.8 * MB };
const alpine: ImageSpec = {
  created: '2024-09-06T22:20:07Z',
  steps: [
    { createdBy: '/bin/sh -c #(nop) ADD file:5758b97d8301c84a204a6e516241275d785a7cade40b2fb99f01fe122482e283 in / ', layer: alpineLayer },
    { createdBy: '/bin/sh -c #(nop)  CMD ["/bin/sh"]' },
  ],
  config: { Env: [PATH], Cmd: ['/bin/sh'] },
};

const DEB_PKGS: [string, string][] = words(
  'adduser:3.134 apt:2.6.1 base-files:12.4+deb12u7 base-passwd:3.6.1 bash:5.2.15-2+b7 bsdutils:1:2.38.1-5+deb12u1 coreutils:9.1-1 dash:0.5.12-2 ' +
    'debconf:1.5.82 debian-archive-keyring:2023.3+deb12u1 debianutils:5.7-0.5~deb12u1 diffutils:1:3.8-4 dpkg:1.21.22 findutils:4.9.0-4 ' +
    'gpgv:2.2.40-1.1 grep:3.8-5 gzip:1.12-1 hostname:3.23+nmu1 init-system-helpers:1.65.2 libc-bin:2.36-9+deb12u8 libc6:2.36-9+deb12u8 ' +
    'login:1:4.13+dfsg1-1+b1 mawk:1.3.4.20200120-3.1 mount:2.38.1-5+deb12u1 passwd:1:4.13+dfsg1-1+b1 perl-base:5.36.0-7+deb12u1 sed:4.9-1 ' +
    'sysvinit-utils:3.06-4 tar:1.34+dfsg-1.2+deb12u1 tzdata:2024a-0+deb12u1 util-linux:2.38.1-5+deb12u1 zlib1g:1:1.2.13.dfsg-1',
).map((w) => [w.slice(0, w.indexOf(':')), w.slice(w.indexOf(':') + 1)]);
const DEB_OS = `PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nVERSION_ID="12"\nVERSION="12 (bookworm)"\nVERSION_CODENAME=bookworm\nID=debian\nHOME_URL="https://www.debian.org/"\nSUPPORT_URL="https://www.debian.org/support"\nBUG_REPORT_URL="https://bugs.debian.org/"\n`;
const DEB_SOURCES: [string, string] = [
  '/etc/apt/sources.list.d/debian.sources',
  'Types: deb\n# http://snapshot.debian.org/archive/debian/20240926T000000Z\nURIs: http://deb.debian.org/debian\nSuites: bookworm bookworm-updates\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n\nTypes: deb\nURIs: http://deb.debian.org/debian-security\nSuites: bookworm-security\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n',
];
const debianFlavor = { osRelease: DEB_OS, version: '12.7', sources: DEB_SOURCES, packages: DEB_PKGS };
const debianLayer: LayerSpec = {
  key: 'debian-bookworm',
  nodes: (a) => [...debianRoot(a, debianFlavor), dir('/usr/share/man/man1')],
  compressed: 49.56 * MB,
  size: 116.5 * MB,
};
const debianSlimLayer: LayerSpec = { key: 'debian-bookworm-slim', nodes: (a) => debianRoot(a, debianFlavor), compressed: 28.23 * MB, size: 74.8 * MB };
const debianImage = (layer: LayerSpec, file: string): ImageSpec => ({
  created: '2024-09-26T21:31:42Z',
  steps: [{ createdBy: `# debian.sh --arch 'amd64' out/ 'bookworm' '@1727654400'`, layer, comment: `debuerreotype 0.15 ${file}` }],
  config: { Env: [PATH], Cmd: ['bash'] },
});
const debian = debianImage(debianLayer, 'bookworm');
const debianSlim = debianImage(debianSlimLayer, 'bookworm-slim');

const ubuntuFlavor = (version: string, codename: string, pretty: string) => ({
  osRelease: `PRETTY_NAME="${pretty}"\nNAME="Ubuntu"\nVERSION_ID="${version}"\nVERSION="${pretty.replace('Ubuntu ', '')}"\nVERSION_CODENAME=${codename}\nID=ubuntu\nID_LIKE=debian\nHOME_URL="https://www.ubuntu.com/"\nSUPPORT_URL="https://help.ubuntu.com/"\nBUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/"\nPRIVACY_POLICY_URL="https://www.ubuntu.com/legal/terms-and-policies/privacy-policy"\nUBUNTU_CODENAME=${codename}\nLOGO=ubuntu-logo\n`,
  version: `${codename}/sid`,
  passwdExtra: version === '24.04' ? 'ubuntu:x:1000:1000:Ubuntu:/home/ubuntu:/bin/bash\n' : '',
  groupExtra: version === '24.04' ? 'ubuntu:x:1000:\n' : '',
  sources: [
    version === '24.04' ? '/etc/apt/sources.list.d/ubuntu.sources' : '/etc/apt/sources.list',
    version === '24.04'
      ? `Types: deb\nURIs: http://archive.ubuntu.com/ubuntu/\nSuites: ${codename} ${codename}-updates ${codename}-backports\nComponents: main universe restricted multiverse\nSigned-By: /usr/share/keyrings/ubuntu-archive-keyring.gpg\n`
      : `deb http://archive.ubuntu.com/ubuntu/ ${codename} main restricted\ndeb http://archive.ubuntu.com/ubuntu/ ${codename}-updates main restricted\n`,
  ] as [string, string],
  packages: DEB_PKGS.map(([p, v]): [string, string] => [p, v.replace(/deb12u\d+/, 'ubuntu1')]),
});
const ubuntuImage = (version: string, codename: string, pretty: string, created: string, compressed: number, size: number): ImageSpec => ({
  created,
  steps: [
    { createdBy: '/bin/sh -c #(nop)  ARG RELEASE' },
    { createdBy: '/bin/sh -c #(nop)  ARG LAUNCHPAD_BUILD_ARCH' },
    { createdBy: '/bin/sh -c #(nop)  LABEL org.opencontainers.image.ref.name=ubuntu' },
    { createdBy: `/bin/sh -c #(nop)  LABEL org.opencontainers.image.version=${version}` },
    {
      createdBy: '/bin/sh -c #(nop) ADD file:ebe009f86035c175ba244badd298a2582914415cf62783d510eab3a311a5d4e1 in / ',
      layer: {
        key: `ubuntu-${version}`,
        nodes: (a) => [...debianRoot(a, ubuntuFlavor(version, codename, pretty)), ...(version === '24.04' ? [dir('/home/ubuntu', 0o750, 1000, 1000)] : [])],
        compressed,
        size,
      },
    },
    { createdBy: '/bin/sh -c #(nop)  CMD ["/bin/bash"]' },
  ],
  config: { Env: [PATH], Cmd: ['/bin/bash'], Labels: { 'org.opencontainers.image.ref.name': 'ubuntu', 'org.opencontainers.image.version': version } },
});
const ubuntuNoble = ubuntuImage('24.04', 'noble', 'Ubuntu 24.04.1 LTS', '2024-09-11T16:25:19Z', 29.75 * MB, 78.1 * MB);
const ubuntuJammy = ubuntuImage('22.04', 'jammy', 'Ubuntu 22.04.5 LTS', '2024-09-11T16:25:10Z', 29.54 * MB, 77.9 * MB);
const ubuntuJammyLayer = ubuntuJammy.steps.find((s) => s.layer)!.layer!;

const oracleLayer: LayerSpec = {
  key: 'oraclelinux-9-slim',
  nodes: (a) => [
    ...debianRoot(a, {
      osRelease: 'NAME="Oracle Linux Server"\nVERSION="9.4"\nID="ol"\nID_LIKE="fedora"\nVERSION_ID="9.4"\nPLATFORM_ID="platform:el9"\nPRETTY_NAME="Oracle Linux Server 9.4"\nANSI_COLOR="0;31"\nCPE_NAME="cpe:/o:oracle:linux:9:4:server"\nHOME_URL="https://linux.oracle.com/"\n',
      version: '',
      sources: ['/etc/yum.repos.d/oracle-linux-ol9.repo', '[ol9_baseos_latest]\nname=Oracle Linux 9 BaseOS Latest ($basearch)\nbaseurl=https://yum$ociregion.$ocidomain/repo/OracleLinux/OL9/baseos/latest/$basearch/\nenabled=1\n'],
      packages: [],
    }).filter((n) => !/debian_version|\/apt|dpkg/.test(n.path)),
    exe('/usr/bin/microdnf', 'microdnf'),
    exe('/usr/bin/rpm', 'rpm'),
    file('/etc/oracle-release', 'Oracle Linux Server release 9.4\n'),
  ],
  compressed: 48.9 * MB,
  size: 114 * MB,
};

// ---- derived images -------------------------------------------------------------------------------

const NGINX_INDEX = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
`;
const NGINX_DEFAULT_CONF = `server {
    listen       80;
    listen  [::]:80;
    server_name  localhost;

    #access_log  /var/log/nginx/host.access.log  main;

    location / {
        root   /usr/share/nginx/html;
        index  index.html index.htm;
    }

    #error_page  404              /404.html;

    # redirect server error pages to the static page /50x.html
    #
    error_page   500 502 503 504  /50x.html;
    location = /50x.html {
        root   /usr/share/nginx/html;
    }
}
`;
const NGINX_CONF = `
user  nginx;
worker_processes  auto;

error_log  /var/log/nginx/error.log notice;
pid        /var/run/nginx.pid;


events {
    worker_connections  1024;
}


http {
    include       /etc/nginx/mime.types;
    default_type  application/octet-stream;

    log_format  main  '$remote_addr - $remote_user [$time_local] "$request" '
                      '$status $body_bytes_sent "$http_referer" '
                      '"$http_user_agent" "$http_x_forwarded_for"';

    access_log  /var/log/nginx/access.log  main;

    sendfile        on;
    #tcp_nopush     on;

    keepalive_timeout  65;

    #gzip  on;

    include /etc/nginx/conf.d/*.conf;
}
`;
const ENTRYPOINT_SH = (name: string, body: string) => `#!/bin/sh\n# vim:sw=4:ts=4:et\n# ${name} entrypoint\nset -e\n${body}\nexec "$@"\n`;

const nginx: ImageSpec = {
  created: '2024-10-02T17:55:35Z',
  steps: [
    ...debianSlim.steps,
    { createdBy: '/bin/sh -c #(nop)  CMD ["bash"]' },
    { createdBy: 'LABEL maintainer=NGINX Docker Maintainers <docker-maint@nginx.com>', comment: 'buildkit.dockerfile.v0' },
    { createdBy: 'ENV NGINX_VERSION=1.27.2', comment: 'buildkit.dockerfile.v0' },
    { createdBy: 'ENV NJS_VERSION=0.8.6', comment: 'buildkit.dockerfile.v0' },
    { createdBy: 'ENV NJS_RELEASE=1~bookworm', comment: 'buildkit.dockerfile.v0' },
    { createdBy: 'ENV PKG_RELEASE=1~bookworm', comment: 'buildkit.dockerfile.v0' },
    { createdBy: 'ENV DYNPKG_RELEASE=1~bookworm', comment: 'buildkit.dockerfile.v0' },
    {
      createdBy: 'RUN /bin/sh -c set -x     && groupadd --system --gid 101 nginx     && useradd --system --gid nginx --no-create-home --home /nonexistent --comment "nginx user" --shell /bin/false --uid 101 nginx     && apt-get update     && apt-get install --no-install-recommends --no-install-suggests -y gnupg1 ca-certificates     && apt-get install --no-install-recommends --no-install-suggests -y $nginxPackages gettext-base curl # buildkit',
      comment: 'buildkit.dockerfile.v0',
      layer: {
        key: 'nginx-1.27.2-install',
        nodes: (a) => [
          exe('/usr/sbin/nginx', 'nginx'),
          exe('/usr/bin/curl', 'curl'),
          exe('/usr/bin/envsubst', 'envsubst'),
          file('/etc/nginx/nginx.conf', NGINX_CONF),
          file('/etc/nginx/conf.d/default.conf', NGINX_DEFAULT_CONF),
          file('/etc/nginx/mime.types', 'types {\n    text/html                                        html htm shtml;\n    text/css                                         css;\n    application/javascript                           js;\n    image/png                                        png;\n    application/json                                 json;\n}\n'),
          file('/etc/nginx/fastcgi_params', 'fastcgi_param  QUERY_STRING       $query_string;\n'),
          link('/etc/nginx/modules', '/usr/lib/nginx/modules'),
          dir('/usr/lib/nginx/modules'),
          file('/usr/share/nginx/html/index.html', NGINX_INDEX),
          file('/usr/share/nginx/html/50x.html', '<!DOCTYPE html>\n<html>\n<head>\n<title>Error</title>\n</head>\n<body>\n<h1>An error occurred.</h1>\n<p>Sorry, the page you are looking for is currently unavailable.<br/>\nPlease try again later.</p>\n</body>\n</html>\n'),
          dir('/var/cache/nginx'),
          dir('/var/log/nginx'),
          link('/var/log/nginx/access.log', '/dev/stdout'),
          link('/var/log/nginx/error.log', '/dev/stderr'),
          ...withAccounts(debianSlimLayer.nodes(a), [{ name: 'nginx', uid: 101, gid: 101, comment: 'nginx user', home: '/nonexistent', shell: '/bin/false' }]),
        ],
        compressed: 43.9 * MB,
        size: 112 * MB,
      },
    },
    {
      createdBy: 'COPY docker-entrypoint.sh / # buildkit',
      comment: 'buildkit.dockerfile.v0',
      layer: {
        key: 'nginx-entrypoint',
        nodes: () => [script('/docker-entrypoint.sh', ENTRYPOINT_SH('nginx', 'if [ "$1" = "nginx" ] || [ "$1" = "nginx-debug" ]; then\n    if /usr/bin/find "/docker-entrypoint.d/" -mindepth 1 -maxdepth 1 -type f -print -quit 2>/dev/null | read v; then\n        echo "$0: /docker-entrypoint.d/ is not empty, will attempt to perform configuration"\n    fi\nfi'))],
        compressed: 628,
        size: 1620,
      },
    },
    {
      createdBy: 'COPY 10-listen-on-ipv6-by-default.sh /docker-entrypoint.d # buildkit',
      comment: 'buildkit.dockerfile.v0',
      layer: { key: 'nginx-ipv6', nodes: () => [script('/docker-entrypoint.d/10-listen-on-ipv6-by-default.sh', '#!/bin/sh\n# vim:sw=4:ts=4:et\nset -e\n')], compressed: 955, size: 2120 },
    },
    {
      createdBy: 'COPY 15-local-resolvers.envsh /docker-entrypoint.d # buildkit',
      comment: 'buildkit.dockerfile.v0',
      layer: { key: 'nginx-resolvers', nodes: () => [script('/docker-entrypoint.d/15-local-resolvers.envsh', '#!/bin/sh\n# vim:sw=2:ts=2:sts=2:et\nset -eu\n')], compressed: 405, size: 389 },
    },
    {
      createdBy: 'COPY 20-envsubst-on-templates.sh /docker-entrypoint.d # buildkit',
      comment: 'buildkit.dockerfile.v0',
      layer: { key: 'nginx-envsubst', nodes: () => [script('/docker-entrypoint.d/20-envsubst-on-templates.sh', '#!/bin/sh\nset -e\n')], compressed: 1210, size: 3020 },
    },
    {
      createdBy: 'COPY 30-tune-worker-processes.sh /docker-entrypoint.d # buildkit',
      comment: 'buildkit.dockerfile.v0',
      layer: { key: 'nginx-tune', nodes: () => [script('/docker-entrypoint.d/30-tune-worker-processes.sh', '#!/bin/sh\nset -eu\n')], compressed: 1400, size: 4620 },
    },
    { createdBy: 'ENTRYPOINT ["/docker-entrypoint.sh"]', comment: 'buildkit.dockerfile.v0' },
    { createdBy: 'EXPOSE map[80/tcp:{}]', comment: 'buildkit.dockerfile.v0' },
    { createdBy: 'STOPSIGNAL SIGQUIT', comment: 'buildkit.dockerfile.v0' },
    { createdBy: 'CMD ["nginx" "-g" "daemon off;"]', comment: 'buildkit.dockerfile.v0' },
  ],
  config: {
    Env: [PATH, 'NGINX_VERSION=1.27.2', 'NJS_VERSION=0.8.6', 'NJS_RELEASE=1~bookworm', 'PKG_RELEASE=1~bookworm', 'DYNPKG_RELEASE=1~bookworm'],
    Entrypoint: ['/docker-entrypoint.sh'],
    Cmd: ['nginx', '-g', 'daemon off;'],
    ExposedPorts: { '80/tcp': {} },
    StopSignal: 'SIGQUIT',
    Labels: { maintainer: 'NGINX Docker Maintainers <docker-maint@nginx.com>' },
  },
};

const httpd: ImageSpec = {
  created: '2024-09-27T00:35:46Z',
  steps: [
    ...debianSlim.steps,
    { createdBy: '/bin/sh -c #(nop)  CMD ["bash"]' },
    { createdBy: 'ENV HTTPD_PREFIX=/usr/local/apache2', comment: 'buildkit.dockerfile.v0' },
    { createdBy: 'ENV PATH=/usr/local/apache2/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', comment: 'buildkit.dockerfile.v0' },
    {
      createdBy: 'RUN /bin/sh -c mkdir -p "$HTTPD_PREFIX" \t&& chown www-data:www-data "$HTTPD_PREFIX" # buildkit',
      comment: 'buildkit.dockerfile.v0',
      layer: { key: 'httpd-prefix', nodes: () => [dir('/usr/local/apache2', 0o755, 33, 33)], compressed: 145, size: 0 },
    },
    { createdBy: 'WORKDIR /usr/local/apache2', comment: 'buildkit.dockerfile.v0' },
    {
      createdBy: 'RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tca-certificates \t\tlibaprutil1-ldap \t\tlibldap-common \t; \trm -rf /var/lib/apt/lists/* # buildkit',
      comment: 'buildkit.dockerfile.v0',
      layer: { key: 'httpd-deps', nodes: () => [exe('/usr/lib/x86_64-linux-gnu/libapr-1.so.0', 'libapr'), dir('/etc/ssl/certs')], compressed: 4.08 * MB, size: 10.7 * MB },
    },
    { createdBy: 'ENV HTTPD_VERSION=2.4.62', comment: 'buildkit.dockerfile.v0' },
    {
      createdBy: 'RUN /bin/sh -c set -eux; \t\tsavedAptMark="$(apt-mark showmanual)"; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tbzip2 \t\tdpkg-dev \t\tgcc \t\tmake \t; \t./configure --prefix="$HTTPD_PREFIX" --enable-mods-shared=reallyall; make -j "$(nproc)"; make install # buildkit',
      comment: 'buildkit.dockerfile.v0',
      layer: {
        key: 'httpd-2.4.62',
        nodes: () => [
          ...programs('/usr/local/apache2/bin', ['httpd', 'apachectl', 'htpasswd', 'ab', 'rotatelogs'], (n) => (n === 'apachectl' ? 'httpd' : n)),
          file('/usr/local/apache2/htdocs/index.html', '<html><body><h1>It works!</h1></body></html>\n'),
          file('/usr/local/apache2/conf/httpd.conf', 'ServerRoot "/usr/local/apache2"\nListen 80\nUser www-data\nGroup www-data\nDocumentRoot "/usr/local/apache2/htdocs"\nErrorLog /proc/self/fd/2\n'),
          dir('/usr/local/apache2/logs'),
          dir('/usr/local/apache2/cgi-bin'),
        ],
        compressed: 25.3 * MB,
        size: 62.6 * MB,
      },
    },
    { createdBy: 'STOPSIGNAL SIGWINCH', comment: 'buildkit.dockerfile.v0' },
    {
      createdBy: 'COPY httpd-foreground /usr/local/bin/ # buildkit',
      comment: 'buildkit.dockerfile.v0',
      layer: { key: 'httpd-foreground', nodes: () => [script('/usr/local/bin/httpd-foreground', '#!/bin/sh\nset -e\n\n# Apache gets grumpy about PID files pre-existing\nrm -f /usr/local/apache2/logs/httpd.pid\n\nexec httpd -DFOREGROUND "$@"\n')], compressed: 291, size: 138 },
    },
    { createdBy: 'EXPOSE map[80/tcp:{}]', comment: 'buildkit.dockerfile.v0' },
    { createdBy: 'CMD ["httpd-foreground"]', comment: 'buildkit.dockerfile.v0' },
  ],
  config: {
    Env: ['PATH=/usr/local/apache2/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'HTTPD_PREFIX=/usr/local/apache2', 'HTTPD_VERSION=2.4.62'],
    Cmd: ['httpd-foreground'],
    WorkingDir: '/usr/local/apache2',
    ExposedPorts: { '80/tcp': {} },
    StopSignal: 'SIGWINCH',
  },
};

// buildpack-deps:bookworm, shared by python and node.
const buildpackSteps: Step[] = [
  ...debian.steps,
  { createdBy: '/bin/sh -c #(nop)  CMD ["bash"]' },
  {
    createdBy: 'RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tca-certificates \t\tcurl \t\tgnupg \t\tnetbase \t\tsq \t\twget \t; \trm -rf /var/lib/apt/lists/* # buildkit',
    comment: 'buildkit.dockerfile.v0',
    layer: { key: 'buildpack-curl', nodes: () => programs('/usr/bin', ['curl', 'wget', 'gpg', 'sq']), compressed: 24.06 * MB, size: 60.7 * MB },
  },
  {
    createdBy: 'RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tgit \t\tmercurial \t\topenssh-client \t\tsubversion \t\tprocps \t; \trm -rf /var/lib/apt/lists/* # buildkit',
    comment: 'buildkit.dockerfile.v0',
    layer: { key: 'buildpack-scm', nodes: () => programs('/usr/bin', ['git', 'hg', 'ssh', 'scp', 'svn', 'ps', 'top', 'free', 'pgrep', 'pkill']), compressed: 64.39 * MB, size: 182 * MB },
  },
  {
    createdBy: 'RUN /bin/sh -c set -ex; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tautoconf \t\tautomake \t\tbzip2 \t\tdpkg-dev \t\tfile \t\tg++ \t\tgcc \t\tmake \t\tpatch \t\txz-utils \t; \trm -rf /var/lib/apt/lists/* # buildkit',
    comment: 'buildkit.dockerfile.v0',
    layer: { key: 'buildpack-dev', nodes: () => programs('/usr/bin', ['gcc', 'g++', 'cc', 'make', 'patch', 'file', 'xz', 'bzip2', 'autoconf', 'automake']), compressed: 211.3 * MB, size: 588 * MB },
  },
];

const python: ImageSpec = {
  created: '2024-09-27T03:17:07Z',
  steps: [
    ...buildpackSteps,
    { createdBy: 'ENV PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', comment: 'buildkit.dockerfile.v0' },
    { createdBy: 'ENV LANG=C.UTF-8', comment: 'buildkit.dockerfile.v0' },
    {
      createdBy: 'RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tlibbluetooth-dev \t\ttk-dev \t\tuuid-dev \t; \trm -rf /var/lib/apt/lists/* # buildkit',
      comment: 'buildkit.dockerfile.v0',
      layer: { key: 'python-deps', nodes: () => [dir('/usr/include/tk')], compressed: 6.16 * MB, size: 18.4 * MB },
    },
    { createdBy: 'ENV GPG_KEY=7169605F62C751356D054A26A821E680E5FA6305', comment: 'buildkit.dockerfile.v0' },
    { createdBy: 'ENV PYTHON_VERSION=3.12.7', comment: 'buildkit.dockerfile.v0' },
    {
      createdBy: 'RUN /bin/sh -c set -eux; \t\twget -O python.tar.xz "https://www.python.org/ftp/python/${PYTHON_VERSION%%[a-z]*}/Python-$PYTHON_VERSION.tar.xz"; \t./configure --enable-optimizations --with-lto; make -j "$nproc"; make install; python3 --version # buildkit',
      comment: 'buildkit.dockerfile.v0',
      layer: {
        key: 'python-3.12.7',
        nodes: () => [
          exe('/usr/local/bin/python3.12', 'python3'),
          link('/usr/local/bin/python3', 'python3.12'),
          exe('/usr/local/bin/pip3.12', 'pip'),
          link('/usr/local/bin/pip3', 'pip3.12'),
          exe('/usr/local/bin/idle3.12', 'python3'),
          exe('/usr/local/bin/pydoc3.12', 'python3'),
          dir('/usr/local/lib/python3.12/site-packages'),
          file('/usr/local/lib/python3.12/os.py', '# stub of the standard library module os\n'),
        ],
        compressed: 25.56 * MB,
        size: 71.2 * MB,
      },
    },
    {
      createdBy: 'RUN /bin/sh -c set -eux; \tfor src in idle3 pip3 pydoc3 python3 python3-config; do \t\tdst="$(echo "$src" | tr -d 3)"; \t\t[ -s "/usr/local/bin/$src" ]; \t\t[ ! -e "/usr/local/bin/$dst" ]; \t\tln -svT "$src" "/usr/local/bin/$dst"; \tdone # buildkit',
      comment: 'buildkit.dockerfile.v0',
      layer: {
        key: 'python-links',
        nodes: () => [link('/usr/local/bin/python', 'python3'), link('/usr/local/bin/pip', 'pip3'), link('/usr/local/bin/idle', 'idle3'), link('/usr/local/bin/pydoc', 'pydoc3')],
        compressed: 250,
        size: 36,
      },
    },
    { createdBy: 'CMD ["python3"]', comment: 'buildkit.dockerfile.v0' },
  ],
  config: {
    Env: ['PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'LANG=C.UTF-8', 'GPG_KEY=7169605F62C751356D054A26A821E680E5FA6305', 'PYTHON_VERSION=3.12.7'],
    Cmd: ['python3'],
  },
};

const NODE_ENTRY = '#!/bin/sh\nset -e\n\n# Run command with node if the first argument contains a "-" or is not a system command.\nif [ "${1#-}" != "${1}" ] || [ -z "$(command -v "${1}")" ] || { [ -f "${1}" ] && ! [ -x "${1}" ]; }; then\n  set -- node "$@"\nfi\n\nexec "$@"\n';
const node: ImageSpec = {
  created: '2024-10-03T01:33:14Z',
  steps: [
    ...buildpackSteps,
    {
      createdBy: 'RUN /bin/sh -c groupadd --gid 1000 node   && useradd --uid 1000 --gid node --shell /bin/bash --create-home node # buildkit',
      comment: 'buildkit.dockerfile.v0',
      layer: {
        key: 'node-user',
        nodes: (a) => [
          ...withAccounts(debianLayer.nodes(a), [{ name: 'node', uid: 1000, gid: 1000, home: '/home/node', shell: '/bin/bash' }]),
          dir('/home/node', 0o755, 1000, 1000),
          file('/home/node/.bashrc', '# ~/.bashrc\n'),
        ], compressed: 3.32 * KB, size: 8.93 * KB },
    },
    { createdBy: 'ENV NODE_VERSION=22.9.0', comment: 'buildkit.dockerfile.v0' },
    {
      createdBy: 'RUN /bin/sh -c ARCH= && dpkgArch="$(dpkg --print-architecture)"   && curl -fsSLO --compressed "https://nodejs.org/dist/v$NODE_VERSION/node-v$NODE_VERSION-linux-$ARCH.tar.xz"   && tar -xJf "node-v$NODE_VERSION-linux-$ARCH.tar.xz" -C /usr/local --strip-components=1 --no-same-owner   && ln -s /usr/local/bin/node /usr/local/bin/nodejs   && node --version   && npm --version # buildkit',
      comment: 'buildkit.dockerfile.v0',
      layer: {
        key: 'node-22.9.0',
        nodes: () => [
          exe('/usr/local/bin/node', 'node'),
          link('/usr/local/bin/nodejs', '/usr/local/bin/node'),
          link('/usr/local/bin/npm', '../lib/node_modules/npm/bin/npm-cli.js'),
          link('/usr/local/bin/npx', '../lib/node_modules/npm/bin/npx-cli.js'),
          link('/usr/local/bin/corepack', '../lib/node_modules/corepack/dist/corepack.js'),
          script('/usr/local/lib/node_modules/npm/bin/npm-cli.js', '#!/usr/bin/env node\nrequire(\'../lib/cli.js\')(process)\n'),
          script('/usr/local/lib/node_modules/npm/bin/npx-cli.js', '#!/usr/bin/env node\n'),
          script('/usr/local/lib/node_modules/corepack/dist/corepack.js', '#!/usr/bin/env node\n'),
        ],
        compressed: 49.72 * MB,
        size: 188 * MB,
      },
    },
    { createdBy: 'ENV YARN_VERSION=1.22.22', comment: 'buildkit.dockerfile.v0' },
    {
      createdBy: 'RUN /bin/sh -c set -ex   && curl -fsSLO --compressed "https://yarnpkg.com/downloads/$YARN_VERSION/yarn-v$YARN_VERSION.tar.gz"   && tar -xzf yarn-v$YARN_VERSION.tar.gz -C /opt/   && ln -s /opt/yarn-v$YARN_VERSION/bin/yarn /usr/local/bin/yarn   && yarn --version # buildkit',
      comment: 'buildkit.dockerfile.v0',
      layer: {
        key: 'node-yarn',
        nodes: () => [script('/opt/yarn-v1.22.22/bin/yarn', '#!/bin/sh\nexec node "$0.js" "$@"\n'), link('/usr/local/bin/yarn', '/opt/yarn-v1.22.22/bin/yarn'), link('/usr/local/bin/yarnpkg', '/opt/yarn-v1.22.22/bin/yarnpkg')],
        compressed: 1.25 * MB,
        size: 5.34 * MB,
      },
    },
    {
      createdBy: 'COPY docker-entrypoint.sh /usr/local/bin/ # buildkit',
      comment: 'buildkit.dockerfile.v0',
      layer: { key: 'node-entrypoint', nodes: () => [script('/usr/local/bin/docker-entrypoint.sh', NODE_ENTRY)], compressed: 450, size: 388 },
    },
    { createdBy: 'ENTRYPOINT ["docker-entrypoint.sh"]', comment: 'buildkit.dockerfile.v0' },
    { createdBy: 'CMD ["node"]', comment: 'buildkit.dockerfile.v0' },
  ],
  config: { Env: [PATH, 'NODE_VERSION=22.9.0', 'YARN_VERSION=1.22.22'], Entrypoint: ['docker-entrypoint.sh'], Cmd: ['node'] },
};

/** A server image on bookworm-slim: a user, the server's programs, an entrypoint, a data volume. */
function slimServer(o: {
  created: string;
  user: Account;
  env: string[];
  files: Node[];
  compressed: number;
  size: number;
  key: string;
  entry: string;
  cmd: string[];
  port: string;
  volume: string;
  workdir?: string;
  stopSignal?: string;
}): ImageSpec {
  const steps: Step[] = [
    ...debianSlim.steps,
    { createdBy: '/bin/sh -c #(nop)  CMD ["bash"]' },
    {
      createdBy: `RUN /bin/sh -c set -eux; \tgroupadd -r -g ${o.user.gid} ${o.user.name}; \tuseradd -r -g ${o.user.name} -u ${o.user.uid} ${o.user.name} # buildkit`,
      comment: 'buildkit.dockerfile.v0',
      layer: { key: `${o.key}-user`, nodes: (a) => withAccounts(debianSlimLayer.nodes(a), [o.user]), compressed: 1.1 * KB, size: 4.4 * KB },
    },
    ...o.env.map((e) => ({ createdBy: `ENV ${e}`, comment: 'buildkit.dockerfile.v0' })),
    {
      createdBy: `RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends ${o.key}; \trm -rf /var/lib/apt/lists/* # buildkit`,
      comment: 'buildkit.dockerfile.v0',
      layer: { key: o.key, nodes: () => o.files, compressed: o.compressed, size: o.size },
    },
    {
      createdBy: `RUN /bin/sh -c mkdir ${o.volume} && chown ${o.user.name}:${o.user.name} ${o.volume} # buildkit`,
      comment: 'buildkit.dockerfile.v0',
      layer: { key: `${o.key}-volume`, nodes: () => [dir(o.volume, 0o755, o.user.uid, o.user.gid)], compressed: 98, size: 0 },
    },
    { createdBy: `VOLUME [${o.volume}]`, comment: 'buildkit.dockerfile.v0' },
    ...(o.workdir ? [{ createdBy: `WORKDIR ${o.workdir}`, comment: 'buildkit.dockerfile.v0' }] : []),
    {
      createdBy: 'COPY docker-entrypoint.sh /usr/local/bin/ # buildkit',
      comment: 'buildkit.dockerfile.v0',
      layer: { key: `${o.key}-entrypoint`, nodes: () => [script('/usr/local/bin/docker-entrypoint.sh', ENTRYPOINT_SH(o.key, o.entry))], compressed: 2.1 * KB, size: 6.3 * KB },
    },
    { createdBy: 'ENTRYPOINT ["docker-entrypoint.sh"]', comment: 'buildkit.dockerfile.v0' },
    ...(o.stopSignal ? [{ createdBy: `STOPSIGNAL ${o.stopSignal}`, comment: 'buildkit.dockerfile.v0' }] : []),
    { createdBy: `EXPOSE map[${o.port}:{}]`, comment: 'buildkit.dockerfile.v0' },
    { createdBy: `CMD ${JSON.stringify(o.cmd).replace(/","/g, '" "')}`, comment: 'buildkit.dockerfile.v0' },
  ];
  const config: ContainerConfig = {
    Env: [PATH, ...o.env],
    Entrypoint: ['docker-entrypoint.sh'],
    Cmd: o.cmd,
    ExposedPorts: { [o.port]: {} },
    Volumes: { [o.volume]: {} },
  };
  if (o.workdir) config.WorkingDir = o.workdir;
  if (o.stopSignal) config.StopSignal = o.stopSignal;
  return { created: o.created, steps, config };
}

const redis = slimServer({
  created: '2024-10-03T19:23:54Z',
  user: { name: 'redis', uid: 999, gid: 999, home: '/home/redis', shell: '/bin/sh' },
  env: ['GOSU_VERSION=1.17', 'REDIS_VERSION=7.4.1'],
  files: [...programs('/usr/local/bin', ['redis-server', 'redis-cli', 'redis-benchmark', 'gosu']), link('/usr/local/bin/redis-check-aof', 'redis-server'), link('/usr/local/bin/redis-sentinel', 'redis-server')],
  compressed: 11.6 * MB,
  size: 42.4 * MB,
  key: 'redis',
  entry: 'if [ "$1" = \'redis-server\' -a "$(id -u)" = \'0\' ]; then\n\tfind . \\! -user redis -exec chown redis \'{}\' +\n\texec gosu redis "$0" "$@"\nfi',
  cmd: ['redis-server'],
  port: '6379/tcp',
  volume: '/data',
  workdir: '/data',
});

const postgres = slimServer({
  created: '2024-09-27T00:02:11Z',
  user: { name: 'postgres', uid: 999, gid: 999, home: '/var/lib/postgresql', shell: '/bin/bash' },
  env: ['GOSU_VERSION=1.17', 'LANG=en_US.utf8', 'PG_MAJOR=16', 'PATH=$PATH:/usr/lib/postgresql/16/bin', 'PG_VERSION=16.4-1.pgdg120+2', 'PGDATA=/var/lib/postgresql/data'],
  files: [
    ...programs('/usr/lib/postgresql/16/bin', ['postgres', 'initdb', 'pg_ctl', 'psql', 'pg_dump', 'pg_restore', 'createdb', 'dropdb']),
    ...programs('/usr/bin', ['psql', 'pg_dump', 'pg_isready']),
    exe('/usr/local/bin/gosu', 'gosu'),
    dir('/var/run/postgresql', 0o3777, 999, 999),
    file('/usr/share/postgresql/postgresql.conf.sample', "listen_addresses = '*'\n"),
  ],
  compressed: 112.5 * MB,
  size: 315 * MB,
  key: 'postgres',
  entry: 'if [ "$1" = \'postgres\' ] && [ "$(id -u)" = \'0\' ]; then\n\texec gosu postgres "$0" "$@"\nfi',
  cmd: ['postgres'],
  port: '5432/tcp',
  volume: '/var/lib/postgresql/data',
  stopSignal: 'SIGINT',
});
postgres.config.Env = postgres.config.Env!.map((e) => (e === 'PATH=$PATH:/usr/lib/postgresql/16/bin' ? '' : e)).filter(Boolean);
postgres.config.Env[0] = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/lib/postgresql/16/bin';

const mysql: ImageSpec = {
  created: '2024-09-24T20:52:17Z',
  steps: [
    { createdBy: '/bin/sh -c #(nop) ADD file:a5d9a1eb1c7bdf9b8e0e2b3bc4ffb8a9df2fa6e97e1a0fcff7ea9cbb4c6e7a12 in / ', layer: oracleLayer },
    { createdBy: '/bin/sh -c #(nop)  CMD ["/bin/bash"]' },
    {
      createdBy: 'RUN /bin/sh -c set -eux; \tgroupadd --system --gid 999 mysql; \tuseradd --system --uid 999 --gid 999 --home-dir /var/lib/mysql --no-create-home mysql # buildkit',
      comment: 'buildkit.dockerfile.v0',
      layer: { key: 'mysql-user', nodes: (a) => withAccounts(oracleLayer.nodes(a), [{ name: 'mysql', uid: 999, gid: 999, home: '/var/lib/mysql', shell: '/bin/bash' }]), compressed: 880, size: 2.6 * KB },
    },
    { createdBy: 'ENV GOSU_VERSION=1.17', comment: 'buildkit.dockerfile.v0' },
    { createdBy: 'ENV MYSQL_MAJOR=8.4', comment: 'buildkit.dockerfile.v0' },
    { createdBy: 'ENV MYSQL_VERSION=8.4.2-1.el9', comment: 'buildkit.dockerfile.v0' },
    {
      createdBy: 'RUN /bin/sh -c set -eu; \t. /etc/os-release; \tmicrodnf install -y "mysql-community-server-minimal-$MYSQL_VERSION"; \tmicrodnf clean all; \tmysqld --version; \tmysql --version # buildkit',
      comment: 'buildkit.dockerfile.v0',
      layer: {
        key: 'mysql-8.4.2',
        nodes: () => [...programs('/usr/sbin', ['mysqld']), ...programs('/usr/bin', ['mysql', 'mysqladmin', 'mysqldump', 'mysqlsh']), exe('/usr/local/bin/gosu', 'gosu'), file('/etc/my.cnf', '[mysqld]\nhost-cache-size=0\nskip-name-resolve\ndatadir=/var/lib/mysql\nsocket=/var/run/mysqld/mysqld.sock\n'), dir('/var/run/mysqld', 0o1777, 999, 999)],
        compressed: 162.4 * MB,
        size: 458 * MB,
      },
    },
    { createdBy: 'VOLUME [/var/lib/mysql]', comment: 'buildkit.dockerfile.v0' },
    {
      createdBy: 'COPY docker-entrypoint.sh /usr/local/bin/ # buildkit',
      comment: 'buildkit.dockerfile.v0',
      layer: { key: 'mysql-entrypoint', nodes: () => [script('/usr/local/bin/docker-entrypoint.sh', ENTRYPOINT_SH('mysql', 'if [ "$1" = \'mysqld\' ] && [ "$(id -u)" = \'0\' ]; then\n\texec gosu mysql "$0" "$@"\nfi'))], compressed: 5.3 * KB, size: 15.5 * KB },
    },
    { createdBy: 'ENTRYPOINT ["docker-entrypoint.sh"]', comment: 'buildkit.dockerfile.v0' },
    { createdBy: 'EXPOSE map[3306/tcp:{} 33060/tcp:{}]', comment: 'buildkit.dockerfile.v0' },
    { createdBy: 'CMD ["mysqld"]', comment: 'buildkit.dockerfile.v0' },
  ],
  config: {
    Env: [PATH, 'GOSU_VERSION=1.17', 'MYSQL_MAJOR=8.4', 'MYSQL_VERSION=8.4.2-1.el9', 'MYSQL_SHELL_VERSION=8.4.1-1.el9'],
    Entrypoint: ['docker-entrypoint.sh'],
    Cmd: ['mysqld'],
    ExposedPorts: { '3306/tcp': {}, '33060/tcp': {} },
    Volumes: { '/var/lib/mysql': {} },
  },
};

const mongo: ImageSpec = {
  created: '2024-09-27T16:57:43Z',
  steps: [
    ...ubuntuJammy.steps,
    {
      createdBy: 'RUN /bin/sh -c set -eux; \tgroupadd --gid 999 --system mongodb; \tuseradd --uid 999 --system --gid mongodb --home-dir /data/db mongodb; \tmkdir -p /data/db /data/configdb; \tchown -R mongodb:mongodb /data/db /data/configdb # buildkit',
      comment: 'buildkit.dockerfile.v0',
      layer: {
        key: 'mongo-user',
        nodes: (a) => [
          ...withAccounts(ubuntuJammyLayer.nodes(a), [{ name: 'mongodb', uid: 999, gid: 999, home: '/data/db', shell: '/bin/sh' }]),
          dir('/data/db', 0o755, 999, 999),
          dir('/data/configdb', 0o755, 999, 999),
        ], compressed: 1.2 * KB, size: 3.1 * KB },
    },
    { createdBy: 'ENV GOSU_VERSION=1.17', comment: 'buildkit.dockerfile.v0' },
    { createdBy: 'ENV MONGO_MAJOR=7.0', comment: 'buildkit.dockerfile.v0' },
    { createdBy: 'ENV MONGO_VERSION=7.0.14', comment: 'buildkit.dockerfile.v0' },
    {
      createdBy: 'RUN /bin/sh -c set -x \t&& export DEBIAN_FRONTEND=noninteractive \t&& apt-get update \t&& apt-get install -y ${MONGO_PACKAGE}=$MONGO_VERSION \t\t${MONGO_PACKAGE}-server=$MONGO_VERSION \t\t${MONGO_PACKAGE}-shell=$MONGO_VERSION \t&& rm -rf /var/lib/apt/lists/* # buildkit',
      comment: 'buildkit.dockerfile.v0',
      layer: { key: 'mongo-7.0.14', nodes: () => [...programs('/usr/bin', ['mongod', 'mongos', 'mongosh']), exe('/usr/local/bin/gosu', 'gosu'), file('/etc/mongod.conf.orig', 'storage:\n  dbPath: /var/lib/mongodb\nnet:\n  port: 27017\n  bindIp: 127.0.0.1\n')], compressed: 248.3 * MB, size: 678 * MB },
    },
    { createdBy: 'VOLUME [/data/db /data/configdb]', comment: 'buildkit.dockerfile.v0' },
    { createdBy: 'ENV HOME=/data/db', comment: 'buildkit.dockerfile.v0' },
    {
      createdBy: 'COPY docker-entrypoint.sh /usr/local/bin/ # buildkit',
      comment: 'buildkit.dockerfile.v0',
      layer: { key: 'mongo-entrypoint', nodes: () => [script('/usr/local/bin/docker-entrypoint.sh', ENTRYPOINT_SH('mongo', 'if [ "$1" = \'mongod\' ] && [ "$(id -u)" = \'0\' ]; then\n\texec gosu mongodb "$0" "$@"\nfi'))], compressed: 5.1 * KB, size: 14.2 * KB },
    },
    { createdBy: 'ENTRYPOINT ["docker-entrypoint.sh"]', comment: 'buildkit.dockerfile.v0' },
    { createdBy: 'EXPOSE map[27017/tcp:{}]', comment: 'buildkit.dockerfile.v0' },
    { createdBy: 'CMD ["mongod"]', comment: 'buildkit.dockerfile.v0' },
  ],
  config: {
    Env: [PATH, 'GOSU_VERSION=1.17', 'MONGO_PACKAGE=mongodb-org', 'MONGO_REPO=repo.mongodb.org', 'MONGO_MAJOR=7.0', 'MONGO_VERSION=7.0.14', 'HOME=/data/db'],
    Entrypoint: ['docker-entrypoint.sh'],
    Cmd: ['mongod'],
    ExposedPorts: { '27017/tcp': {} },
    Volumes: { '/data/db': {}, '/data/configdb': {} },
    Labels: { 'org.opencontainers.image.ref.name': 'ubuntu', 'org.opencontainers.image.version': '22.04' },
  },
};

const whoami: ImageSpec = {
  created: '2024-06-03T13:06:39Z',
  steps: [
    {
      createdBy: 'COPY /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ # buildkit',
      comment: 'buildkit.dockerfile.v0',
      layer: { key: 'whoami-certs', nodes: () => [file('/etc/ssl/certs/ca-certificates.crt', '-----BEGIN CERTIFICATE-----\n(bundle)\n-----END CERTIFICATE-----\n')], compressed: 126 * KB, size: 219 * KB },
    },
    {
      createdBy: 'COPY /go/whoami/whoami . # buildkit',
      comment: 'buildkit.dockerfile.v0',
      layer: { key: 'whoami-1.10.2', nodes: () => [exe('/whoami', 'whoami')], compressed: 3.06 * MB, size: 6.38 * MB },
    },
    { createdBy: 'ENTRYPOINT ["/whoami"]', comment: 'buildkit.dockerfile.v0' },
    { createdBy: 'EXPOSE map[80/tcp:{}]', comment: 'buildkit.dockerfile.v0' },
  ],
  config: { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], Entrypoint: ['/whoami'], ExposedPorts: { '80/tcp': {} } },
};

const registry: ImageSpec = {
  created: '2023-10-02T18:35:38Z',
  steps: [
    ...alpine.steps,
    {
      createdBy: '/bin/sh -c apk add --no-cache ca-certificates',
      layer: { key: 'registry-certs', nodes: () => [file('/etc/ssl/certs/ca-certificates.crt', '-----BEGIN CERTIFICATE-----\n(bundle)\n-----END CERTIFICATE-----\n')], compressed: 295 * KB, size: 642 * KB },
    },
    {
      createdBy: '/bin/sh -c set -eux; \tversion=\'2.8.3\'; \twget -O registry.tar.gz "https://github.com/distribution/distribution/releases/download/v${version}/registry_${version}_linux_${arch}.tar.gz"; \ttar --extract --verbose --file registry.tar.gz --directory /bin/ registry; \tregistry --version',
      layer: { key: 'registry-2.8.3', nodes: () => [exe('/bin/registry', 'registry')], compressed: 6.35 * MB, size: 16.8 * MB },
    },
    {
      createdBy: '/bin/sh -c #(nop) COPY file:4544cc1555469403a09ae3df4ab9d1e7e0ab5e9aef8e2e5d0c4c7c3e2ec7e88e in /etc/docker/registry/config.yml ',
      layer: {
        key: 'registry-config',
        nodes: () => [file('/etc/docker/registry/config.yml', 'version: 0.1\nlog:\n  fields:\n    service: registry\nstorage:\n  cache:\n    blobdescriptor: inmemory\n  filesystem:\n    rootdirectory: /var/lib/registry\nhttp:\n  addr: :5000\n  headers:\n    X-Content-Type-Options: [nosniff]\nhealth:\n  storagedriver:\n    enabled: true\n    interval: 10s\n    threshold: 3\n')],
        compressed: 369,
        size: 295,
      },
    },
    { createdBy: '/bin/sh -c #(nop)  VOLUME [/var/lib/registry]' },
    { createdBy: '/bin/sh -c #(nop)  EXPOSE 5000' },
    {
      createdBy: '/bin/sh -c #(nop) COPY file:507caa54f88c1f3862e5876e09a108b2083630ba24c57ad124e356a2de861d62 in /entrypoint.sh ',
      layer: { key: 'registry-entrypoint', nodes: () => [script('/entrypoint.sh', '#!/bin/sh\n\nset -e\n\ncase "$1" in\n    *.yaml|*.yml) set -- registry serve "$@" ;;\n    serve|garbage-collect|help|-*) set -- registry "$@" ;;\nesac\n\nexec "$@"\n')], compressed: 391, size: 155 },
    },
    { createdBy: '/bin/sh -c #(nop)  ENTRYPOINT ["/entrypoint.sh"]' },
    { createdBy: '/bin/sh -c #(nop)  CMD ["/etc/docker/registry/config.yml"]' },
  ],
  config: { Env: [PATH], Entrypoint: ['/entrypoint.sh'], Cmd: ['/etc/docker/registry/config.yml'], ExposedPorts: { '5000/tcp': {} }, Volumes: { '/var/lib/registry': {} } },
};

const helloWorld: ImageSpec = {
  created: '2023-05-02T16:49:27Z',
  steps: [
    { createdBy: '/bin/sh -c #(nop) COPY file:201f8f1849e89d53be9f6aa76937f5e209d745abfd15a8552fcf2ba45ab267f9 in / ', layer: { key: 'hello-world', nodes: () => [exe('/hello', 'hello')], compressed: 2.46 * KB, size: 13.26 * KB } },
    { createdBy: '/bin/sh -c #(nop)  CMD ["/hello"]' },
  ],
  config: { Env: [PATH], Cmd: ['/hello'] },
};

export const REPOSITORIES: RepositorySpec[] = [
  { name: 'library/hello-world', description: 'Hello World! (an example of minimal Dockerization)', official: true, stars: 2345, tags: { latest: helloWorld, linux: helloWorld } },
  { name: 'library/busybox', description: 'Busybox base image.', official: true, stars: 3312, tags: { latest: busybox, '1.36': busybox, '1.36.1': busybox, stable: busybox } },
  { name: 'library/alpine', description: 'A minimal Docker image based on Alpine Linux with a complete package index and only 5 MB in size!', official: true, stars: 11034, tags: { latest: alpine, '3': alpine, '3.20': alpine, '3.20.3': alpine } },
  { name: 'library/debian', description: 'Debian is a Linux distribution that\'s composed entirely of free and open-source software.', official: true, stars: 5108, tags: { latest: debian, bookworm: debian, '12': debian, '12.7': debian, 'bookworm-slim': debianSlim, '12-slim': debianSlim } },
  { name: 'library/ubuntu', description: 'Ubuntu is a Debian-based Linux operating system based on free software.', official: true, stars: 17512, tags: { latest: ubuntuNoble, '24.04': ubuntuNoble, noble: ubuntuNoble, '22.04': ubuntuJammy, jammy: ubuntuJammy } },
  { name: 'library/nginx', description: 'Official build of Nginx.', official: true, stars: 20123, tags: { latest: nginx, '1.27': nginx, '1.27.2': nginx, mainline: nginx, bookworm: nginx } },
  { name: 'library/httpd', description: 'The Apache HTTP Server Project', official: true, stars: 4803, tags: { latest: httpd, '2.4': httpd, '2': httpd, '2.4.62': httpd } },
  { name: 'library/python', description: 'Python is an interpreted, interactive, object-oriented, open-source programming language.', official: true, stars: 9876, tags: { latest: python, '3': python, '3.12': python, '3.12.7': python, bookworm: python } },
  { name: 'library/node', description: 'Node.js is a JavaScript-based platform for server-side and networking applications.', official: true, stars: 13456, tags: { latest: node, '22': node, '22.9': node, '22.9.0': node, bookworm: node } },
  { name: 'library/redis', description: 'Redis is the world’s fastest data platform for caching, vector search, and NoSQL databases.', official: true, stars: 12987, tags: { latest: redis, '7': redis, '7.4': redis, '7.4.1': redis } },
  { name: 'library/postgres', description: 'The PostgreSQL object-relational database system provides reliability and data integrity.', official: true, stars: 13678, tags: { latest: postgres, '16': postgres, '16.4': postgres } },
  { name: 'library/mysql', description: 'MySQL is a widely used, open-source relational database management system (RDBMS).', official: true, stars: 15234, tags: { latest: mysql, '8': mysql, '8.4': mysql, lts: mysql } },
  { name: 'library/mongo', description: 'MongoDB document databases provide high availability and easy scalability.', official: true, stars: 10345, tags: { latest: mongo, '7': mongo, '7.0': mongo } },
  { name: 'traefik/whoami', description: 'Tiny Go webserver that prints OS information and HTTP request to output', official: false, stars: 61, tags: { latest: whoami, 'v1.10': whoami, 'v1.10.2': whoami } },
  { name: 'containous/whoami', description: 'Tiny Go webserver that prints os information and HTTP request to output', official: false, stars: 31, tags: { latest: whoami, 'v1.5.0': whoami } },
  { name: 'library/registry', description: 'Distribution implementation for storing and distributing of container images and artifacts', official: true, stars: 4123, tags: { latest: registry, '2': registry, '2.8': registry, '2.8.3': registry } },
];
