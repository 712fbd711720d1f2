// Engine API answers for images against the real dockerd: an image built in Baleine is loaded into
// the real engine (same ID), tagged the same way, and /images/json, /images/{name}/json and
// /images/{name}/history are compared field by field (host-specific paths and times aside).
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { saveImages } from '../../../../src/engine/daemon/image/save';
import { inspectImage } from '../../../../src/engine/daemon/image/inspect';
import { imageHistory } from '../../../../src/engine/daemon/image/history';
import { listImages } from '../../../../src/engine/daemon/image/list';
import { tagImage } from '../../../../src/engine/daemon/image/tag';
import { removeImage } from '../../../../src/engine/daemon/image/remove';
import { Filters } from '../../../../src/engine/api/filters';
import { importImage } from '../../../../src/engine/daemon/image/import';
import { exportTar } from '../../../../src/engine/layer/export';
import { addImage, testDaemon } from './helpers';

const REPO = 'baleine-api-test/img';

function api(path: string, method = 'GET'): unknown {
  const out = execFileSync(
    'curl',
    ['-s', '-X', method, '--unix-socket', '/var/run/docker.sock', `http://localhost/v1.41${path}`],
    { encoding: 'utf8' },
  );
  return out.trim() ? JSON.parse(out) : null;
}

afterAll(() => {
  spawnSync('docker', ['rmi', '-f', `${REPO}:1`, `${REPO}:2`], { stdio: 'ignore' });
});

describe('image API vs the real engine', () => {
  const d = testDaemon();
  const id = addImage(d, `${REPO}:1`, { layers: 3, labels: { team: 'baleine' }, seed: 'api' });

  it('loads into dockerd with the same ID and the same list, inspect and history answers', () => {
    execFileSync('docker', ['load'], { input: saveImages(d, [`${REPO}:1`]) });
    tagImage(d, `${REPO}:1`, REPO, '2');
    execFileSync('docker', ['tag', `${REPO}:1`, `${REPO}:2`]);

    const real = api(`/images/${REPO}:1/json`) as Record<string, unknown>;
    const ours = JSON.parse(JSON.stringify(inspectImage(d, `${REPO}:1`))) as Record<string, unknown>;
    for (const key of ['GraphDriver', 'Metadata']) {
      expect(Object.keys(ours[key] as object).sort()).toEqual(Object.keys(real[key] as object).sort());
      delete real[key];
      delete ours[key];
    }
    expect(Object.keys(ours)).toEqual(Object.keys(real));
    expect(ours).toEqual(real);

    const filters = encodeURIComponent(JSON.stringify({ reference: [REPO] }));
    const realList = api(`/images/json?filters=${filters}`);
    expect(
      JSON.parse(JSON.stringify(listImages(d, { filters: Filters.from({ reference: [REPO] }) }))),
    ).toEqual(realList);
    expect(JSON.parse(JSON.stringify(imageHistory(d, `${REPO}:2`)))).toEqual(
      api(`/images/${REPO}:2/history`),
    );
    expect(id).toBe(real.Id);
  });

  it('imports an exported filesystem with the same diff_id, size and history as docker import', () => {
    const fs = d.store.mount(id);
    fs.writeFile('/added', 'from Baleine\n');
    const tar = exportTar(fs);
    const importedId = importImage(d, tar, { repo: REPO, tag: 'imported' });
    const realId = execFileSync('docker', ['import', '-', `${REPO}:imported`], {
      input: tar,
      encoding: 'utf8',
    }).trim();
    try {
      const real = api(`/images/${realId}/json`) as {
        RootFS: unknown;
        Size: number;
        Comment: string;
        Config: unknown;
        Architecture: string;
        Os: string;
      };
      const ours = inspectImage(d, importedId);
      expect(ours.RootFS).toEqual(real.RootFS);
      expect(ours.Size).toBe(real.Size);
      expect([ours.Comment, ours.Architecture, ours.Os]).toEqual([real.Comment, real.Architecture, real.Os]);
      expect(ours.Config).toEqual(real.Config);
      const strip = (h: { Created: number; Id: string }[]) =>
        h.map(({ Created: _c, Id: _i, ...rest }) => rest);
      expect(strip(imageHistory(d, importedId))).toEqual(
        strip(api(`/images/${realId}/history`) as { Created: number; Id: string }[]),
      );
    } finally {
      spawnSync('docker', ['rmi', '-f', realId], { stdio: 'ignore' });
      removeImage(d, `${REPO}:imported`);
    }
  });

  it('untags and deletes with the same records', () => {
    expect(removeImage(d, `${REPO}:2`)).toEqual(api(`/images/${REPO}:2`, 'DELETE'));
    expect(removeImage(d, `${REPO}:1`)).toEqual(api(`/images/${REPO}:1`, 'DELETE'));
  });
});
