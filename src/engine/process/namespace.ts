// A PID namespace with the resources a container gets along with it: filesystem, hostname, network,
// program table and one cgroup (memory and pids limits, freezer).
import type { FileSystem } from '../fs/types';
import type { NetStack, ProgramTable } from './types';

export interface NamespaceOptions {
  fs: FileSystem;
  hostname: string;
  net?: NetStack;
  /** Programs that BINARY_MAGIC stubs in this namespace map to (default: the kernel's table). */
  programs?: ProgramTable;
  /** Environment given to processes spawned into the namespace without an explicit env. */
  env?: Record<string, string>;
  /** cgroup memory.max in bytes. */
  memoryLimit?: number;
  /** cgroup pids.max. */
  pidsLimit?: number;
  /** Called when a process of this namespace is OOM-killed (the container layer sets OOMKilled). */
  onOom?: (pid: number) => void;
}

export class Cgroup {
  memoryUsage = 0;
  oomKilled = false;
  frozen = false;
  constructor(
    public memoryLimit: number | undefined,
    public pidsLimit: number | undefined,
  ) {}
}

let nextNamespaceId = 1;

export class Namespace {
  readonly id = nextNamespaceId++;
  readonly cgroup: Cgroup;
  /** Next PID to hand out inside the namespace. */
  nextPid = 1;

  constructor(
    readonly options: NamespaceOptions,
    readonly isRoot: boolean,
  ) {
    this.cgroup = new Cgroup(options.memoryLimit, options.pidsLimit);
  }

  get fs(): FileSystem {
    return this.options.fs;
  }
  get hostname(): string {
    return this.options.hostname;
  }
  set hostname(name: string) {
    this.options.hostname = name;
  }
}
