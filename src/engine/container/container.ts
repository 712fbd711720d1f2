// The container record (moby container.Container): its configuration as the API gave it (merged with
// the image's), its lifecycle actor, its RW layer and mounted filesystem, its log, and while it runs
// its namespace and first process. Lifecycle facts live in the actor only (status.ts derives the rest).
import { createActor, type Actor } from 'xstate';
import type { ContainerConfig, HostConfig, NetworkingConfig, StatsResponse } from '../api/types';
import { CpuAccount } from '../stats/sampler';
import type { FileSystem } from '../fs/types';
import type { MemFs } from '../fs/memfs';
import type { MountFs } from '../fs/mounts';
import type { RwLayer } from '../layer/rwlayer';
import type { UnionFs } from '../layer/union';
import type { KernelProcess, Namespace, OutputStream, ProcFs, Pty } from '../process';
import type { Clock } from '../world/types';
import {
  containerMachine,
  type ContainerEvent,
  type ContainerMachine,
  type ContainerStateValue,
} from './machine';
import { LogStore } from './logs';
import { restartPolicyOf } from './restart-policy';
import { ContainerOutput } from './output';
import { viewOf, type ContainerSnapshot, type LifecycleView } from './status';
import { truncateId } from './ids';

export interface ContainerInit {
  id: string;
  /** With its leading '/'. */
  name: string;
  created: number;
  config: ContainerConfig;
  hostConfig: HostConfig;
  networkingConfig: NetworkingConfig;
  /** `sha256:…` of the image. */
  imageId: string;
  path: string;
  args: string[];
  rw: RwLayer;
  /** The union of the image's layers, the init layer and `rw`. */
  rootfs: UnionFs;
  /** rootfs with /etc/hostname, /etc/hosts, /etc/resolv.conf, /proc, /sys, volumes and tmpfs mounted. */
  fs: MountFs;
  /** The container's own files (hostname, hosts, resolv.conf), as Docker keeps them beside the container. */
  files: FileSystem;
  /** The trees mounted read-only at /proc (live, from the process table) and /sys (kernel-files.ts). */
  proc: ProcFs;
  sys: MemFs;
  clock: Clock;
  /** Resume the lifecycle from this snapshot (a restored engine) instead of `created`. */
  snapshot?: ContainerSnapshot;
}

/** What runs while the container is up: rebuilt at each start. */
export interface Running {
  ns: Namespace;
  init: KernelProcess;
  pty: Pty | null;
  /** The write end of PID 1's stdin (`-i` without a TTY), for attachers. */
  stdin: OutputStream | null;
  /** Stops copying the TTY's output into the log. */
  detachPty: (() => void) | null;
}

export class Container {
  readonly id: string;
  name: string;
  readonly created: number;
  readonly config: ContainerConfig;
  readonly hostConfig: HostConfig;
  readonly networkingConfig: NetworkingConfig;
  readonly imageId: string;
  readonly path: string;
  readonly args: string[];
  readonly rw: RwLayer;
  readonly rootfs: UnionFs;
  readonly fs: MountFs;
  readonly files: FileSystem;
  readonly proc: ProcFs;
  readonly sys: MemFs;
  readonly actor: Actor<ContainerMachine>;
  readonly log = new LogStore();
  output: ContainerOutput;
  running: Running | null = null;
  readonly execIds = new Set<string>();
  /** CPU time for `docker stats`, and the previous sample (precpu_stats). */
  cpu = new CpuAccount();
  lastStats: StatsResponse | null = null;
  /** Cancels the pending restart-policy timer or health probe timer. */
  cancelRestart: (() => void) | null = null;
  cancelHealth: (() => void) | null = null;
  /** Every start so far (lets `wait` tell a next exit from the current one). */
  generation = 0;
  private readonly exitWaiters = new Set<() => void>();
  private readonly pendingInput: string[] = [];
  private pendingClose = false;

  constructor(init: ContainerInit) {
    this.id = init.id;
    this.name = init.name;
    this.created = init.created;
    this.config = init.config;
    this.hostConfig = init.hostConfig;
    this.networkingConfig = init.networkingConfig;
    this.imageId = init.imageId;
    this.path = init.path;
    this.args = init.args;
    this.rw = init.rw;
    this.rootfs = init.rootfs;
    this.fs = init.fs;
    this.files = init.files;
    this.proc = init.proc;
    this.sys = init.sys;
    this.output = new ContainerOutput(this.log, init.clock, init.config.Tty ?? false);
    this.actor = createActor(containerMachine, {
      ...(init.snapshot ? { snapshot: init.snapshot } : {}),
      input: {
        restartPolicy: restartPolicyOf(init.hostConfig.RestartPolicy),
        healthcheck: hasHealthcheck(init.config),
      },
    }).start();
  }

  get shortId(): string {
    return truncateId(this.id);
  }

  /** The name without its leading '/' (events, messages). */
  get bareName(): string {
    return this.name.slice(1);
  }

  get view(): LifecycleView {
    return viewOf(this.actor.getSnapshot());
  }

  get state(): ContainerStateValue {
    return this.view.value;
  }

  /** Running, paused or restarting: what moby's IsRunning() calls running. */
  get isUp(): boolean {
    const s = this.state;
    return s === 'running' || s === 'paused' || s === 'restarting';
  }

  send(event: ContainerEvent): void {
    this.actor.send(event);
    if (event.type === 'container.die' || event.type === 'container.removed') {
      for (const w of [...this.exitWaiters]) w();
    }
  }

  /**
   * Input from attachers. Before PID 1 runs it is kept (`docker run -i` sends stdin as soon as it is
   * attached, before the start), then delivered in order; so is an end of input.
   */
  writeInput(data: string): void {
    const run = this.running;
    if (!run) {
      if (this.config.OpenStdin) this.pendingInput.push(data);
      return;
    }
    try {
      if (run.pty) run.pty.master.write(data);
      else run.stdin?.write(data);
    } catch {
      // Nobody reads the container's stdin any more (its process closed it): the input is dropped.
    }
  }

  closeInput(): void {
    if (!this.running) {
      if (this.config.OpenStdin) this.pendingClose = true;
      return;
    }
    this.running.stdin?.close?.();
  }

  /** Delivers what attachers sent before the start (launch calls it once PID 1 runs). */
  flushInput(): void {
    for (const data of this.pendingInput.splice(0)) this.writeInput(data);
    if (this.pendingClose) {
      this.pendingClose = false;
      this.closeInput();
    }
  }

  /** Resolves at the next die or removal. */
  nextExit(): Promise<void> {
    return new Promise((resolve) => {
      const w = () => {
        this.exitWaiters.delete(w);
        resolve();
      };
      this.exitWaiters.add(w);
    });
  }
}

export function hasHealthcheck(config: ContainerConfig): boolean {
  const test = config.Healthcheck?.Test;
  return !!test && test.length > 0 && test[0] !== 'NONE';
}
