// A saved engine comes back whole: listings, image content, container RW layers, volume data, networks.
import { describe, expect, it } from 'vitest';
import { machine, reload, sh } from './helpers';

const LISTINGS = [
  "docker ps -a --no-trunc --format '{{.ID}} {{.Image}} {{.Command}} {{.CreatedAt}} {{.Names}} {{.Mounts}} {{.Networks}}'",
  'docker images --no-trunc',
  'docker volume ls',
  'docker network ls --no-trunc',
];

// A stopped container keeps the SandboxID of its last start across a reboot (fixtures/daemon-restart.txt).
const INSPECT = 'docker inspect ecrit relie moi/ecrit:v1 donnees reseau';

async function listings(world: Parameters<typeof sh>[0]): Promise<string[]> {
  const out: string[] = [];
  for (const line of LISTINGS) out.push(await sh(world, line));
  return out;
}

describe('snapshotEngine / restoreEngine', () => {
  it('gives back images, containers, volumes and networks with their contents', async () => {
    const w = machine();
    await w.preload(['busybox']);
    await sh(
      w,
      'docker network create reseau',
      'docker volume create donnees',
      "docker run --name ecrit -v donnees:/data busybox sh -c 'echo bonjour > /data/salut.txt; echo trace > /root/note'",
      'docker run -d --name anonyme -v /cache busybox sh -c "echo cache > /cache/c; sleep 1000"',
      'docker commit ecrit moi/ecrit:v1',
      'docker create --name relie --network reseau busybox true',
    );
    const before = await listings(w);
    const inspect = await sh(w, INSPECT);
    const diff = await sh(w, 'docker diff ecrit');
    expect(diff).toContain('A /root/note\n');
    const fresh = reload(w);
    const after = await listings(fresh);
    expect(after).toEqual(before);
    // The running container came back stopped, as after a reboot.
    expect(await sh(fresh, "docker ps -a --format '{{.Names}} {{.Status}}' | sort")).toBe(
      'anonyme Exited (255) Less than a second ago\necrit Exited (0) Less than a second ago\nrelie Created\n',
    );
    expect(await sh(fresh, INSPECT)).toBe(inspect);
    expect(await sh(fresh, 'docker diff ecrit')).toBe(diff);
    // IPAM goes on from the saved subnets: the next network gets the next pool.
    await sh(fresh, 'docker network create autre');
    expect(
      await sh(
        fresh,
        "docker network inspect --format '{{range .IPAM.Config}}{{.Subnet}}{{end}}' reseau autre",
      ),
    ).toBe('172.18.0.0/16\n172.19.0.0/16\n');
    expect(await sh(fresh, 'docker run --rm -v donnees:/d busybox cat /d/salut.txt')).toBe('bonjour\n');
    expect(await sh(fresh, 'docker run --rm moi/ecrit:v1 cat /root/note')).toBe('trace\n');
    expect(
      await sh(
        fresh,
        'docker logs anonyme; docker start anonyme >/dev/null; docker exec anonyme cat /cache/c',
      ),
    ).toBe('cache\n');
  });
});
