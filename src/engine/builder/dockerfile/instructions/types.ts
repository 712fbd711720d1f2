// Dockerfile instructions as typed values (BuildKit's instructions package).

import type { LineRange } from '../errors';

interface Base {
  /** Lower-case instruction name (`run`, `copy`…). */
  name: string;
  /** The instruction's source text, trimmed (what BuildKit shows in progress: `RUN apt-get update`). */
  code: string;
  location: LineRange;
}

export interface KeyValue {
  key: string;
  value: string;
}

export interface ShellInlineFile {
  name: string;
  data: string;
  chomp: boolean;
}

/** A command line in exec form, or in shell form to prepend with the current SHELL. */
export interface CmdLine {
  cmdLine: string[];
  prependShell: boolean;
  files: ShellInlineFile[];
}

export type MountType = 'bind' | 'cache' | 'tmpfs' | 'secret' | 'ssh';

export interface RunMount {
  type: MountType;
  from: string;
  source: string;
  target: string;
  readOnly: boolean;
  cacheId: string;
  sharing: '' | 'shared' | 'private' | 'locked';
  required: boolean;
  mode: number | null;
  uid: number | null;
  gid: number | null;
  sizeLimit: number | null;
}

/** Docker's HealthConfig; durations in nanoseconds, as in the image config. */
export interface HealthConfig {
  Test: string[];
  Interval?: number;
  Timeout?: number;
  StartPeriod?: number;
  StartInterval?: number;
  Retries?: number;
}

export interface SourceContent {
  /** The heredoc's delimiter, used as the file name. */
  path: string;
  data: string;
  expand: boolean;
}

export interface EnvInstruction extends Base {
  kind: 'env';
  env: KeyValue[];
}
export interface LabelInstruction extends Base {
  kind: 'label';
  labels: KeyValue[];
}
export interface MaintainerInstruction extends Base {
  kind: 'maintainer';
  maintainer: string;
}
export interface ArgInstruction extends Base {
  kind: 'arg';
  args: { key: string; value: string | null; comment: string }[];
}
export interface RunInstruction extends Base, CmdLine {
  kind: 'run';
  mounts: RunMount[];
  network: '' | 'default' | 'none' | 'host';
  security: '' | 'sandbox' | 'insecure';
  flagsUsed: string[];
}
export interface CmdInstruction extends Base, CmdLine {
  kind: 'cmd';
}
export interface EntrypointInstruction extends Base, CmdLine {
  kind: 'entrypoint';
}
export interface HealthcheckInstruction extends Base {
  kind: 'healthcheck';
  health: HealthConfig;
}
export interface ExposeInstruction extends Base {
  kind: 'expose';
  ports: string[];
}
export interface UserInstruction extends Base {
  kind: 'user';
  user: string;
}
export interface VolumeInstruction extends Base {
  kind: 'volume';
  volumes: string[];
}
export interface WorkdirInstruction extends Base {
  kind: 'workdir';
  path: string;
}
export interface StopSignalInstruction extends Base {
  kind: 'stopsignal';
  signal: string;
}
export interface ShellInstruction extends Base {
  kind: 'shell';
  shell: string[];
}
export interface OnbuildInstruction extends Base {
  kind: 'onbuild';
  expression: string;
}
export interface CopyInstruction extends Base {
  kind: 'copy';
  sources: string[];
  contents: SourceContent[];
  dest: string;
  from: string;
  chown: string;
  chmod: string;
  link: boolean;
}
export interface AddInstruction extends Base {
  kind: 'add';
  sources: string[];
  contents: SourceContent[];
  dest: string;
  chown: string;
  chmod: string;
  link: boolean;
  keepGitDir: boolean;
  checksum: string;
}

export type Command =
  | EnvInstruction
  | LabelInstruction
  | MaintainerInstruction
  | ArgInstruction
  | RunInstruction
  | CmdInstruction
  | EntrypointInstruction
  | HealthcheckInstruction
  | ExposeInstruction
  | UserInstruction
  | VolumeInstruction
  | WorkdirInstruction
  | StopSignalInstruction
  | ShellInstruction
  | OnbuildInstruction
  | CopyInstruction
  | AddInstruction;

export interface FromInstruction extends Base {
  kind: 'from';
  baseName: string;
  /** Lower-cased `AS` name, '' when absent. */
  stageName: string;
  platform: string;
}

export type Instruction = Command | FromInstruction;

/** A build stage: its FROM and the commands under it. */
export interface Stage {
  name: string;
  baseName: string;
  platform: string;
  code: string;
  location: LineRange;
  commands: Command[];
}

export interface Dockerfile {
  /** ARGs before the first FROM. */
  metaArgs: ArgInstruction[];
  stages: Stage[];
  escapeToken: string;
  warnings: string[];
}
