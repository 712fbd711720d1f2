import { describe, expect, it } from 'vitest';
import { containerCreate } from '../../../../src/engine/daemon/container/create';
import { containerStart } from '../../../../src/engine/daemon/container/start';
import { containerWait } from '../../../../src/engine/daemon/container/wait';
import { containerChanges } from '../../../../src/engine/daemon/container/changes';
import { containerList } from '../../../../src/engine/daemon/container/list';
import { restoreContainers, saveContainers } from '../../../../src/engine/daemon/container/persist';
import { Daemon } from '../../../../src/engine/daemon/daemon';
import { testDaemon } from './helpers';

function reboot(old: ReturnType<typeof testDaemon>): Daemon {
  const saved = saveContainers(old.daemon);
  const fresh = new Daemon({ world: old.daemon.world, kernel: old.kernel, images: old.images });
  restoreContainers(fresh, structuredClone(saved));
  return fresh;
}

describe('saving and restoring containers', () => {
  it('keeps names, RW layer changes, logs and exit codes; running ones come back per restart policy', async () => {
    const old = testDaemon();
    const d = old.daemon;
    containerCreate(d, { Image: 'busybox', Cmd: ['touch', '/tmp/fichier'] }, 'done');
    containerStart(d, 'done');
    await containerWait(d, 'done');
    containerCreate(d, { Image: 'busybox', Cmd: ['sleep', '1000'] }, 'plain');
    containerStart(d, 'plain');
    containerCreate(
      d,
      {
        Image: 'busybox',
        Cmd: ['sleep', '1000'],
        HostConfig: { RestartPolicy: { Name: 'always', MaximumRetryCount: 0 } },
      },
      'always',
    );
    containerStart(d, 'always');
    const fresh = reboot(old);
    expect(containerChanges(fresh, 'done')).toEqual([
      { Path: '/tmp', Kind: 0 },
      { Path: '/tmp/fichier', Kind: 1 },
    ]);
    const states = Object.fromEntries(
      containerList(fresh, { all: true }).map((s) => [s.Names[0], [s.State, s.Status]]),
    );
    expect(states['/done']).toEqual(['exited', 'Exited (0) Less than a second ago']);
    expect(states['/plain']).toEqual(['exited', 'Exited (255) Less than a second ago']);
    expect(states['/always'][0]).toBe('running');
    expect(() => containerCreate(fresh, { Image: 'busybox' }, 'plain')).toThrow(/already in use/);
  });
});
