// Bytes through pipes: binary programs write latin1, text programs Unicode; gzip, base64, tar and
// sha256sum read each as the bytes they stand for.

import { describe, expect, it } from 'vitest';
import { bytesForStream, streamBytes } from '../../src/engine/process/stream-bytes';
import { gunzipBytes, gzipBytes } from '../../src/userland/archive/gzip-member';
import { createWorld } from '../../src/world/world';
import { fileHubLoader } from '../../src/server/hub-files';
import { VirtualClock, fastHop } from '../../src/engine/world/virtual-clock';
import { SeededRandom } from '../../src/engine/world/random';

describe('bytes on string streams', () => {
  it('reads text as UTF-8 and binary (NUL or C1 controls) as latin1', () => {
    expect([...streamBytes('é')]).toEqual([0xc3, 0xa9]);
    expect([...streamBytes('\u001f\u008b\u0000')]).toEqual([0x1f, 0x8b, 0]);
    expect(bytesForStream(Uint8Array.from([0xc3, 0xa9]))).toBe('é');
    expect(bytesForStream(Uint8Array.from([0xff, 0x00]))).toBe('\u00ff\u0000');
  });

  it('round-trips a gzip member with its name', () => {
    const z = gzipBytes(new TextEncoder().encode('salut\n'), 'f.txt', 1_700_000_000);
    expect([z[0], z[1], z[3] & 8]).toEqual([0x1f, 0x8b, 8]);
    expect(new TextDecoder().decode(gunzipBytes(z)!)).toBe('salut\n');
    expect(gunzipBytes(new TextEncoder().encode('hi\n'))).toBeNull();
  });
});

describe('pipelines on the host', () => {
  const world = () =>
    createWorld({
      clock: new VirtualClock({ hop: fastHop() }),
      random: new SeededRandom(3),
      hub: fileHubLoader(),
    });

  it('compresses, encodes and hashes through pipes as the real tools do', async () => {
    const w = world();
    const out = async (line: string): Promise<string> => {
      const r = await w.host.run(line);
      expect(r.stderr).toBe('');
      return r.stdout;
    };
    expect(await out('echo élève | gzip | gunzip')).toBe('élève\n');
    expect(await out('echo élève | gzip | base64 -w0 | base64 -d | zcat')).toBe('élève\n');
    expect(await out("printf 'élève' | base64")).toBe('w6lsw6h2ZQ==\n');
    expect(await out("printf 'hello\\n' | sha256sum")).toBe(
      '5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03  -\n',
    );
    await out('mkdir -p /tmp/t/d && echo un > /tmp/t/d/1 && echo deux > /tmp/t/d/2');
    expect(await out('tar -czf - -C /tmp/t d | tar -tz')).toBe('d/\nd/1\nd/2\n');
    expect(await out('cd /tmp/t && tar -cf - d | tar -xO d/2')).toBe('deux\n');
    expect(
      await out('cd /tmp/t && tar -cf - d | (mkdir /tmp/u && cd /tmp/u && tar -x) && cat /tmp/u/d/1'),
    ).toBe('un\n');
    // What a user extracts or compresses is theirs (GNU tar's --no-same-owner for non-root).
    expect(await out('stat -c %U /tmp/u/d/1 && cd /tmp/u/d && gzip 1 && stat -c %U 1.gz')).toBe(
      'eleve\neleve\n',
    );
    w.shutdown();
  });
});
