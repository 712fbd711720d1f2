// `>`, `>>` and `<` carry bytes: binary streams (tar, gzip, `docker save`) land in files byte for
// byte, text stays UTF-8, and `< file` feeds a binary file back as the stream it came from.

import { describe, expect, it } from 'vitest';
import { createWorld, type SimWorld } from '../../src/world/world';
import { fileHubLoader } from '../../src/server/hub-files';
import { VirtualClock, fastHop } from '../../src/engine/world/virtual-clock';
import { SeededRandom } from '../../src/engine/world/random';
import { FileOutput } from '../../src/shell/io';
import { MemFs } from '../../src/engine/fs/memfs';

function world(): SimWorld {
  return createWorld({ clock: new VirtualClock({ hop: fastHop() }), random: new SeededRandom(5), hub: fileHubLoader() });
}

function shell(w: SimWorld) {
  return async (line: string): Promise<string> => {
    const r = await w.host.run(line);
    expect(r.stderr).toBe('');
    expect(r.exit).toBe(0);
    return r.stdout;
  };
}

describe('binary-safe redirections', () => {
  it('saves an image to a file that tar reads, and loads it back with <', async () => {
    const w = world();
    await w.preload(['busybox']);
    const sh = shell(w);
    await sh('docker save busybox > b.tar');
    const bytes = w.host.fs.readFile('/home/eleve/b.tar');
    expect(bytes.length % 512).toBe(0);
    expect((await sh('tar -tf b.tar')).split('\n')).toContain('manifest.json');
    await sh('docker rmi busybox');
    expect(await sh('docker load < b.tar')).toBe('Loaded image: busybox:latest\n');
    expect(await sh('docker images --format {{.Repository}}')).toBe('busybox\n');
    // An image whose layer holds binary data survives save > file and load < file.
    await sh("docker run --name zc busybox sh -c 'echo élève | gzip > /x.gz' && docker commit zc zipped >/dev/null");
    await sh('docker export zc > c.tar');
    expect(await sh('tar -xOf c.tar x.gz | zcat')).toBe('élève\n');
    await sh('docker save zipped > z.tar && docker rm zc >/dev/null && docker rmi zipped >/dev/null');
    expect(await sh('docker load < z.tar')).toBe('Loaded image: zipped:latest\n');
    expect(await sh('docker run --rm zipped zcat /x.gz')).toBe('élève\n');
    w.shutdown();
  }, 60_000);

  it('writes gzip output byte for byte and reads it back', async () => {
    const w = world();
    const sh = shell(w);
    await sh("printf 'élève über 🐳\\n' > f && gzip -c f > f.gz");
    const gz = w.host.fs.readFile('/home/eleve/f.gz');
    expect([gz[0], gz[1], gz[2]]).toEqual([0x1f, 0x8b, 8]);
    expect(await sh('zcat f.gz')).toBe('élève über 🐳\n');
    expect(await sh('gunzip < f.gz')).toBe('élève über 🐳\n');
    await sh('mkdir d && echo un > d/1 && tar -czf - d > d.tgz');
    expect(await sh('tar -tzf d.tgz')).toBe('d/\nd/1\n');
    w.shutdown();
  }, 60_000);

  it('keeps text with accents and emoji byte-exact through > and <', async () => {
    const w = world();
    const sh = shell(w);
    await sh("printf 'café é ü 🐳\\n' > t && cat < t > u && echo ß >> u");
    const expected = new TextEncoder().encode('café é ü 🐳\nß\n');
    expect([...w.host.fs.readFile('/home/eleve/u')]).toEqual([...expected]);
    expect(await sh('cat < u')).toBe('café é ü 🐳\nß\n');
    w.shutdown();
  });
});

describe('FileOutput', () => {
  it('keeps a binary stream split into chunks intact, and text chunks as UTF-8', () => {
    const fs = new MemFs();
    fs.writeFile('/b', '');
    const out = new FileOutput(fs, '/b', { uid: 0, gid: 0 });
    // The second chunk alone looks like text (no NUL, no C1 control) but continues binary data.
    out.write('\u001f\u008b\u0000');
    out.write('\u00e9\u00ff');
    expect([...fs.readFile('/b')]).toEqual([0x1f, 0x8b, 0, 0xe9, 0xff]);
    out.write('→é\n');
    expect([...fs.readFile('/b').slice(5)]).toEqual([...new TextEncoder().encode('→é\n')]);
  });
});
