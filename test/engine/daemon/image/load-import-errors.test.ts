// What dockerd 20.10 answered, recorded on this machine, for archives that are not images: load errors
// come inside the stream (no "Error response from daemon"), import errors as the daemon's error; a
// truncated tar block is Go's "unexpected EOF".
import { describe, expect, it } from 'vitest';
import { machine, sh } from '../../persist/helpers';

async function run(line: string) {
  const w = machine();
  await sh(w, "printf 'junk\\n' > junk", 'echo x > foo && tar -cf valid.tar foo', ': > empty.tar');
  return w.host.run(line);
}

describe('docker load and docker import of archives that are not images', () => {
  it('load of a truncated tar', async () => {
    expect(await run('docker load -i junk')).toMatchObject({
      exit: 1,
      stderr: 'Error processing tar file(exit status 1): unexpected EOF\n',
    });
  });

  it('load of a tar without manifest.json reads it as a legacy archive, which lacks repositories', async () => {
    for (const file of ['valid.tar', 'empty.tar']) {
      const r = await run(`docker load -i ${file}`);
      expect(r.exit).toBe(1);
      expect(r.stderr).toMatch(
        /^open \/var\/lib\/docker\/tmp\/docker-import-\d+\/repositories: no such file or directory\n$/,
      );
    }
  });

  it('import of a truncated tar', async () => {
    expect(await run('docker import junk j')).toMatchObject({
      exit: 1,
      stderr: 'Error response from daemon: Error processing tar file(exit status 1): unexpected EOF\n',
    });
  });

  it('import of an empty input makes an image of one empty layer (the diff_id of no bytes)', async () => {
    const w = machine();
    await sh(w, ': > empty.tar', 'docker import empty.tar vide');
    expect(await sh(w, "docker image inspect -f '{{.RootFS.Layers}}' vide")).toBe(
      '[sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855]\n',
    );
  });
});
