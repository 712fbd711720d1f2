// What installing a package does to the filesystem: its programs as executable stubs, its links.
import type { FileSystem } from '../../engine/fs/types';
import { binaryStub } from '../../engine/process/types';
import type { PackageSpec } from './catalog';

export function unpack(fs: FileSystem, spec: PackageSpec): void {
  const parent = (path: string) => fs.mkdir(path.slice(0, path.lastIndexOf('/')) || '/', { recursive: true });
  for (const [path, program] of Object.entries(spec.programs ?? {})) {
    parent(path);
    fs.writeFile(path, binaryStub(program), { mode: 0o755 });
  }
  for (const [path, target] of Object.entries(spec.links ?? {})) {
    parent(path);
    if (fs.exists(path)) fs.unlink(path);
    fs.symlink(target, path);
  }
}
