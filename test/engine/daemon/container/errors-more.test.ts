// Round 2 of the real-engine recordings (fixtures/real-docker.txt): exec refusals, top on a stopped
// container, removing a restarting one, --read-only with --tmpfs, -w and -h.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { containerCreate } from '../../../../src/engine/daemon/container/create';
import { containerStart } from '../../../../src/engine/daemon/container/start';
import { containerTop } from '../../../../src/engine/daemon/container/top';
import { containerRemove } from '../../../../src/engine/daemon/container/remove';
import { containerInspect } from '../../../../src/engine/daemon/container/inspect';
import { execCreate } from '../../../../src/engine/daemon/exec/create';
import { execStart } from '../../../../src/engine/daemon/exec/start';
import type { Daemon } from '../../../../src/engine/daemon/daemon';
import { daemonMessage, recordedExit } from './fixture';
import { testDaemon, tick } from './helpers';

const P = 'baleinefixweb';

async function execOutput(
  d: Daemon,
  req: { Cmd: string[]; User?: string; WorkingDir?: string },
): Promise<[string, number]> {
  const { Id } = execCreate(d, P, { ...req, AttachStdout: true, AttachStderr: true });
  const s = execStart(d, Id);
  let text = '';
  for await (const f of s.output) text += new TextDecoder().decode(f.data);
  return [text, await s.exit];
}

describe('exec refusals as the real engine prints them, exit 126', () => {
  it('unknown user, missing working directory, missing command', async () => {
    const { daemon } = testDaemon();
    containerCreate(daemon, { Image: 'busybox', Cmd: ['sleep', '100'] }, P);
    containerStart(daemon, P);
    const cases: [{ Cmd: string[]; User?: string; WorkingDir?: string }, string][] = [
      [{ Cmd: ['true'], User: 'nobody2' }, `exec -u nobody2 ${P} true`],
      [{ Cmd: ['true'], WorkingDir: '/nope' }, `exec -w /nope ${P} true`],
      [{ Cmd: ['foo'] }, `exec ${P} foo`],
    ];
    for (const [req, command] of cases) {
      const [text, code] = await execOutput(daemon, req);
      expect(code).toBe(recordedExit(command));
      // The CLI copied the exec's stream, runc's message with its \r\n, as it came.
      expect(text).toBe(recordedText(command));
    }
  });
});

describe('more daemon errors', () => {
  it('top of a stopped container; rm of a restarting one', async () => {
    const { daemon } = testDaemon();
    const { Id } = containerCreate(
      daemon,
      {
        Image: 'busybox',
        Cmd: ['false'],
        HostConfig: { RestartPolicy: { Name: 'on-failure', MaximumRetryCount: 2 } },
      },
      P,
    );
    expect(() => containerTop(daemon, P)).toThrow(daemonMessage(`top ${P}`, Id));
    containerStart(daemon, P);
    await daemon.containers.get(P).nextExit();
    expect(daemon.containers.get(P).state).toBe('restarting');
    await expect(containerRemove(daemon, P)).rejects.toThrow(daemonMessage(`rm ${P}`, Id, 4));
  });
});

describe('run options recorded on the real engine', () => {
  it('--read-only refuses writes but --tmpfs stays writable; -w creates the directory; -h sets the hostname', async () => {
    const { daemon } = testDaemon();
    containerCreate(
      daemon,
      {
        Image: 'busybox',
        Cmd: ['sleep', '100'],
        HostConfig: { ReadonlyRootfs: true, Tmpfs: { '/run': '' } },
      },
      'ro',
    );
    containerStart(daemon, 'ro');
    const ro = daemon.containers.get('ro');
    expect(() => ro.fs.writeFile('/x', '')).toThrow(/EROFS/);
    ro.fs.writeFile('/run/x', '');
    expect(ro.fs.exists('/run/x')).toBe(true);
    containerCreate(
      daemon,
      { Image: 'busybox', Cmd: ['id'], WorkingDir: '/data', Hostname: 'myhost' },
      'opts',
    );
    containerStart(daemon, 'opts');
    await tick();
    expect(daemon.containers.get('opts').log.read()[0].text).toBe('uid=0 gid=0 cwd=/data host=myhost\n');
    expect(recordedText('run --rm -w /data busybox pwd')).toBe('/data\n');
    expect(recordedText('run --rm -h myhost busybox hostname')).toBe('myhost\n');
    expect(containerInspect(daemon, 'opts').Config.Hostname).toBe('myhost');
  });
});

/** What the CLI printed for a recorded command (stdout and stderr as they came). */
function recordedText(command: string): string {
  return recordedLines(command).join('\n') + '\n';
}

function recordedLines(command: string): string[] {
  const text = readFileSync(fileURLToPath(new URL('./fixtures/real-docker.txt', import.meta.url)), 'utf8');
  const block = text.split(/^\$ docker /m).find((b) => b.startsWith(`${command}\n`));
  if (!block) throw new Error(`no recording for docker ${command}`);
  const lines = block.split('\n').slice(1);
  return lines.slice(
    0,
    lines.findIndex((l) => /^\[exit \d+\]$/.test(l)),
  );
}
