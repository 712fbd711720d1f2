// Every daemon error of the lifecycle, against what the real engine printed (fixtures/real-docker.txt).
import { describe, expect, it } from 'vitest';
import { containerCreate } from '../../../../src/engine/daemon/container/create';
import { containerStart } from '../../../../src/engine/daemon/container/start';
import { containerStop } from '../../../../src/engine/daemon/container/stop';
import { containerKill } from '../../../../src/engine/daemon/container/kill';
import { containerPause } from '../../../../src/engine/daemon/container/pause';
import { containerUnpause } from '../../../../src/engine/daemon/container/unpause';
import { containerRemove } from '../../../../src/engine/daemon/container/remove';
import { containerRename } from '../../../../src/engine/daemon/container/rename';
import { execCreate } from '../../../../src/engine/daemon/exec/create';
import { Conflict, InvalidParameter, NotFound, NotModified } from '../../../../src/engine/api/errors';
import { daemonMessage } from './fixture';
import { testDaemon } from './helpers';

const P = 'baleinefixweb';

async function message(fn: () => unknown): Promise<string> {
  try {
    await fn();
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('no error');
}

describe('container errors, worded as the real engine words them', () => {
  it('names: invalid and taken', async () => {
    const { daemon } = testDaemon();
    expect(await message(() => containerCreate(daemon, { Image: 'busybox' }, 'a'))).toBe(
      daemonMessage('create --name a busybox'),
    );
    expect(await message(() => containerCreate(daemon, { Image: 'busybox' }, 'a b'))).toBe(
      daemonMessage('create --name a b busybox'),
    );
    const { Id } = containerCreate(daemon, { Image: 'busybox', Cmd: ['sleep', '100'] }, P);
    expect(() => containerCreate(daemon, { Image: 'busybox' }, P)).toThrow(Conflict);
    expect(await message(() => containerCreate(daemon, { Image: 'busybox' }, P))).toBe(
      daemonMessage(`create --name ${P} busybox`, Id),
    );
  });

  it('runtime failures: not found 127, not executable 126', async () => {
    const { daemon } = testDaemon();
    const cases: [string[], string][] = [
      [['foo'], 'run --rm busybox foo'],
      [['/etc'], 'run --rm busybox /etc'],
      [['/etc/nothere'], 'run --rm busybox /etc/passwd'],
    ];
    for (const [cmd, command] of cases) {
      const { Id } = containerCreate(daemon, { Image: 'busybox', Cmd: cmd });
      const expected = daemonMessage(command).replaceAll('/etc/passwd', '/etc/nothere');
      expect(await message(() => containerStart(daemon, Id))).toBe(expected);
      const c = daemon.containers.get(Id);
      expect(c.state).toBe('created');
      expect(c.view.context.exitCode).toBe(cmd[0] === '/etc' ? 126 : 127);
      expect(c.view.context.error).toBe(expected);
    }
  });

  it('validation at create: memory floor, relative working directory', async () => {
    const { daemon } = testDaemon();
    expect(
      await message(() => containerCreate(daemon, { Image: 'busybox', HostConfig: { Memory: 1024 } })),
    ).toBe(daemonMessage('run --rm -m 1k busybox true'));
    expect(await message(() => containerCreate(daemon, { Image: 'busybox', WorkingDir: 'rel' }))).toBe(
      daemonMessage('run --rm -w rel busybox true'),
    );
    expect(() => containerCreate(daemon, { Image: 'busybox', WorkingDir: 'rel' })).toThrow(InvalidParameter);
  });

  it('every illegal transition of a running, paused and stopped container', async () => {
    const { daemon } = testDaemon();
    const { Id } = containerCreate(daemon, { Image: 'busybox', Cmd: ['sleep', '100'] }, P);
    containerStart(daemon, P);
    expect(() => containerStart(daemon, P)).toThrow(NotModified);
    expect(await message(() => containerRemove(daemon, P))).toBe(daemonMessage(`rm ${P}`, Id));
    containerPause(daemon, P);
    expect(await message(() => containerPause(daemon, P))).toBe(daemonMessage(`pause ${P}`, Id, 1));
    expect(await message(() => containerRemove(daemon, P))).toBe(daemonMessage(`rm ${P}`, Id, 1));
    expect(await message(() => containerStart(daemon, P))).toBe(daemonMessage(`start ${P}`, Id, 2));
    expect(await message(() => execCreate(daemon, P, { Cmd: ['true'] }))).toBe(
      daemonMessage(`exec ${P} true`, Id),
    );
    await containerKill(daemon, P);
    expect(await message(() => containerUnpause(daemon, P))).toBe(daemonMessage(`unpause ${P}`, Id));
    expect(await message(() => containerKill(daemon, P, 'NOPE'))).toBe(
      daemonMessage(`kill -s NOPE ${P}`, Id),
    );
    expect(await message(() => containerKill(daemon, P))).toBe(daemonMessage(`kill ${P}`, Id, 1));
    await expect(containerStop(daemon, P)).rejects.toBeInstanceOf(NotModified);
    expect(await message(() => execCreate(daemon, P, { Cmd: ['true'] }))).toBe(
      daemonMessage(`exec ${P} true`, Id, 1),
    );
    expect(await message(() => containerPause(daemon, P))).toBe(daemonMessage(`pause ${P}`, Id, 2));
  });

  it('rename: same name, invalid name', async () => {
    const { daemon } = testDaemon();
    const { Id } = containerCreate(daemon, { Image: 'busybox', Cmd: ['true'] }, P);
    expect(await message(() => containerRename(daemon, P, P))).toBe(daemonMessage(`rename ${P} ${P}`, Id));
    expect(await message(() => containerRename(daemon, P, 'a'))).toBe(daemonMessage(`rename ${P} a`, Id));
  });

  it('unknown container', async () => {
    const { daemon } = testDaemon();
    expect(await message(() => containerRemove(daemon, 'nosuch'))).toBe(daemonMessage('rm nosuch'));
    await expect(containerRemove(daemon, 'nosuch')).rejects.toBeInstanceOf(NotFound);
  });
});
