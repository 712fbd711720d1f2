// The "-init" layer Docker puts between an image and each container's RW layer (moby
// daemon/initlayer): the mount points of the files and trees the daemon mounts at start. It is the
// same for every container, so one frozen layer is shared by all; `docker diff` does not see it.
import { LayerBuilder } from '../layer/builder';
import type { Layer } from '../layer/layer';
import type { Hasher } from '../world/types';
import { CHAR_DEVICES } from '../fs/devices';

export function buildInitLayer(hasher: Hasher): Layer {
  const b = new LayerBuilder().dir('/dev');
  // runc's default devices (what `ls -l /dev` shows in a container: null, zero, full, random, urandom, tty).
  for (const d of CHAR_DEVICES) b.chardev(`/dev/${d.name}`, d.major, d.minor);
  return b
    .dir('/dev/pts')
    .dir('/dev/shm')
    .file('/dev/console', '', { mode: 0o755 })
    .dir('/etc')
    .file('/etc/hostname', '', { mode: 0o755 })
    .file('/etc/hosts', '', { mode: 0o755 })
    .file('/etc/resolv.conf', '', { mode: 0o755 })
    .symlink('/etc/mtab', '/proc/mounts')
    .dir('/proc')
    .dir('/sys')
    .file('/.dockerenv', '', { mode: 0o755 })
    .build(hasher);
}
