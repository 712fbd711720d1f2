// POST /containers/create (moby daemon/create.go): validate the request, merge the image's config,
// reserve the name, lay the RW layer over the image, mount the container's own files.
import { InvalidParameter } from '../../api/errors';
import type {
  ContainerCreateRequest,
  ContainerCreateResponse,
  ContainerConfig,
  HostConfig,
} from '../../api/types';
import { commandOf, mergeImageConfig, normalizeConfig } from '../../container/config';
import { normalizeHostConfig } from '../../container/host-config';
import { generateId, truncateId } from '../../container/ids';
import { randomName, validateName } from '../../container/names';
import { restartPolicyError } from '../../container/restart-policy';
import type { Daemon } from '../daemon';
import { HOST_CPUS } from '../../stats/sampler';
import { invalidBindMode } from '../../volume/specs';
import { verifyNetworkingConfig } from '../network/verify';
import { volumeCreateEvents } from '../volume/events';
import { assembleContainer } from './assemble';

/** Docker's floor for --memory (linuxMinMemory). */
export const MIN_MEMORY = 6 * 1024 * 1024;

function validate(config: ContainerConfig, host: HostConfig): void {
  if (config.WorkingDir && !config.WorkingDir.startsWith('/')) {
    throw new InvalidParameter(
      `the working directory '${config.WorkingDir}' is invalid, it needs to be an absolute path`,
    );
  }
  for (const bind of host.Binds ?? []) {
    const mode = invalidBindMode(bind);
    if (mode !== null) throw new InvalidParameter(`invalid mode: ${mode}`);
  }
  if (host.Memory && host.Memory > 0 && host.Memory < MIN_MEMORY) {
    throw new InvalidParameter('Minimum memory limit allowed is 6MB');
  }
  if (host.NanoCpus && (host.NanoCpus < 0 || host.NanoCpus > HOST_CPUS * 1e9)) {
    throw new InvalidParameter(
      `Range of CPUs is from 0.01 to ${HOST_CPUS}.00, as there are only ${HOST_CPUS} CPUs available`,
    );
  }
  const policy = host.RestartPolicy;
  if (policy) {
    const err = restartPolicyError({ Name: policy.Name, MaximumRetryCount: policy.MaximumRetryCount ?? 0 });
    if (err) throw new InvalidParameter(err);
    if (host.AutoRemove && policy.Name !== '' && policy.Name !== 'no') {
      throw new InvalidParameter("can't create 'AutoRemove' container with restart policy");
    }
  }
  const hc = config.Healthcheck;
  if (hc) {
    for (const [field, v] of [
      ['Interval', hc.Interval],
      ['Timeout', hc.Timeout],
      ['StartPeriod', hc.StartPeriod],
    ] as const) {
      if (v !== undefined && v !== 0 && v < 1_000_000) {
        throw new InvalidParameter(`${field} in Healthcheck cannot be less than 1ms`);
      }
    }
    if (hc.Retries !== undefined && hc.Retries < 0)
      throw new InvalidParameter('Retries in Healthcheck cannot be negative');
  }
}

function reserveName(d: Daemon, requested: string | undefined, id: string): string {
  if (requested) {
    const name = validateName(requested);
    d.containers.reserveName(name, id);
    return name;
  }
  for (let retry = 0; ; retry++) {
    const name = `/${randomName(d.random, retry)}`;
    if (!d.containers.isNameTaken(name)) {
      d.containers.reserveName(name, id);
      return name;
    }
  }
}

export function containerCreate(
  d: Daemon,
  body: ContainerCreateRequest,
  name?: string,
): ContainerCreateResponse {
  const { HostConfig: hostIn, NetworkingConfig: netIn, ...configIn } = body;
  const host = normalizeHostConfig(hostIn);
  validate(configIn, host);
  // adaptContainerSettings: a memory limit without a swap limit allows as much swap again.
  if (host.Memory && host.Memory > 0 && !host.MemorySwap) host.MemorySwap = host.Memory * 2;
  if (!configIn.Image) throw new InvalidParameter('No command specified');
  const image = d.images.resolve(configIn.Image);
  verifyNetworkingConfig(netIn);
  const config = mergeImageConfig(configIn, image.config.config);
  const command = commandOf(config);
  const id = generateId(d.random);
  const containerName = reserveName(d, name, id);
  try {
    config.Hostname = config.Hostname || truncateId(id);
    const container = assembleContainer(d, {
      id,
      name: containerName,
      created: d.clock.now(),
      config: normalizeConfig(config),
      hostConfig: host,
      networkingConfig: netIn ?? {},
      image,
      path: command.path,
      args: command.args,
    });
    d.containers.add(container);
    volumeCreateEvents(d, container);
    d.containerEvent(container, 'create');
    return { Id: id, Warnings: [] };
  } catch (err) {
    d.containers.releaseName(containerName);
    throw err;
  }
}
