// Property: whatever a student did (a random sequence of docker commands, some of them failing), a
// reload gives back the same containers, images, volumes and networks, and the same files in them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SimWorld } from '../../../src/world/world';
import { machine, reload } from './helpers';

const NAMES = ['aa', 'bb', 'cc'];
const name = fc.constantFrom(...NAMES);

const command = fc.oneof(
  name.map((n) => `docker volume create vol${n}`),
  name.map((n) => `docker network create net${n}`),
  fc
    .record({ n: name, v: name, net: fc.constantFrom('', ...NAMES), text: fc.stringMatching(/^[a-z]{1,8}$/) })
    .map(
      ({ n, v, net, text }) =>
        `docker run --name ctr${n} -v vol${v}:/data ${net ? `--network net${net} ` : ''}busybox sh -c 'echo ${text} >> /data/f; echo ${text} > /etc/${text}'`,
    ),
  name.map((n) => `docker run --name anon${n} -v /cache busybox sh -c 'date > /cache/d'`),
  name.map((n) => `docker create --name new${n} busybox true`),
  fc.record({ n: name, t: name }).map(({ n, t }) => `docker commit ctr${n} img${t}`),
  fc.record({ n: name, t: name }).map(({ n, t }) => `docker tag img${n} img${t}:v2`),
  name.map((n) => `docker rm ctr${n}`),
  name.map((n) => `docker rm -v anon${n}`),
  name.map((n) => `docker rmi img${n}`),
  name.map((n) => `docker volume rm vol${n}`),
  name.map((n) => `docker network rm net${n}`),
  fc.record({ n: name, c: name }).map(({ n, c }) => `docker network connect net${n} ctr${c}`),
);

const LISTINGS = [
  "docker ps -a --no-trunc --format '{{.ID}} {{.Image}} {{.Command}} {{.Status}} {{.Names}} {{.Mounts}} {{.Networks}} {{.Size}}'",
  'docker images -a --no-trunc',
  'docker volume ls',
  'docker network ls --no-trunc',
  "for c in $(docker ps -aq); do docker inspect --format '{{json .NetworkSettings.Networks}}' $c; done",
  // The files: every volume's, every container's RW layer.
  'for v in $(docker volume ls -q); do docker run --rm -v $v:/v busybox sh -c "find /v | sort; cat /v/f 2>/dev/null"; done',
  'for c in $(docker ps -aq); do docker diff $c; done',
];

async function listings(w: SimWorld): Promise<string[]> {
  const out: string[] = [];
  for (const line of LISTINGS) {
    const r = await w.host.run(line);
    out.push(`${r.exit}\n${r.stdout}${r.stderr}`);
  }
  return out;
}

describe('reload property', () => {
  it('a random session comes back with the same listings and files', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 12 }), async (lines) => {
        const w = machine();
        await w.preload(['busybox']);
        for (const line of lines) await w.host.run(line);
        const before = await listings(w);
        const fresh = reload(w);
        expect(await listings(fresh)).toEqual(before);
        fresh.shutdown();
      }),
      { numRuns: 12 },
    );
  }, 120_000);
});
