import { describe, expect, it } from 'vitest';
import { dockerCompletion } from '../../src/cli/completion';
import type { EngineApi } from '../../src/cli/engine-api';
import { fakeEngine } from './fake-engine';

async function complete(line: string, setup?: (e: ReturnType<typeof fakeEngine>) => Promise<void>) {
  const e = fakeEngine({ images: ['busybox:latest', 'nginx:1.27'] });
  e.containers.set('a'.repeat(64), {
    id: 'a'.repeat(64),
    name: 'web',
    body: { Image: 'nginx' },
    state: 'running',
    exitCode: 0,
  });
  e.containers.set('b'.repeat(64), {
    id: 'b'.repeat(64),
    name: 'old',
    body: { Image: 'busybox' },
    state: 'exited',
    exitCode: 0,
  });
  await setup?.(e);
  const words = line.split(' ');
  return dockerCompletion(() => e.api as EngineApi).complete({
    line,
    cursor: line.length,
    words,
    command: words.length === 1,
  });
}

describe('docker tab completion', () => {
  it('completes commands and management commands', async () => {
    expect(await complete('docker r')).toEqual(['rename', 'restart', 'rm', 'rmi', 'run']);
    expect(await complete('docker net')).toEqual(['network']);
    expect(await complete('docker container l')).toEqual(['list', 'logs', 'ls']);
  });

  it('completes flags of the command', async () => {
    expect(await complete('docker ps --f')).toEqual(['--filter', '--format']);
    expect(await complete('docker run --rm --net')).toEqual(['--network', '--network-alias']);
  });

  it('completes names from the engine according to the argument', async () => {
    expect(await complete('docker stop ')).toEqual(['web']);
    expect(await complete('docker rm ')).toEqual(['old', 'web']);
    expect(await complete('docker run -d ng')).toEqual(['nginx:1.27']);
    expect(await complete('docker run --network ')).toEqual(['bridge', 'host', 'none']);
    expect(await complete('docker volume rm d')).toEqual(['data']);
    expect(await complete('docker network connect bridge w')).toEqual(['web']);
  });

  it('leaves other programs and the container command to the shell', async () => {
    expect(await complete('ls ')).toBeNull();
    expect(await complete('docker run busybox ')).toBeNull();
  });
});
