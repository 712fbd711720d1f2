// GET /containers/{id}/json (moby daemon/inspect.go), v1.41 shape, fields in Docker's order. State is
// derived from the lifecycle machine; paths under /var/lib/docker appear once the container started.
import type { ContainerInspect } from '../../api/types';
import type { Container } from '../../container/container';
import { inspectState } from '../../container/status';
import { rfc3339Nano } from '../../container/time';
import type { Daemon } from '../daemon';
import { networkSettings } from './network-settings';

const ROOT = '/var/lib/docker';

function graphDriver(c: Container): ContainerInspect['GraphDriver'] {
  const dir = `${ROOT}/overlay2/${c.id}`;
  const image = c.rootfs.lowers
    .slice(0, -1)
    .map((l) => `${ROOT}/overlay2/${l.diffId.replace(/^sha256:/, '')}/diff`)
    .reverse();
  return {
    Data: {
      LowerDir: [`${dir}-init/diff`, ...image].join(':'),
      MergedDir: `${dir}/merged`,
      UpperDir: `${dir}/diff`,
      WorkDir: `${dir}/work`,
    },
    Name: 'overlay2',
  };
}

export function inspectContainer(d: Daemon, c: Container, size = false): ContainerInspect {
  const view = c.view;
  const started = view.context.startedAt !== null;
  const files = (name: string) => (started ? `${ROOT}/containers/${c.id}/${name}` : '');
  const out: ContainerInspect = {
    Id: c.id,
    Created: rfc3339Nano(c.created),
    Path: c.path,
    Args: [...c.args],
    State: inspectState(view),
    Image: c.imageId,
    ResolvConfPath: files('resolv.conf'),
    HostnamePath: files('hostname'),
    HostsPath: files('hosts'),
    LogPath: files(`${c.id}-json.log`),
    Name: c.name,
    RestartCount: view.context.restartCount,
    Driver: 'overlay2',
    Platform: 'linux',
    MountLabel: '',
    ProcessLabel: '',
    AppArmorProfile: '',
    ExecIDs: c.execIds.size ? [...c.execIds] : null,
    HostConfig: c.hostConfig,
    GraphDriver: graphDriver(c),
    Mounts: d.volumes?.mountPoints(c) ?? [],
    Config: c.config,
    NetworkSettings: networkSettings(d, c),
  };
  if (size) {
    out.SizeRw = c.rw.size;
    out.SizeRootFs = c.rw.size + d.images.get(c.imageId)!.size;
  }
  return out;
}

export function containerInspect(d: Daemon, ref: string, size = false): ContainerInspect {
  return inspectContainer(d, d.containers.get(ref), size);
}
