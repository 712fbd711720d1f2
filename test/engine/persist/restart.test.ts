// A reload is a reboot of the host: containers that were up come back as a real dockerd brings them back
// after one (fixtures/daemon-restart.txt, "after: reboot"): Exited (255), then always, unless-stopped
// and on-failure start again from their command, and what they serve answers again.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { machine, reload, sh } from './helpers';

const recorded = readFileSync(new URL('./fixtures/daemon-restart.txt', import.meta.url), 'utf8');

/** The `docker ps -a` lines (name, status) recorded after a reboot. */
function recordedAfterReboot(): string[] {
  const section = recorded.split('## after: reboot\n')[1]!.split('\n\n')[0]!;
  return section
    .split('\n')
    .filter((l) => l.includes('\t'))
    .map((l) => l.replace(/N seconds ago/, 'Less than a second ago').replace(/Up N seconds/, 'Up'));
}

describe('containers after a reload', () => {
  it('come back as a real dockerd brings them back after a reboot', async () => {
    const w = machine();
    await w.preload(['busybox']);
    await sh(
      w,
      'docker run -d --name r-no busybox sleep 1000',
      'docker run -d --name r-always --restart always busybox sleep 1000',
      'docker run -d --name r-unless --restart unless-stopped busybox sleep 1000',
      'docker run -d --name r-onfail --restart on-failure busybox sleep 1000',
      'docker create --name r-created --restart always busybox true',
    );
    const fresh = reload(w);
    const ps = await sh(fresh, "docker ps -a --format '{{.Names}}\t{{.Status}}'");
    const lines = ps
      .trim()
      .split('\n')
      .map((l) => l.replace(/Up Less than a second/, 'Up'))
      .sort();
    expect(lines).toEqual(recordedAfterReboot());
    expect(
      await sh(fresh, "docker inspect --format '{{.RestartCount}} {{.State.ExitCode}}' r-always r-no"),
    ).toBe('0 0\n0 255\n');
  });

  it('a web server with --restart always answers on its published port again', async () => {
    const w = machine();
    await w.preload(['nginx']);
    await sh(w, 'docker run -d --name web --restart always -p 8080:80 nginx');
    const page = await sh(w, 'curl -s localhost:8080');
    expect(page).toContain('Welcome to nginx!');
    const fresh = reload(w);
    expect(await sh(fresh, 'curl -s localhost:8080')).toBe(page);
    expect(await sh(fresh, 'docker port web')).toBe('80/tcp -> 0.0.0.0:8080\n80/tcp -> [::]:8080\n');
  });
});
