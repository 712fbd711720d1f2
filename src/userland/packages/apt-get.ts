// apt-get / apt (APT 2.6 on Debian 12): update, install [-y] [--no-install-recommends], remove; the
// package lists exist only after `update` (a fresh image has none, as the official images ship), and
// without -y the question is asked on stdin (no answer → Abort). Installed packages go to dpkg's
// status file.
import type { ProcessContext, Program } from '../../engine/process/types';
import { DEBIAN_ARCHIVE, resolveInstall, type PackageSpec } from './catalog';
import { unpack } from './unpack';

const LISTS = '/var/lib/apt/lists';
const STATUS = '/var/lib/dpkg/status';
const SOURCES: [string, string, string][] = [
  ['http://deb.debian.org/debian', 'bookworm', '151 kB'],
  ['http://deb.debian.org/debian', 'bookworm-updates', '55.4 kB'],
  ['http://deb.debian.org/debian-security', 'bookworm-security', '48.0 kB'],
];
const PACKAGES_SIZES = ['8789 kB', '2468 B', '215 kB'];

/** APT's SizeToStr: "2468 B", "99.9 kB", "151 kB", "26.0 MB" (C locale, SI units). */
export function aptSize(bytes: number): string {
  const units = ['', 'k', 'M', 'G'];
  let size = bytes;
  for (let i = 0; i < units.length; i++) {
    if (size < 100 && i !== 0) return `${size.toFixed(1)} ${units[i]}B`;
    if (size < 10000) return `${Math.round(size)} ${units[i]}B`;
    size /= 1000;
  }
  return `${Math.round(size)} GB`;
}

function read(ctx: ProcessContext, path: string): string {
  try {
    return ctx.fs.readText(path);
  } catch {
    return '';
  }
}

function installedNames(ctx: ProcessContext): Set<string> {
  return new Set([...read(ctx, STATUS).matchAll(/^Package: (.+)$/gm)].map((m) => m[1]));
}

function arch(ctx: ProcessContext): string {
  return /^Architecture: (\S+)$/m.exec(read(ctx, STATUS))?.[1] ?? 'amd64';
}

function hasLists(ctx: ProcessContext): boolean {
  try {
    return ctx.fs.readdir(LISTS).some((n) => n.endsWith('_Packages'));
  } catch {
    return false;
  }
}

/** Names wrapped as apt lists them: two-space indent, 80 columns. */
function wrapList(names: string[]): string {
  const lines: string[] = [];
  let line = ' ';
  for (const n of names) {
    if (line.length + n.length + 1 > 79 && line.trim()) {
      lines.push(line);
      line = ' ';
    }
    line += ` ${n}`;
  }
  lines.push(line);
  return lines.join('\n') + '\n';
}

function update(ctx: ProcessContext): number {
  const a = arch(ctx);
  SOURCES.forEach(([url, suite, size], i) =>
    ctx.stdout.write(`Get:${i + 1} ${url} ${suite} InRelease [${size}]\n`),
  );
  SOURCES.forEach(([url, suite], i) =>
    ctx.stdout.write(`Get:${i + 4} ${url} ${suite}/main ${a} Packages [${PACKAGES_SIZES[i]}]\n`),
  );
  ctx.stdout.write(`Fetched 9258 kB in 1s (7892 kB/s)\n${header(ctx).split('\n')[0]}\n`);
  ctx.fs.mkdir(`${LISTS}/partial`, { recursive: true });
  for (const [url, suite] of SOURCES) {
    const base = `${url.replace(/^http:\/\//, '').replace(/\//g, '_')}_dists_${suite}`;
    ctx.fs.writeFile(`${LISTS}/${base}_InRelease`, `Suite: ${suite}\n`);
    ctx.fs.writeFile(`${LISTS}/${base}_main_binary-${a}_Packages.lz4`, '');
    ctx.fs.writeFile(`${LISTS}/${base}_main_binary-${a}_Packages`, '');
  }
  return 0;
}

/** Progress lines: on a terminal each ends with " Done"; in a log (docker build) they do not. */
function header(ctx: ProcessContext): string {
  const done = ctx.stdout.isTTY ? ' Done' : '';
  return ['Reading package lists...', 'Building dependency tree...', 'Reading state information...']
    .map((l) => `${l}${done}\n`)
    .join('');
}

function record(ctx: ProcessContext, spec: PackageSpec): void {
  const entry = `Package: ${spec.name}\nStatus: install ok installed\nPriority: optional\nArchitecture: ${arch(ctx)}\nVersion: ${spec.version}\nInstalled-Size: ${Math.round(spec.size / 1024)}\n`;
  const status = read(ctx, STATUS).replace(/\n*$/, '');
  ctx.fs.writeFile(STATUS, `${status ? `${status}\n\n` : ''}${entry}`);
}

async function confirm(ctx: ProcessContext): Promise<boolean> {
  ctx.stdout.write('Do you want to continue? [Y/n] ');
  const answer = await ctx.stdin.read();
  if (answer !== null && /^\s*(y|yes)?\s*$/i.test(answer)) return true;
  ctx.stdout.write('Abort.\n');
  return false;
}

async function install(ctx: ProcessContext, args: string[], assumeYes: boolean): Promise<number> {
  const names = args.filter((a) => !a.startsWith('-'));
  ctx.stdout.write(header(ctx));
  const known = hasLists(ctx);
  const have = installedNames(ctx);
  const unknown = names.filter((n) => !have.has(n) && (!known || !DEBIAN_ARCHIVE.has(n)));
  if (unknown.length) {
    for (const n of unknown) ctx.stderr.write(`E: Unable to locate package ${n}\n`);
    return 100;
  }
  for (const n of names.filter((x) => have.has(x))) {
    const version =
      /Version: (.+)/.exec(
        read(ctx, STATUS)
          .split('\n\n')
          .find((b) => b.includes(`Package: ${n}\n`)) ?? '',
      )?.[1] ?? '';
    ctx.stdout.write(`${n} is already the newest version (${version}).\n`);
  }
  const plan = resolveInstall(DEBIAN_ARCHIVE, names, (n) => have.has(n));
  const extra = plan
    .filter((p) => !names.includes(p.name))
    .map((p) => p.name)
    .sort();
  if (extra.length)
    ctx.stdout.write(`The following additional packages will be installed:\n${wrapList(extra)}`);
  const suggests = plan.flatMap((p) => p.suggests ?? []);
  if (suggests.length) ctx.stdout.write(`Suggested packages:\n${wrapList(suggests)}`);
  if (plan.length)
    ctx.stdout.write(
      `The following NEW packages will be installed:\n${wrapList(plan.map((p) => p.name).sort())}`,
    );
  ctx.stdout.write(`0 upgraded, ${plan.length} newly installed, 0 to remove and 0 not upgraded.\n`);
  if (!plan.length) return 0;
  const download = plan.reduce((n, p) => n + p.download, 0);
  ctx.stdout.write(`Need to get ${aptSize(download)} of archives.\n`);
  ctx.stdout.write(
    `After this operation, ${aptSize(plan.reduce((n, p) => n + p.size, 0))} of additional disk space will be used.\n`,
  );
  if (!assumeYes && !(await confirm(ctx))) return 1;
  const a = arch(ctx);
  plan.forEach((p, i) =>
    ctx.stdout.write(
      `Get:${i + 1} http://deb.debian.org/debian bookworm/main ${a} ${p.name} ${a} ${p.version} [${aptSize(p.download)}]\n`,
    ),
  );
  ctx.stderr.write('debconf: delaying package configuration, since apt-utils is not installed\n');
  ctx.stdout.write(`Fetched ${aptSize(download)} in 0s (${aptSize(download * 4)}/s)\n`);
  const files = 6090;
  plan.forEach((p, i) => {
    const file = p.version.replace(/^\d+:/, '');
    ctx.stdout.write(`Selecting previously unselected package ${p.name}:${a}.\n`);
    if (i === 0)
      ctx.stdout.write(`(Reading database ... ${files} files and directories currently installed.)\n`);
    ctx.stdout.write(
      `Preparing to unpack .../${String(i).padStart(2, '0')}-${p.name}_${file}_${a}.deb ...\n`,
    );
    ctx.stdout.write(`Unpacking ${p.name}:${a} (${p.version}) ...\n`);
    unpack(ctx.fs, p);
  });
  for (const p of plan) {
    ctx.stdout.write(`Setting up ${p.name}:${a} (${p.version}) ...\n`);
    record(ctx, p);
  }
  ctx.stdout.write('Processing triggers for libc-bin (2.36-9+deb12u8) ...\n');
  return 0;
}

export const aptGet: Program = async (ctx) => {
  const self = (ctx.argv[0] ?? 'apt-get').split('/').pop()!;
  const args = ctx.argv.slice(1);
  const command = args.find((a) => !a.startsWith('-'));
  const rest = args.filter((a) => a !== command);
  const assumeYes = rest.some(
    (a) => a === '-y' || a === '--yes' || a === '--assume-yes' || a === '-qy' || a === '-yq',
  );
  if ((command === 'update' || command === 'install') && ctx.uid !== 0) {
    ctx.stderr.write(
      'E: Could not open lock file /var/lib/dpkg/lock-frontend - open (13: Permission denied)\nE: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), are you root?\n',
    );
    return 100;
  }
  if (self === 'apt')
    ctx.stderr.write('\nWARNING: apt does not have a stable CLI interface. Use with caution in scripts.\n\n');
  switch (command) {
    case 'update':
      return update(ctx);
    case 'install':
      return install(ctx, rest, assumeYes);
    case 'clean':
      return 0;
    default:
      ctx.stderr.write(
        command
          ? `E: Invalid operation ${command}\n`
          : 'apt 2.6.1 (amd64)\nUsage: apt-get [options] command\n',
      );
      return 100;
  }
};
