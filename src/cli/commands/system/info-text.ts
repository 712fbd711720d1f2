// `docker info`'s text layout (cli/command/system/info.go prettyPrintInfo), from GET /info.

import { bytesSize } from '../../format/units';
import { CLIENT_VERSION } from '../../version';

type Info = Record<string, unknown>;

const num = (v: unknown) => (typeof v === 'number' ? v : 0);
const str = (v: unknown) => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));
const list = (v: unknown) => (Array.isArray(v) ? (v as unknown[]).map(str) : []);

export function clientInfoText(context: string, debug: boolean): string {
  return `Client:\n Version:    ${CLIENT_VERSION.Version}\n Context:    ${context}\n Debug Mode: ${debug}\n`;
}

/** The server part; warnings are returned apart (Docker prints them on stderr). */
export function serverInfoText(info: Info): { text: string; warnings: string[] } {
  const lines: string[] = ['Server:'];
  const add = (s: string) => lines.push(s);
  add(` Containers: ${num(info.Containers)}`);
  add(`  Running: ${num(info.ContainersRunning)}`);
  add(`  Paused: ${num(info.ContainersPaused)}`);
  add(`  Stopped: ${num(info.ContainersStopped)}`);
  add(` Images: ${num(info.Images)}`);
  add(` Server Version: ${str(info.ServerVersion)}`);
  add(` Storage Driver: ${str(info.Driver)}`);
  for (const pair of (info.DriverStatus as string[][] | null) ?? []) add(`  ${pair[0]}: ${pair[1]}`);
  add(` Logging Driver: ${str(info.LoggingDriver)}`);
  add(` Cgroup Driver: ${str(info.CgroupDriver)}`);
  add(` Cgroup Version: ${str(info.CgroupVersion)}`);
  const plugins = (info.Plugins as Record<string, unknown> | null) ?? {};
  add(' Plugins:');
  add(`  Volume: ${list(plugins.Volume).join(' ')}`);
  add(`  Network: ${list(plugins.Network).join(' ')}`);
  if (list(plugins.Authorization).length > 0)
    add(`  Authorization: ${list(plugins.Authorization).join(' ')}`);
  add(`  Log: ${list(plugins.Log).join(' ')}`);
  const swarm = (info.Swarm as Record<string, unknown> | null) ?? {};
  add(` Swarm: ${str(swarm.LocalNodeState) || 'inactive'}`);
  const runtimes = Object.keys((info.Runtimes as Record<string, unknown> | null) ?? {});
  const def = str(info.DefaultRuntime);
  const ordered = runtimes.includes(def) ? [def, ...runtimes.filter((r) => r !== def)] : runtimes;
  add(` Runtimes: ${ordered.join(' ')}`);
  add(` Default Runtime: ${def}`);
  add(` Init Binary: ${str(info.InitBinary)}`);
  add(` containerd version: ${str((info.ContainerdCommit as Record<string, unknown> | null)?.ID)}`);
  add(` runc version: ${str((info.RuncCommit as Record<string, unknown> | null)?.ID)}`);
  add(` init version: ${str((info.InitCommit as Record<string, unknown> | null)?.ID)}`);
  const security = list(info.SecurityOptions);
  if (security.length > 0) {
    add(' Security Options:');
    for (const opt of security) {
      const kv = Object.fromEntries(opt.split(',').map((p) => p.split('=') as [string, string]));
      add(`  ${kv.name}`);
      for (const [k, v] of Object.entries(kv)) {
        if (k !== 'name') add(`   ${k === 'profile' ? 'Profile' : k}: ${v}`);
      }
    }
  }
  add(` Kernel Version: ${str(info.KernelVersion)}`);
  add(` Operating System: ${str(info.OperatingSystem)}`);
  add(` OSType: ${str(info.OSType)}`);
  add(` Architecture: ${str(info.Architecture)}`);
  add(` CPUs: ${num(info.NCPU)}`);
  add(` Total Memory: ${bytesSize(num(info.MemTotal))}`);
  add(` Name: ${str(info.Name)}`);
  add(` ID: ${str(info.ID)}`);
  add(` Docker Root Dir: ${str(info.DockerRootDir)}`);
  add(` Debug Mode: ${Boolean(info.Debug)}`);
  if (str(info.HttpProxy)) add(` HTTP Proxy: ${str(info.HttpProxy)}`);
  if (str(info.HttpsProxy)) add(` HTTPS Proxy: ${str(info.HttpsProxy)}`);
  if (str(info.NoProxy)) add(` No Proxy: ${str(info.NoProxy)}`);
  const labels = list(info.Labels);
  if (labels.length > 0) {
    add(' Labels:');
    for (const l of labels) add(`  ${l}`);
  }
  add(` Experimental: ${Boolean(info.ExperimentalBuild)}`);
  const registry = (info.RegistryConfig as Record<string, unknown> | null) ?? {};
  const insecure = list(registry.InsecureRegistryCIDRs);
  if (insecure.length > 0) {
    add(' Insecure Registries:');
    for (const r of insecure) add(`  ${r}`);
  }
  const mirrors = list(registry.Mirrors);
  if (mirrors.length > 0) {
    add(' Registry Mirrors:');
    for (const m of mirrors) add(`  ${m}`);
  }
  add(` Live Restore Enabled: ${Boolean(info.LiveRestoreEnabled)}`);
  return { text: lines.join('\n') + '\n\n', warnings: list(info.Warnings) };
}
