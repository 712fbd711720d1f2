// What the router needs from an engine: one interface per group of routes, as moby's routers each
// declare their Backend. The simulated daemon implements EngineBackend; so could a proxy.
import type { BuildBackend } from './routes/build';
import type { ContainerBackend } from './routes/containers';
import type { ExecBackend } from './routes/exec';
import type { ImageBackend } from './routes/images';
import type { NetworkBackend } from './routes/networks';
import type { SystemBackend } from './routes/system';
import type { VolumeBackend } from './routes/volumes';

export type { BuildBackend, ContainerBackend, ExecBackend, ImageBackend, NetworkBackend, SystemBackend, VolumeBackend };

export interface EngineBackend
  extends BuildBackend,
    ContainerBackend, ExecBackend, ImageBackend, NetworkBackend, VolumeBackend, SystemBackend {}
