import { describe, expect, it } from 'vitest';
import { MemFs } from '../../src/engine/fs/memfs';
import { Kernel } from '../../src/engine/process/kernel';
import { binaryStub } from '../../src/engine/process/types';
import { VirtualClock } from '../../src/engine/world/virtual-clock';
import { createProgramTable } from '../../src/userland/index';
import { BufferOutput } from '../../src/shell/io';

describe('program table', () => {
  it('holds the applets, both shells, busybox and injected programs', () => {
    const table = createProgramTable({ extra: { docker: async () => 0 } });
    for (const name of ['cat', 'echo', 'bash', 'sh', 'busybox', 'docker']) expect(table.get(name)).toBeTypeOf('function');
    expect(table.names()).toContain('docker');
  });

  it('runs busybox sh in a container namespace, with ash wording and PID 1', async () => {
    const clock = new VirtualClock();
    const fs = new MemFs({ clock });
    fs.mkdir('/bin', { recursive: true });
    fs.writeFile('/bin/busybox', binaryStub('busybox'), { mode: 0o755 });
    for (const name of ['sh', 'echo', 'cat']) fs.symlink('busybox', `/bin/${name}`);
    const programs = createProgramTable();
    const kernel = new Kernel({ clock, programs, host: { fs: new MemFs(), hostname: 'baleine' } });
    const ns = kernel.createNamespace({ fs, hostname: 'c0ffee' });
    const out = new BufferOutput();
    const err = new BufferOutput();
    const init = kernel.spawn(ns, ['/bin/sh', '-c', 'echo $$ $(hostname 2>/dev/null || echo nohost); nope; busybox sh -c "echo nested"'], {
      env: { PATH: '/bin' },
      stdout: out,
      stderr: err,
    });
    expect(init.pid).toBe(1);
    expect((await init.wait()).status).toBe(0);
    expect(out.text).toBe('1 nohost\nnested\n');
    expect(err.text).toBe('sh: nope: not found\n');
  });

  it('gives busybox sh on a terminal its prompt and line editing', async () => {
    const clock = new VirtualClock();
    const fs = new MemFs({ clock });
    fs.mkdir('/bin', { recursive: true });
    fs.writeFile('/bin/busybox', binaryStub('busybox'), { mode: 0o755 });
    for (const name of ['sh', 'echo']) fs.symlink('busybox', `/bin/${name}`);
    const kernel = new Kernel({ clock, programs: createProgramTable(), host: { fs: new MemFs(), hostname: 'baleine' } });
    const ns = kernel.createNamespace({ fs, hostname: 'c0ffee' });
    const pty = kernel.openPty();
    let screen = '';
    pty.master.onData((d) => (screen += d));
    const init = kernel.spawn(ns, ['sh'], { env: { PATH: '/bin', HOME: '/root' }, pty });
    for (let i = 0; i < 50 && !screen.includes('/ # '); i++) await new Promise((r) => setTimeout(r, 2));
    pty.master.write('echo $$ $0\rnope\rexit 4\r');
    expect((await init.wait()).status).toBe(4);
    expect(screen).toBe('/ # echo $$ $0\r\n1 sh\r\n/ # nope\r\nsh: nope: not found\r\n/ # exit 4\r\n');
  });
});
