// Public entry of the docker CLI for the host (installs it as /usr/bin/docker) and the terminal.

export { createDockerProgram, dockerMain, type Connector } from './main';
export { ConnectionError } from './errors';
export { dockerCompletion } from './completion';
export type { EngineApi } from './engine-api';
export type { CliProcess } from './process';
export { DEFAULT_HOST } from './globals';
