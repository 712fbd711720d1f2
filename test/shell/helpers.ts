// A small machine for shell tests: MemFs, virtual clock, kernel, a few stand-in programs.
import { MemFs } from '../../src/engine/fs/memfs';
import { Kernel } from '../../src/engine/process/kernel';
import { binaryStub, type Program } from '../../src/engine/process/types';
import { VirtualClock } from '../../src/engine/world/virtual-clock';
import { bashProgram, shProgram } from '../../src/shell/program';
import { ASH, BASH, type Dialect } from '../../src/shell/dialect';
import { SessionChannel, sessionProgram } from '../../src/shell/session';

const readAll = async (ctx: Parameters<Program>[0]) => {
  let text = '';
  for (let c = await ctx.stdin.read(); c !== null; c = await ctx.stdin.read()) text += c;
  return text;
};

export const testPrograms: Record<string, Program> = {
  bash: bashProgram,
  sh: shProgram,
  cat: async (ctx) => {
    if (ctx.argv.length > 1) {
      for (const f of ctx.argv.slice(1)) ctx.stdout.write(ctx.fs.readText(f.startsWith('/') ? f : `${ctx.cwd}/${f}`));
      return 0;
    }
    for (let c = await ctx.stdin.read(); c !== null; c = await ctx.stdin.read()) ctx.stdout.write(c);
    return 0;
  },
  upper: async (ctx) => {
    ctx.stdout.write((await readAll(ctx)).toUpperCase());
    return 0;
  },
  wcl: async (ctx) => {
    ctx.stdout.write(`${(await readAll(ctx)).split('\n').length - 1}\n`);
    return 0;
  },
  sleep: async (ctx) => {
    await ctx.sleep(Number(ctx.argv[1]) * 1000);
    return 0;
  },
  yes: async (ctx) => {
    for (;;) {
      ctx.stdout.write('y\n');
      await ctx.stdout.drain();
    }
  },
  head1: async (ctx) => {
    const c = (await ctx.stdin.read()) ?? '';
    ctx.stdout.write(c.split('\n')[0] + '\n');
    return 0;
  },
  args: async (ctx) => {
    ctx.stdout.write(ctx.argv.slice(1).map((a) => `<${a}>`).join('') + '\n');
    return 0;
  },
  getenv: async (ctx) => {
    ctx.stdout.write((ctx.env[ctx.argv[1]] ?? '(unset)') + '\n');
    return 0;
  },
  fail: async (ctx) => Number(ctx.argv[1] ?? 1),
  pid: async (ctx) => {
    ctx.stdout.write(`${ctx.pid}\n`);
    return 0;
  },
};

export function machine(dialect: Dialect = BASH) {
  const clock = new VirtualClock();
  const fs = new MemFs({ clock });
  for (const d of ['/bin', '/tmp', '/home/eleve', '/etc']) fs.mkdir(d, { recursive: true });
  for (const name of Object.keys(testPrograms)) fs.writeFile(`/bin/${name}`, binaryStub(name), { mode: 0o755 });
  fs.writeFile('/etc/passwd', 'root:x:0:0:root:/root:/bin/bash\neleve:x:1000:1000:,,,:/home/eleve:/bin/bash\n');
  const table = { get: (n: string) => testPrograms[n], names: () => Object.keys(testPrograms) };
  const kernel = new Kernel({ clock, programs: table, host: { fs, hostname: 'baleine' }, firstHostPid: 100 });
  const env = { PATH: '/bin', HOME: '/home/eleve', USER: 'eleve' };
  const channel = new SessionChannel();
  const proc = kernel.spawn(kernel.host, [dialect.name], {
    env,
    cwd: '/home/eleve',
    uid: 1000,
    gid: 1000,
    program: sessionProgram(channel, dialect === ASH ? ASH : BASH),
  });
  return { clock, fs, kernel, channel, proc, run: (text: string) => channel.run(text) };
}
