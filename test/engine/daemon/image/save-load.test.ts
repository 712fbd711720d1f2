// docker-archive conformance: our `save` loads into the real dockerd with the same image ID, and the
// real `docker save` of busybox loads into Baleine with the same ID and diff_ids.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { loadImages } from '../../../../src/engine/daemon/image/load';
import { saveImages } from '../../../../src/engine/daemon/image/save';
import { inspectImage } from '../../../../src/engine/daemon/image/inspect';
import { addImage, testDaemon } from './helpers';

function docker(args: string[], input?: Uint8Array): string {
  return execFileSync('docker', args, { input, encoding: 'utf8', maxBuffer: 64 << 20 });
}

describe('save and load', () => {
  it('round-trips through Baleine', () => {
    const d = testDaemon();
    const id = addImage(d, 'busybox', { layers: 3 });
    const tar = saveImages(d, ['busybox']);
    const e = testDaemon();
    expect(loadImages(e, tar)).toEqual([{ stream: 'Loaded image: busybox:latest\n' }]);
    expect(inspectImage(e, 'busybox').Id).toBe(id);
    expect(e.store.mount(id).readText('/layer2')).toBe('2'.repeat(100));
  });

  it('says which tag moved and loads untagged images by ID', () => {
    const d = testDaemon();
    const a = addImage(d, 'busybox', { seed: 'a' });
    const b = addImage(d, null, { seed: 'b' });
    const e = testDaemon();
    const old = addImage(e, 'busybox', { seed: 'old' });
    expect(loadImages(e, saveImages(d, ['busybox', b]))).toEqual([
      {
        stream: `The image busybox:latest already exists, renaming the old one with ID ${old} to empty string\n`,
      },
      { stream: 'Loaded image: busybox:latest\n' },
      { stream: `Loaded image ID: ${b}\n` },
    ]);
    expect(e.store.resolve('busybox').id).toBe(a);
  });

  it('is loadable by the real dockerd with the same image ID, and loads its saves', () => {
    const d = testDaemon();
    const id = addImage(d, 'baleine-test/saved:1', { layers: 2 });
    try {
      const out = docker(['load'], saveImages(d, ['baleine-test/saved:1']));
      expect(out).toContain('Loaded image: baleine-test/saved:1');
      expect(docker(['image', 'inspect', '-f', '{{.Id}}', 'baleine-test/saved:1']).trim()).toBe(id);
      const cid = docker(['create', 'baleine-test/saved:1', 'x']).trim();
      try {
        expect(docker(['cp', `${cid}:/layer1`, '-'])).toContain('1'.repeat(100));
      } finally {
        docker(['rm', cid]);
      }
    } finally {
      execFileSync('docker', ['rmi', '-f', 'baleine-test/saved:1'], { stdio: 'ignore' });
    }
    const real = execFileSync('docker', ['save', 'busybox:latest'], { maxBuffer: 64 << 20 });
    const realId = docker(['image', 'inspect', '-f', '{{.Id}}', 'busybox:latest']).trim();
    const e = testDaemon();
    expect(loadImages(e, new Uint8Array(real))).toEqual([{ stream: 'Loaded image: busybox:latest\n' }]);
    expect(inspectImage(e, 'busybox').Id).toBe(realId);
    expect(e.store.mount(realId).readdir('/bin')).toContain('busybox');
  });
});
