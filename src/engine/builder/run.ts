// RUN: the command runs in a sandbox over the stage's layers (hostname `buildkitsandbox`, /etc/hosts
// and resolv.conf mounted, not committed); what it writes lands in a fresh RW layer that becomes the
// step's layer. Its output goes to the step's logs; a non-zero exit fails the build.

import { resolveUser } from '../container/user';
import { MemFs } from '../fs/memfs';
import { dirname, normalize } from '../fs/path';
import { MountFs } from '../fs/mounts';
import type { FileSystem } from '../fs/types';
import type { Layer } from '../layer/layer';
import { RwLayer } from '../layer/rwlayer';
import { UnionFs } from '../layer/union';
import type { Kernel } from '../process/kernel';
import { loopbackNet } from '../process/loopback';
import { ExecError, type NetStack, type OutputStream, type ProgramTable } from '../process/types';
import type { Clock } from '../world/types';
import { goQuote } from './dockerfile/go-quote';

export const SANDBOX_HOSTNAME = 'buildkitsandbox';

/** A filesystem mounted for the duration of the command (`RUN --mount=…`). */
export interface RunMountSpec {
  target: string;
  fs: FileSystem;
  /** Path inside `fs` that appears at the target. */
  source: string;
  readOnly: boolean;
}

export interface RunSpec {
  args: string[];
  mounts?: RunMountSpec[];
  env: Map<string, string>;
  workdir: string;
  user: string;
  layers: readonly Layer[];
  /** The daemon's init layer (mount points for /etc/hosts…), below the RW layer. */
  initLayer: Layer;
}

export interface RunDeps {
  kernel: Kernel;
  /** The programs executable stubs run (default: the kernel's). */
  programs?: ProgramTable;
  clock: Clock;
  net?: () => NetStack;
}

export interface RunOutcome {
  rw: RwLayer;
  /** Set when the process could not complete successfully (BuildKit's message). */
  error: string | null;
}

function stream(write: (chunk: string) => void): OutputStream {
  return { isTTY: false, write, drain: async () => {} };
}

export async function runStep(
  deps: RunDeps,
  spec: RunSpec,
  log: (stream: 1 | 2, data: string) => void,
): Promise<RunOutcome> {
  const rw = new RwLayer();
  const rootfs = new UnionFs([...spec.layers, spec.initLayer], rw, { now: () => deps.clock.now() });
  const etc = new MemFs({ clock: deps.clock });
  etc.writeFile(
    '/hosts',
    `127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n127.0.0.1\t${SANDBOX_HOSTNAME}\n`,
  );
  etc.writeFile('/resolv.conf', 'nameserver 8.8.8.8\nnameserver 8.8.4.4\n');
  etc.writeFile('/hostname', `${SANDBOX_HOSTNAME}\n`);
  const fs = new MountFs(rootfs);
  for (const f of ['hosts', 'resolv.conf', 'hostname']) fs.mount(`/etc/${f}`, etc, { source: `/${f}` });
  fs.mount('/proc', new MemFs({ clock: deps.clock }), { readOnly: true });
  fs.mount('/sys', new MemFs({ clock: deps.clock }), { readOnly: true });
  fs.mount('/dev/shm', new MemFs({ clock: deps.clock }));
  /** Mount points this step had to create: removed afterwards, as BuildKit removes mount stubs. */
  const stubs: string[] = [];
  const mounted: string[] = [];
  for (const m of spec.mounts ?? []) {
    const target = normalize(m.target.startsWith('/') ? m.target : `${spec.workdir}/${m.target}`);
    const missing: string[] = [];
    for (let p = target; p !== '/' && !fs.exists(p); p = dirname(p)) missing.unshift(p);
    try {
      for (const p of missing) {
        fs.mkdir(p, { mode: 0o755 });
        stubs.push(p);
      }
    } catch {
      // a file in the way: the mount shadows it
    }
    fs.mount(target, m.fs, { source: m.source, readOnly: m.readOnly });
    mounted.push(target);
  }
  const cleanup = () => {
    for (const t of mounted.reverse()) fs.unmount(t);
    for (const p of stubs.reverse()) {
      try {
        fs.rmdir(p);
      } catch {
        // the command put something there: it stays
      }
    }
  };

  const quoted = goQuote(spec.args.join(' '));
  let user;
  try {
    user = resolveUser(fs, spec.user);
  } catch (err) {
    return { rw, error: (err as Error).message };
  }
  if (spec.workdir !== '/' && !fs.exists(spec.workdir)) {
    try {
      fs.mkdir(spec.workdir, { recursive: true, mode: 0o755 });
    } catch {
      // the process fails on chdir, as it would
    }
  }
  const env: Record<string, string> = {};
  for (const [k, v] of spec.env) env[k] = v;
  const ns = deps.kernel.createNamespace({
    fs,
    hostname: SANDBOX_HOSTNAME,
    programs: deps.programs,
    net: deps.net?.() ?? loopbackNet(),
    env,
  });
  let proc;
  try {
    proc = deps.kernel.spawn(ns, spec.args, {
      env,
      cwd: spec.workdir,
      uid: user.uid,
      gid: user.gid,
      stdout: stream((c) => log(1, c)),
      stderr: stream((c) => log(2, c)),
    });
  } catch (err) {
    if (!(err instanceof ExecError)) throw err;
    const reason =
      err.code === 'ENOENT'
        ? spec.args[0].includes('/')
          ? `stat ${spec.args[0]}: no such file or directory`
          : 'executable file not found in $PATH'
        : err.code === 'EACCES'
          ? 'permission denied'
          : 'exec format error';
    return {
      rw,
      error: `runc run failed: unable to start container process: exec: ${JSON.stringify(spec.args[0])}: ${reason}`,
    };
  }
  const exit = await proc.wait();
  cleanup();
  if (exit.status !== 0) {
    return { rw, error: `process ${quoted} did not complete successfully: exit code: ${exit.status}` };
  }
  return { rw, error: null };
}
