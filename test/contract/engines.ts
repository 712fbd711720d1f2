// The engines the contract suite runs against: the real dockerd on this machine (over its unix
// socket, when it answers) and the simulator (in-process, the test daemon behind the router).
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import type { Transport } from '../../src/client/transport';
import { HttpTransport } from '../../src/client/transports/http';
import { InProcessTransport } from '../../src/client/transports/in-process';
import { simEngine } from '../client/sim-engine';

export const DOCKER_SOCK = process.env.BALEINE_DOCKER_SOCK ?? '/var/run/docker.sock';

export function realEngineAnswers(): boolean {
  if (!existsSync(DOCKER_SOCK)) return false;
  try {
    return (
      execFileSync(
        'curl',
        ['-sf', '--max-time', '3', '--unix-socket', DOCKER_SOCK, 'http://localhost/_ping'],
        { encoding: 'utf8' },
      ) === 'OK'
    );
  } catch {
    return false;
  }
}

export interface Target {
  name: 'dockerd' | 'simulator';
  transport: Transport;
}

export function realTarget(): Target {
  return { name: 'dockerd', transport: new HttpTransport({ socketPath: DOCKER_SOCK }) };
}

export function simTarget(): Target {
  return { name: 'simulator', transport: new InProcessTransport(simEngine().router) };
}
