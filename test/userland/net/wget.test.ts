import { describe, expect, it } from 'vitest';
import { containerCreate } from '../../../src/engine/daemon/container/create';
import { containerStart } from '../../../src/engine/daemon/container/start';
import type { NetStack, Program } from '../../../src/engine/process/types';
import { wgetBusybox } from '../../../src/userland/net/wget-busybox';
import { PROGRAMS, tick } from '../../engine/daemon/container/helpers';
import { networkDaemon } from '../../engine/network/helpers';
import { makeContext } from '../helpers/context';

const page: Program = async (ctx) => {
  ctx.net.listen(80, (conn) => {
    void (async () => {
      const req = (await conn.read()) ?? '';
      const missing = req.startsWith('GET /nope');
      conn.write(
        missing
          ? 'HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n'
          : 'HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\nsalut\n',
      );
      conn.end();
    })();
  });
  for (;;) await ctx.sleep(100);
};
PROGRAMS.page = page;

async function run(argv: string[], net: NetStack) {
  const { ctx, stdout, stderr } = makeContext(['wget', ...argv], { cwd: '/root' });
  const status = await wgetBusybox({ ...ctx, net });
  return { status, stdout: stdout.text, stderr: stderr.text, fs: ctx.fs };
}

async function setup(network?: string) {
  const t = networkDaemon();
  if (network) await t.backend.networkCreate({ Name: network });
  const mode = network ? { NetworkMode: network } : {};
  containerCreate(t.daemon, { Image: 'busybox', Cmd: ['page'], HostConfig: mode }, 'srv');
  containerCreate(t.daemon, { Image: 'busybox', Cmd: ['sleep', '100'], HostConfig: mode }, 'cli');
  containerStart(t.daemon, 'srv');
  containerStart(t.daemon, 'cli');
  await tick();
  return t.networking.attachment(t.daemon.containers.get('cli'))!.stack;
}

describe('busybox wget', () => {
  it("does not resolve names on the default bridge: wget: bad address 'srv'", async () => {
    const cli = await setup();
    expect(await run(['-q', '-O-', 'http://srv/'], cli)).toMatchObject({
      status: 1,
      stderr: "wget: bad address 'srv'\n",
    });
    expect((await run(['-q', '-O-', 'http://172.17.0.2/'], cli)).stdout).toBe('salut\n');
  });

  it('fetches by name on a user-defined network, to stdout or a file', async () => {
    const cli = await setup('app');
    expect(await run(['-O-', 'http://srv/'], cli)).toEqual({
      status: 0,
      stdout: 'salut\n',
      stderr:
        'Connecting to srv (172.18.0.2:80)\nwriting to stdout\n' +
        `-                    100% |${'*'.repeat(32)}|     6  0:00:00 ETA\nwritten to stdout\n`,
      fs: expect.anything(),
    });
    const saved = await run(['-q', 'http://srv/index.html'], cli);
    expect(saved.fs.readText('/root/index.html')).toBe('salut\n');
    expect(await run(['-q', '-O-', 'http://srv/nope'], cli)).toMatchObject({
      status: 1,
      stderr: 'wget: server returned error: HTTP/1.1 404 Not Found\n',
    });
    expect(await run(['-q', '-O-', 'http://srv:81/'], cli)).toMatchObject({
      status: 1,
      stderr: "wget: can't connect to remote host (172.18.0.2): Connection refused\n",
    });
  });
});
