// A container's configuration from the create request and its image (moby daemon/commit.go merge and
// container.CreateDaemonEnvironment): what the request leaves out comes from the image.
import { InvalidParameter } from '../api/errors';
import { goMap } from '../api/go-map';
import type { ContainerConfig, HealthConfig } from '../api/types';

function envKey(entry: string): string {
  const eq = entry.indexOf('=');
  return eq < 0 ? entry : entry.slice(0, eq);
}

/** The request's entries first, then the image's whose keys the request does not set. */
export function mergeEnv(
  user: readonly string[] | null | undefined,
  image: readonly string[] | null | undefined,
): string[] {
  const out = [...(user ?? [])];
  const keys = new Set(out.map(envKey));
  for (const e of image ?? []) if (!keys.has(envKey(e))) out.push(e);
  return out;
}

function mergeHealth(
  user: HealthConfig | undefined,
  image: HealthConfig | undefined,
): HealthConfig | undefined {
  if (!user) return image;
  if (!image) return user;
  return {
    Test: user.Test && user.Test.length > 0 ? user.Test : image.Test,
    Interval: user.Interval || image.Interval,
    Timeout: user.Timeout || image.Timeout,
    StartPeriod: user.StartPeriod || image.StartPeriod,
    Retries: user.Retries || image.Retries,
  };
}

export function mergeImageConfig(user: ContainerConfig, image: ContainerConfig): ContainerConfig {
  const out: ContainerConfig = { ...user };
  out.User = user.User || image.User || '';
  out.Env = mergeEnv(user.Env, image.Env);
  out.WorkingDir = user.WorkingDir || image.WorkingDir || '';
  const ports = { ...(image.ExposedPorts ?? {}), ...(user.ExposedPorts ?? {}) };
  out.ExposedPorts = Object.keys(ports).length ? goMap(ports) : undefined;
  const volumes = { ...(image.Volumes ?? {}), ...(user.Volumes ?? {}) };
  out.Volumes = Object.keys(volumes).length ? goMap(volumes) : undefined;
  out.Labels = goMap({ ...(image.Labels ?? {}), ...(user.Labels ?? {}) });
  if (!user.Entrypoint || user.Entrypoint.length === 0) {
    if (!user.Cmd || user.Cmd.length === 0) out.Cmd = image.Cmd ?? null;
    if (!user.Entrypoint) out.Entrypoint = image.Entrypoint ?? null;
  }
  if (out.Entrypoint && out.Entrypoint.length === 1 && out.Entrypoint[0] === '') out.Entrypoint = null;
  out.StopSignal = user.StopSignal || image.StopSignal;
  const health = mergeHealth(user.Healthcheck, image.Healthcheck);
  if (health) out.Healthcheck = health;
  out.OnBuild = null;
  return out;
}

/** Path and Args of inspect: the entrypoint followed by the command. Throws when there is none. */
export function commandOf(config: ContainerConfig): { path: string; args: string[] } {
  const argv = [...(config.Entrypoint ?? []), ...(config.Cmd ?? [])];
  if (argv.length === 0) throw new InvalidParameter('No command specified');
  return { path: argv[0], args: argv.slice(1) };
}

export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** The environment of the container's processes: PATH, HOSTNAME, TERM (with a TTY), the config's Env, HOME. */
export function runtimeEnv(config: ContainerConfig, hostname: string, home: string): Record<string, string> {
  const env: Record<string, string> = { PATH: DEFAULT_PATH, HOSTNAME: hostname };
  if (config.Tty) env.TERM = 'xterm';
  for (const entry of config.Env ?? []) {
    const eq = entry.indexOf('=');
    if (eq > 0) env[entry.slice(0, eq)] = entry.slice(eq + 1);
  }
  env.HOME ??= home;
  return env;
}

/** The summary's `Command` (moby daemon/list.go): arguments with a space in single quotes. */
export function commandLine(path: string, args: readonly string[]): string {
  return [path, ...args.map((a) => (a.includes(' ') ? `'${a}'` : a))].join(' ');
}

/** The Config inspect shows: Docker's field order, its defaults, `omitempty` fields left out when empty. */
export function normalizeConfig(c: ContainerConfig): ContainerConfig {
  const out: ContainerConfig = {
    Hostname: c.Hostname ?? '',
    Domainname: c.Domainname ?? '',
    User: c.User ?? '',
    AttachStdin: c.AttachStdin ?? false,
    AttachStdout: c.AttachStdout ?? false,
    AttachStderr: c.AttachStderr ?? false,
  };
  if (c.ExposedPorts && Object.keys(c.ExposedPorts).length) out.ExposedPorts = c.ExposedPorts;
  out.Tty = c.Tty ?? false;
  out.OpenStdin = c.OpenStdin ?? false;
  out.StdinOnce = c.StdinOnce ?? false;
  out.Env = c.Env && c.Env.length ? c.Env : null;
  out.Cmd = c.Cmd && c.Cmd.length ? c.Cmd : null;
  if (c.Healthcheck) out.Healthcheck = c.Healthcheck;
  if (c.ArgsEscaped) out.ArgsEscaped = c.ArgsEscaped;
  out.Image = c.Image ?? '';
  // Go marshals an empty map field as null: inspect shows `"Volumes": null`.
  (out as Record<string, unknown>).Volumes = c.Volumes && Object.keys(c.Volumes).length ? c.Volumes : null;
  out.WorkingDir = c.WorkingDir ?? '';
  out.Entrypoint = c.Entrypoint && c.Entrypoint.length ? c.Entrypoint : null;
  if (c.NetworkDisabled) out.NetworkDisabled = true;
  if (c.MacAddress) out.MacAddress = c.MacAddress;
  out.OnBuild = c.OnBuild && c.OnBuild.length ? c.OnBuild : null;
  out.Labels = c.Labels ?? {};
  if (c.StopSignal) out.StopSignal = c.StopSignal;
  if (c.StopTimeout !== undefined && c.StopTimeout !== null) out.StopTimeout = c.StopTimeout;
  if (c.Shell && c.Shell.length) out.Shell = c.Shell;
  return out;
}
