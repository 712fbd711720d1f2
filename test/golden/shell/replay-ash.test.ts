// Replays the busybox ash corpus (recorded with `busybox sh -c`) in a container-like namespace whose
// /bin holds busybox and its applet links, as a busybox image has.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MemFs } from '../../../src/engine/fs/memfs';
import { Kernel } from '../../../src/engine/process/kernel';
import { binaryStub } from '../../../src/engine/process/types';
import { VirtualClock } from '../../../src/engine/world/virtual-clock';
import { BufferOutput } from '../../../src/shell/io';
import { createProgramTable } from '../../../src/userland/index';
import { busyboxApplets } from '../../../src/userland/applets/busybox';
import { ASH_CORPUS_DIR, corpusFiles, readCorpus, GOLDEN_DIR, SANDBOX, type GoldenFile } from '../../../scripts/golden/shell-corpus';

function container() {
  const clock = new VirtualClock();
  const fs = new MemFs({ clock });
  for (const d of ['/bin', '/tmp', '/root', '/etc']) fs.mkdir(d, { recursive: true });
  fs.writeFile('/bin/busybox', binaryStub('busybox'), { mode: 0o755 });
  for (const name of [...Object.keys(busyboxApplets), 'sh']) if (!fs.exists(`/bin/${name}`)) fs.symlink('busybox', `/bin/${name}`);
  fs.writeFile('/etc/passwd', 'root:x:0:0:root:/root:/bin/sh\n');
  fs.mkdir(SANDBOX, { recursive: true });
  const kernel = new Kernel({ clock, programs: createProgramTable(), host: { fs: new MemFs(), hostname: 'baleine' } });
  const ns = kernel.createNamespace({ fs, hostname: 'c0ffee' });
  const env = { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', HOME: '/root', LANG: 'C.UTF-8' };
  return async (cmd: string) => {
    const stdout = new BufferOutput();
    const stderr = new BufferOutput();
    const p = kernel.spawn(ns, ['sh', '-c', cmd], { env, cwd: SANDBOX, stdout, stderr });
    const { status } = await p.wait();
    return { stdout: stdout.text, stderr: stderr.text, exit: status };
  };
}

for (const file of corpusFiles('.', ASH_CORPUS_DIR)) {
  const golden = JSON.parse(readFileSync(join(GOLDEN_DIR, 'ash-' + file.replace(/\.txt$/, '.json')), 'utf8')) as GoldenFile;
  describe(`busybox sh golden ${file}`, () => {
    const run = container();
    it('matches the corpus it was recorded from', () => {
      expect(golden.entries.map((e) => e.cmd)).toEqual(readCorpus(file, '.', ASH_CORPUS_DIR));
    });
    for (const [i, entry] of golden.entries.entries()) {
      it(`${String(i + 1).padStart(2, '0')}: ${entry.cmd.split('\n')[0]}`, async () => {
        expect(await run(entry.cmd)).toEqual({ stdout: entry.stdout, stderr: entry.stderr, exit: entry.exit });
      });
    }
  });
}
