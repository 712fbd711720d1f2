// Instructions that only change the image config: each adds an empty-layer history entry written as
// BuildKit writes it (`ENV A=1`, `CMD ["node" "server.js"]`, `EXPOSE map[80/tcp:{}]`…).

import type { Command } from './dockerfile/instructions/types';
import { BuildError } from './errors';
import { goHealthcheckV, goSetV, goSliceQ, goSliceV } from './history-format';
import { addEnv, type StageState } from './state';

export type Expand = (word: string) => string;

const SIGNALS = [
  'ABRT',
  'ALRM',
  'BUS',
  'CHLD',
  'CLD',
  'CONT',
  'FPE',
  'HUP',
  'ILL',
  'INT',
  'IO',
  'IOT',
  'KILL',
  'PIPE',
  'POLL',
  'PROF',
  'PWR',
  'QUIT',
  'SEGV',
  'STKFLT',
  'STOP',
  'SYS',
  'TERM',
  'TRAP',
  'TSTP',
  'TTIN',
  'TTOU',
  'URG',
  'USR1',
  'USR2',
  'VTALRM',
  'WINCH',
  'XCPU',
  'XFSZ',
];

function checkSignal(sig: string): void {
  const s = sig.toUpperCase().replace(/^SIG/, '');
  if (/^\d+$/.test(sig) && Number(sig) > 0) return;
  if (SIGNALS.includes(s) || /^RTMIN(\+\d+)?$|^RTMAX(-\d+)?$/.test(s)) return;
  throw new Error(`Invalid signal: ${sig}`);
}

/** `80`, `80/udp`, `8000-8002/tcp` → `80/tcp`… (docker/go-connections nat.ParsePortSpecs). */
export function exposedPorts(ports: readonly string[]): string[] {
  const out: string[] = [];
  for (const spec of ports) {
    const [range, proto = 'tcp'] = spec.split('/', 2);
    if (!['tcp', 'udp', 'sctp'].includes(proto.toLowerCase())) throw new Error(`invalid proto: ${proto}`);
    const m = /^(\d+)(?:-(\d+))?$/.exec(range);
    if (!m) throw new Error(`invalid containerPort: ${range}`);
    const start = Number(m[1]);
    const end = m[2] ? Number(m[2]) : start;
    if (start > 65535 || end > 65535) throw new Error(`invalid containerPort: ${range}`);
    if (end < start) throw new Error(`invalid range specified for container port: ${range}`);
    for (let p = start; p <= end; p++) out.push(`${p}/${proto.toLowerCase()}`);
  }
  return out;
}

function withShell(state: StageState, args: string[]): string[] {
  const shell = state.config.Shell?.length ? state.config.Shell : ['/bin/sh', '-c'];
  return [...shell, args.join(' ')];
}

/** Applies a metadata instruction; returns the history `created_by`, or null when there is none. */
export function applyMetadata(state: StageState, cmd: Command, expand: Expand): string | null {
  const c = state.config;
  switch (cmd.kind) {
    case 'env': {
      const pairs = cmd.env.map((kv) => ({ key: expand(kv.key), value: expand(kv.value) }));
      for (const { key, value } of pairs) {
        c.Env = addEnv(c.Env ?? [], key, value);
        state.env.set(key, value);
      }
      return 'ENV ' + pairs.map((p) => `${p.key}=${p.value}`).join(' ');
    }
    case 'label': {
      c.Labels ??= {};
      const parts: string[] = [];
      for (const kv of cmd.labels) {
        const key = expand(kv.key);
        const value = expand(kv.value);
        c.Labels[key] = value;
        parts.push(`${key}=${value}`);
      }
      return 'LABEL ' + parts.join(' ');
    }
    case 'maintainer':
      state.author = cmd.maintainer;
      return `MAINTAINER ${cmd.maintainer}`;
    case 'expose': {
      const ports = exposedPorts(cmd.ports.map(expand));
      c.ExposedPorts ??= {};
      for (const p of ports) c.ExposedPorts[p] = {};
      return `EXPOSE ${goSetV(new Set(ports))}`;
    }
    case 'user':
      c.User = expand(cmd.user);
      return `USER ${c.User}`;
    case 'volume': {
      const volumes = cmd.volumes.map(expand);
      c.Volumes ??= {};
      for (const v of volumes) {
        if (v === '') throw new BuildError('VOLUME specified can not be an empty string', cmd.location);
        c.Volumes[v] = {};
      }
      return `VOLUME ${goSliceV(volumes)}`;
    }
    case 'stopsignal': {
      const sig = expand(cmd.signal);
      checkSignal(sig);
      c.StopSignal = sig;
      return `STOPSIGNAL ${sig}`;
    }
    case 'shell':
      c.Shell = [...cmd.shell];
      return `SHELL ${goSliceV(cmd.shell)}`;
    case 'cmd': {
      const args = cmd.prependShell ? withShell(state, cmd.cmdLine) : [...cmd.cmdLine];
      c.Cmd = args;
      c.ArgsEscaped = true;
      state.cmdSet = true;
      return `CMD ${goSliceQ(args)}`;
    }
    case 'entrypoint': {
      const args = cmd.prependShell ? withShell(state, cmd.cmdLine) : [...cmd.cmdLine];
      c.Entrypoint = cmd.cmdLine.length === 0 && !cmd.prependShell ? null : args;
      if (!state.cmdSet) c.Cmd = null;
      return `ENTRYPOINT ${goSliceQ(c.Entrypoint ?? [])}`;
    }
    case 'healthcheck':
      c.Healthcheck = { ...cmd.health };
      return `HEALTHCHECK ${goHealthcheckV(cmd.health)}`;
    case 'onbuild':
      c.OnBuild = [...(c.OnBuild ?? []), cmd.expression];
      return null;
    default:
      throw new Error(`not a metadata instruction: ${cmd.kind}`);
  }
}

/** `withShell` for RUN (the current SHELL, default /bin/sh -c). */
export function shellArgs(state: StageState, args: string[]): string[] {
  return withShell(state, args);
}
