// Character devices through the shell, on the host and in a container: reads of an endless device
// end when the reader has what it asked for; /dev/full refuses writes.
import { describe, expect, it } from 'vitest';
import { createHost } from '../../src/host/host';
import { VirtualClock } from '../../src/engine/world/virtual-clock';
import { transcript } from '../world/helpers';

function host() {
  return createHost({ world: { clock: new VirtualClock() } });
}

function base64Bytes(line: string): number[] {
  return [...Buffer.from(line.trim(), 'base64')];
}

describe('character devices on the host', () => {
  it('has Debian’s device nodes in /dev', async () => {
    const r = await host().run('ls -l /dev');
    expect(r.stdout).toContain('crw-rw-rw- 1 root root 1, 5 Jan  1 00:00 zero\n');
    expect(r.stdout).toContain('crw-rw-rw- 1 root root 1, 9 Jan  1 00:00 urandom\n');
    expect(r.stdout).toContain('crw-rw-rw- 1 root root 1, 7 Jan  1 00:00 full\n');
    expect(r.stdout).toContain('crw-rw-rw- 1 root root 1, 8 Jan  1 00:00 random\n');
  });

  it('head -c 1M /dev/zero writes a MiB of zeros', async () => {
    const h = host();
    expect((await h.run('head -c 1M /dev/zero > f')).exit).toBe(0);
    const data = h.fs.readFile('/home/eleve/f');
    expect(data.length).toBe(1048576);
    expect(data.every((b) => b === 0)).toBe(true);
  });

  it('cat /dev/zero | head -c 10 | od -c ends by SIGPIPE', async () => {
    // Recorded from GNU coreutils on Debian.
    const r = await host().run('cat /dev/zero | head -c 10 | od -c');
    expect(r).toEqual({ stdout: '0000000  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0\n0000012\n', stderr: '', exit: 0 });
  });

  it('head -c 16 /dev/urandom | base64 gives 16 bytes, new ones each time', async () => {
    const h = host();
    const a = await h.run('head -c 16 /dev/urandom | base64');
    const b = await h.run('head -c 16 /dev/urandom | base64');
    expect(a.stdout).toMatch(/^[A-Za-z0-9+/]{22}==\n$/);
    expect(base64Bytes(a.stdout)).toHaveLength(16);
    expect(b.stdout).not.toBe(a.stdout);
  });

  it('od -An -N4 -tu4 /dev/urandom reads four bytes, one unsigned number', async () => {
    const h = host();
    const r = await h.run('od -An -N4 -tu4 /dev/urandom');
    expect(r.stdout).toMatch(/^ {1,10}\d{1,10}\n$/);
    expect(r.stdout).toHaveLength(12);
    expect(Number(r.stdout)).toBeLessThan(2 ** 32);
    expect(await h.run('od -An -N4 -tu4 /dev/zero')).toEqual({ stdout: '          0\n', stderr: '', exit: 0 });
  });

  it('od -N takes a byte count; a bad one is an error in each flavour', async () => {
    const h = host();
    expect(await h.run('od -N x /dev/zero')).toEqual({ stdout: '', stderr: "od: invalid -N argument 'x'\n", exit: 1 });
    expect(await h.run('busybox od -N x /dev/zero')).toEqual({ stdout: '', stderr: "od: invalid number 'x'\n", exit: 1 });
  });

  it('/dev/full: No space left on device', async () => {
    const h = host();
    const echo = await h.run('echo x > /dev/full; echo $?');
    expect(echo.stdout).toBe('1\n');
    expect(echo.stderr).toContain('No space left on device');
    expect(await h.run('cat /etc/hostname > /dev/full')).toEqual({
      stdout: '',
      stderr: 'cat: write error: No space left on device\n',
      exit: 1,
    });
    expect(await h.run('head -c 3 /dev/full | od -An -tx1')).toEqual({ stdout: ' 00 00 00\n', stderr: '', exit: 0 });
  });

  it('head -c counts bytes of text, not characters', async () => {
    expect((await host().run('echo héllo | head -c 3 | od -c')).stdout).toBe('0000000   h 303 251\n0000003\n');
  });
});

describe('character devices in a container', () => {
  it('lists runc’s devices and reads them like the host', async () => {
    const [ls, zero, rnd, full] = await transcript([
      'docker run --rm busybox ls -l /dev',
      "docker run --rm busybox sh -c 'cat /dev/zero | head -c 10 | od -c'",
      "docker run --rm busybox sh -c 'head -c 16 /dev/urandom | base64'",
      "docker run --rm busybox sh -c 'echo x > /dev/full; echo $?'",
    ]);
    // As `docker run --rm busybox ls -l /dev` shows them on dockerd 20.10 (owner names and dates aside).
    for (const [name, dev] of [['full', '1,   7'], ['null', '1,   3'], ['random', '1,   8'], ['tty', '5,   0'], ['urandom', '1,   9'], ['zero', '1,   5']])
      expect(ls.stdout).toMatch(new RegExp(`^crw-rw-rw-    1 \\S+ +\\S+ +${dev} .+ ${name}$`, 'm'));
    expect(zero.stdout).toBe('0000000  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0\n0000012\n');
    expect(base64Bytes(rnd.stdout)).toHaveLength(16);
    expect(full.stdout).toBe('1\n');
    expect(full.stderr).toContain('No space left on device');
  });
});
