// apk (Alpine's apk-tools 2.14): add [--no-cache] [--update], del, update, info; packages from the
// simulated archive (catalog.ts), recorded in /lib/apk/db/installed and /etc/apk/world.
import type { ProcessContext, Program } from '../../engine/process/types';
import { ALPINE_ARCHIVE, resolveInstall, type PackageSpec } from './catalog';
import { unpack } from './unpack';

const DB = '/lib/apk/db/installed';
const WORLD = '/etc/apk/world';
const CACHE = '/var/cache/apk';
/** Installed size counted for a base package the image's database records without one. */
const BASE_PACKAGE_SIZE = 560 * 1024;

interface Installed {
  name: string;
  version: string;
  size: number;
}

function read(ctx: ProcessContext, path: string): string {
  try {
    return ctx.fs.readText(path);
  } catch {
    return '';
  }
}

function installed(ctx: ProcessContext): Installed[] {
  return read(ctx, DB)
    .split('\n\n')
    .map((block) => {
      const field = (k: string) => new RegExp(`^${k}:(.*)$`, 'm').exec(block)?.[1];
      const name = field('P');
      return name ? { name, version: field('V') ?? '', size: Number(field('I') ?? BASE_PACKAGE_SIZE) } : null;
    })
    .filter((p): p is Installed => p !== null);
}

function repositories(ctx: ProcessContext): string[] {
  return read(ctx, '/etc/apk/repositories')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

function arch(ctx: ProcessContext): string {
  return read(ctx, '/etc/apk/arch').trim() || 'x86_64';
}

function indexPath(repo: string): string {
  let h = 0;
  for (const c of repo) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return `${CACHE}/APKINDEX.${h.toString(16).padStart(8, '0')}.tar.gz`;
}

/** Fetches the repositories' indexes unless cached (or always with --no-cache, keeping none). */
function fetchIndexes(ctx: ProcessContext, force: boolean, keep: boolean): void {
  for (const repo of repositories(ctx)) {
    const cached = indexPath(repo);
    if (!force && ctx.fs.exists(cached)) continue;
    ctx.stdout.write(`fetch ${repo}/${arch(ctx)}/APKINDEX.tar.gz\n`);
    if (keep && ctx.fs.exists(CACHE)) ctx.fs.writeFile(cached, `APKINDEX ${repo}\n`);
  }
}

function okLine(ctx: ProcessContext): string {
  const all = installed(ctx);
  const mib = Math.round(all.reduce((n, p) => n + p.size, 0) / (1024 * 1024));
  return `OK: ${mib} MiB in ${all.length} packages\n`;
}

function record(ctx: ProcessContext, spec: PackageSpec): void {
  const entry = `C:Q1${spec.name.length}\nP:${spec.name}\nV:${spec.version}\nA:${arch(ctx)}\nI:${spec.size}\n`;
  const db = read(ctx, DB).replace(/\n*$/, '');
  ctx.fs.writeFile(DB, `${db ? `${db}\n\n` : ''}${entry}`);
}

function addToWorld(ctx: ProcessContext, names: string[]): void {
  const world = new Set(read(ctx, WORLD).split('\n').filter(Boolean));
  for (const n of names) world.add(n);
  ctx.fs.writeFile(WORLD, [...world].sort().join('\n') + '\n');
}

async function add(ctx: ProcessContext, args: string[]): Promise<number> {
  const noCache = args.includes('--no-cache');
  const update = args.includes('--update') || args.includes('-U');
  const names = args.filter((a) => !a.startsWith('-'));
  fetchIndexes(ctx, noCache || update, !noCache);
  const missing = names.filter((n) => !ALPINE_ARCHIVE.has(n) && !installed(ctx).some((p) => p.name === n));
  if (missing.length) {
    ctx.stderr.write('ERROR: unable to select packages:\n');
    for (const n of missing) ctx.stderr.write(`  ${n} (no such package):\n    required by: world[${n}]\n`);
    return missing.length;
  }
  const have = new Set(installed(ctx).map((p) => p.name));
  const plan = resolveInstall(ALPINE_ARCHIVE, names, (n) => have.has(n));
  plan.forEach((spec, i) => {
    ctx.stdout.write(`(${i + 1}/${plan.length}) Installing ${spec.name} (${spec.version})\n`);
    unpack(ctx.fs, spec);
    record(ctx, spec);
  });
  addToWorld(ctx, names);
  if (plan.length) ctx.stdout.write('Executing busybox-1.36.1-r29.trigger\n');
  if (plan.some((p) => p.name === 'ca-certificates'))
    ctx.stdout.write('Executing ca-certificates-20240705-r0.trigger\n');
  ctx.stdout.write(okLine(ctx));
  return 0;
}

function del(ctx: ProcessContext, args: string[]): number {
  const names = args.filter((a) => !a.startsWith('-'));
  const world = read(ctx, WORLD).split('\n').filter(Boolean);
  const all = installed(ctx);
  const gone = all.filter((p) => names.includes(p.name));
  gone.forEach((p, i) => {
    ctx.stdout.write(`(${i + 1}/${gone.length}) Purging ${p.name} (${p.version})\n`);
    for (const path of [
      ...Object.keys(ALPINE_ARCHIVE.get(p.name)?.programs ?? {}),
      ...Object.keys(ALPINE_ARCHIVE.get(p.name)?.links ?? {}),
    ]) {
      if (ctx.fs.exists(path) || isLink(ctx, path)) ctx.fs.unlink(path);
    }
  });
  const keep = read(ctx, DB)
    .split('\n\n')
    .filter((b) => !gone.some((p) => new RegExp(`^P:${p.name}$`, 'm').test(b)));
  ctx.fs.writeFile(DB, keep.join('\n\n'));
  ctx.fs.writeFile(WORLD, world.filter((w) => !names.includes(w)).join('\n') + '\n');
  ctx.stdout.write(okLine(ctx));
  return 0;
}

function isLink(ctx: ProcessContext, path: string): boolean {
  try {
    return ctx.fs.lstat(path).type === 'symlink';
  } catch {
    return false;
  }
}

export const apk: Program = async (ctx) => {
  const [command, ...args] = ctx.argv.slice(1);
  if (['add', 'del', 'update'].includes(command ?? '') && ctx.uid !== 0) {
    ctx.stderr.write(
      'ERROR: Unable to lock database: Permission denied\nERROR: Failed to open apk database: Permission denied\n',
    );
    return 99;
  }
  switch (command) {
    case 'add':
      return add(ctx, args);
    case 'del':
      return del(ctx, args);
    case 'update': {
      fetchIndexes(ctx, true, true);
      const repos = repositories(ctx);
      repos.forEach((repo, i) =>
        ctx.stdout.write(`v3.20.3-${166 - i}-g${i ? '59f9e0f8f6b' : '1e9b8ba3f5b'} [${repo}]\n`),
      );
      ctx.stdout.write(`OK: ${repos.length ? 24166 : 0} distinct packages available\n`);
      return 0;
    }
    case 'info':
      for (const p of installed(ctx)) ctx.stdout.write(`${p.name}\n`);
      return 0;
    default:
      ctx.stderr.write(
        'apk-tools 2.14.4, compiled for x86_64.\n\nusage: apk [<OPTIONS>...] COMMAND [<ARGUMENTS>...]\n\nPackage installation and removal:\n  add        Add packages to WORLD and commit changes\n  del        Remove packages from WORLD and commit changes\n\nRepository maintenance:\n  update     Update repository indexes\n\nQuerying package information:\n  info       Give detailed information about packages or repositories\n',
      );
      return 1;
  }
};
