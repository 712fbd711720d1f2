// A daemon over a virtual clock, a kernel with a few tiny programs, and a `busybox`-like image whose
// /bin holds their stubs.
import { Daemon } from '../../../../src/engine/daemon/daemon';
import { ImageStore } from '../../../../src/engine/image/store';
import { LayerBuilder } from '../../../../src/engine/layer/builder';
import { MemFs } from '../../../../src/engine/fs/memfs';
import { Kernel } from '../../../../src/engine/process/kernel';
import { binaryStub, type Program } from '../../../../src/engine/process/types';
import { SeededRandom } from '../../../../src/engine/world/random';
import { syncHasher } from '../../../../src/engine/world/hasher';
import { VirtualClock } from '../../../../src/engine/world/virtual-clock';
import type { ContainerConfig } from '../../../../src/engine/api/types';

export const sleep: Program = async (ctx) => {
  await ctx.sleep(Number(ctx.argv[1] ?? 1) * 1000);
  return 0;
};
const echo: Program = async (ctx) => {
  ctx.stdout.write(ctx.argv.slice(1).join(' ') + '\n');
  return 0;
};
/** `say OUT ERR CODE`: one line on each stream, then exit CODE. */
const say: Program = async (ctx) => {
  ctx.stdout.write(`${ctx.argv[1]}\n`);
  ctx.stderr.write(`${ctx.argv[2]}\n`);
  return Number(ctx.argv[3] ?? 0);
};
const trueProgram: Program = async () => 0;
const falseProgram: Program = async () => 1;
/** Exits 0 on SIGTERM (a server with a handler). */
const graceful: Program = async (ctx) => {
  let stop = false;
  ctx.onSignal('SIGTERM', () => {
    stop = true;
  });
  while (!stop) await ctx.sleep(100);
  return 0;
};
/** Allocates 1 MiB every 10 ms. */
const hog: Program = async (ctx) => {
  for (let i = 0; i < 1000; i++) {
    ctx.allocate(1024 * 1024);
    await ctx.sleep(10);
  }
  return 0;
};
const env: Program = async (ctx) => {
  for (const [k, v] of Object.entries(ctx.env).sort()) ctx.stdout.write(`${k}=${v}\n`);
  return 0;
};
const cat: Program = async (ctx) => {
  for (const f of ctx.argv.slice(1)) ctx.stdout.write(ctx.fs.readText(f));
  if (ctx.argv.length === 1)
    for (let c = await ctx.stdin.read(); c !== null; c = await ctx.stdin.read()) ctx.stdout.write(c);
  return 0;
};
const touch: Program = async (ctx) => {
  for (const f of ctx.argv.slice(1)) ctx.fs.writeFile(f, '');
  return 0;
};
const id: Program = async (ctx) => {
  ctx.stdout.write(`uid=${ctx.uid} gid=${ctx.gid} cwd=${ctx.cwd} host=${ctx.hostname}\n`);
  return 0;
};

export const PROGRAMS: Record<string, Program> = {
  sleep,
  echo,
  say,
  true: trueProgram,
  false: falseProgram,
  graceful,
  hog,
  env,
  cat,
  touch,
  id,
};

export function testImage(images: ImageStore, extra: Partial<ContainerConfig> = {}, tag = 'busybox:latest') {
  const b = new LayerBuilder({ mtimeMs: Date.UTC(2024, 0, 1) });
  for (const name of Object.keys(PROGRAMS)) b.file(`/bin/${name}`, binaryStub(name), { mode: 0o755 });
  b.file('/etc/passwd', 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/home:/bin/false\n');
  b.file('/etc/group', 'root:x:0:\nnobody:x:65534:\n');
  b.file('/etc/motd', 'hello\n');
  b.dir('/root', { mode: 0o700 });
  b.dir('/tmp', { mode: 0o1777 });
  const layer = images.addLayer(b.build(syncHasher));
  const record = images.createImage({
    architecture: 'amd64',
    os: 'linux',
    created: '2024-01-01T00:00:00Z',
    config: {
      Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
      Cmd: ['sh'],
      ...extra,
    },
    history: [{ created: '2024-01-01T00:00:00Z', created_by: 'test' }],
    rootfs: { type: 'layers', diff_ids: [layer.diffId] },
  });
  const [repo, t] = tag.split(':');
  images.setReference({ domain: 'docker.io', path: `library/${repo}`, tag: t }, record.id);
  return record;
}

export function testDaemon(seed = 1) {
  const clock = new VirtualClock({ start: Date.UTC(2026, 10, 23, 9, 0, 0) });
  const random = new SeededRandom(seed);
  const table = { get: (n: string) => PROGRAMS[n], names: () => Object.keys(PROGRAMS) };
  const kernel = new Kernel({ clock, programs: table, host: { fs: new MemFs(), hostname: 'baleine' } });
  const images = new ImageStore(syncHasher);
  const image = testImage(images);
  const daemon = new Daemon({ world: { clock, random, hasher: syncHasher }, kernel, images });
  return { daemon, clock, kernel, images, image };
}

/** Lets started programs run up to their first blocking await. */
export async function tick(): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise((r) => setTimeout(r, 0));
}
