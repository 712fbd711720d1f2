// The course annex's registry session, typed in the simulated host's shell: a token from
// auth.docker.io, then the Registry API v2 on registry-1.docker.io with curl, compared with the exact
// shapes Docker Hub answers (bodies, status lines, headers). Digests and bodies come from the catalog
// the Hub serves (public/hub), so the test follows the catalog when it is regenerated.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflate } from 'pako';
import { beforeAll, describe, expect, it } from 'vitest';
import type { HubCatalog } from '../../src/engine/image/hub/catalog';
import { runTranscript, type TranscriptStep } from '../../src/server/commands/transcript';
import { nodeWorld } from '../../src/server/machine';
import type { SimWorld } from '../../src/world/world';

const catalog = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../public/hub/catalog.json'), 'utf8'),
) as HubCatalog;
const LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
const V2 = 'application/vnd.docker.distribution.manifest.v2+json';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const REGISTRY = 'https://registry-1.docker.io/v2/library/nginx';
const TOKEN =
  'TOKEN=$(curl -s "https://auth.docker.io/token?service=registry.docker.io&scope=repository:library/nginx:pull" | jq -r .token)';
const AUTH = '-H "Authorization: Bearer $TOKEN"';

const listDigest = catalog.repositories['library/nginx']!.tags.latest!;
const list = JSON.parse(catalog.manifests[listDigest]!.body) as {
  manifests: { digest: string; platform: { architecture: string } }[];
};
const amd64Digest = list.manifests.find((m) => m.platform.architecture === 'amd64')!.digest;
const amd64 = JSON.parse(catalog.manifests[amd64Digest]!.body) as {
  config: { digest: string };
  layers: { digest: string; size: number }[];
};

async function session(lines: string[]): Promise<{ steps: TranscriptStep[]; world: SimWorld }> {
  let world: SimWorld | undefined;
  const steps = await runTranscript(lines, [], {
    machine: (w) => (world = nodeWorld(w)),
  });
  return { steps, world: world! };
}

/** `curl -si` output split into status line, headers (without the date) and body. */
function response(out: string): { status: string; headers: Record<string, string>; body: string } {
  const end = out.indexOf('\r\n\r\n');
  const [status, ...lines] = out.slice(0, end).split('\r\n');
  const headers: Record<string, string> = {};
  for (const l of lines) {
    const colon = l.indexOf(':');
    if (l.slice(0, colon) !== 'date') headers[l.slice(0, colon)] = l.slice(colon + 2);
  }
  return { status: status!, headers, body: out.slice(end + 4) };
}

/** A 401 with Docker Hub's Bearer challenge (plus `scope`), and its exact body. */
function expectChallenge(out: string, scope: string, body: string): void {
  const res = response(out);
  expect(res.status).toBe('HTTP/1.1 401 Unauthorized');
  expect(res.headers['www-authenticate']).toBe(
    `Bearer realm="https://auth.docker.io/token",service="registry.docker.io"${scope}`,
  );
  expect(res.body).toBe(body);
}

describe('the Registry API through the host curl (course annex)', () => {
  let steps: TranscriptStep[];
  let world: SimWorld;

  beforeAll(async () => {
    ({ steps, world } = await session([
      TOKEN,
      'echo "$TOKEN" | cut -d. -f2',
      `curl -s ${AUTH} ${REGISTRY}/tags/list`,
      `curl -s ${AUTH} -H "Accept: ${LIST}" ${REGISTRY}/manifests/latest`,
      `curl -sI ${AUTH} -H "Accept: ${LIST}" ${REGISTRY}/manifests/latest`,
      `curl -s ${AUTH} -H "Accept: ${V2}" ${REGISTRY}/manifests/latest`,
      `curl -s ${AUTH} -H "Accept: ${OCI_INDEX}" ${REGISTRY}/manifests/latest`,
      `curl -sL ${AUTH} ${REGISTRY}/blobs/${amd64.config.digest} | jq -r '.architecture, .os'`,
      `curl -sL -o /tmp/layer.tar.gz ${AUTH} ${REGISTRY}/blobs/${amd64.layers[0]!.digest}`,
      `curl -si ${REGISTRY}/tags/list`,
      'curl -si https://registry-1.docker.io/v2/',
      `curl -s ${AUTH} -H "Accept: ${LIST}" ${REGISTRY}/manifests/nope`,
      `curl -s ${AUTH} https://registry-1.docker.io/v2/library/nope/tags/list`,
      `curl -s ${AUTH} https://index.docker.io/v2/library/nginx/tags/list`,
      'curl -s "https://hub.docker.com/v2/repositories/library/nginx/tags?page_size=2" | jq -c "[.count, .next, (.results | map(.name))]"',
      'curl -s "https://auth.docker.io/token?service=registry.docker.io&scope=repository:library/nginx:pull" | jq -c "keys, .expires_in"',
      `curl -si ${AUTH} ${REGISTRY}/blobs/${amd64.config.digest}`,
      `curl -si ${AUTH} https://registry-1.docker.io/v2/_catalog`,
    ]));
  });

  it('gets a bearer token whose claims grant pull on the repository', () => {
    expect(steps[0]!.exit).toBe(0);
    const payload = JSON.parse(Buffer.from(steps[1]!.stdout.trim(), 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >;
    expect(payload.access).toEqual([{ type: 'repository', name: 'library/nginx', actions: ['pull'] }]);
    expect(payload).toMatchObject({ aud: 'registry.docker.io', iss: 'auth.docker.io' });
    expect(steps[15]!.stdout).toBe('["access_token","expires_in","issued_at","token"]\n300\n');
  });

  it('lists the tags', () => {
    const tags = Object.keys(catalog.repositories['library/nginx']!.tags).sort();
    expect(steps[2]!.stdout).toBe(`${JSON.stringify({ name: 'library/nginx', tags })}\n`);
  });

  it('serves the manifest list byte for byte, and its digest on HEAD', () => {
    expect(steps[3]!.stdout).toBe(catalog.manifests[listDigest]!.body);
    const head = response(steps[4]!.stdout);
    expect(head.status).toBe('HTTP/1.1 200 OK');
    expect(head.headers).toEqual({
      'content-length': String(Buffer.byteLength(catalog.manifests[listDigest]!.body)),
      'content-type': LIST,
      'docker-content-digest': listDigest,
      'docker-distribution-api-version': 'registry/2.0',
      etag: `"${listDigest}"`,
      'strict-transport-security': 'max-age=31536000',
    });
    expect(head.body).toBe('');
  });

  it('answers a client without manifest lists with the linux/amd64 manifest', () => {
    expect(steps[5]!.stdout).toBe(catalog.manifests[amd64Digest]!.body);
    expect(steps[6]!.stdout).toBe(
      '{"errors":[{"code":"MANIFEST_INVALID","message":"Schema 2 manifest not supported by client"}]}\n',
    );
  });

  it('serves the config blob as JSON and a layer blob as gzip bytes', () => {
    expect(steps[7]!.stdout).toBe('amd64\nlinux\n');
    const bytes = world.host.fs.readFile('/tmp/layer.tar.gz');
    expect(bytes.length).toBe(catalog.layers[amd64.layers[0]!.digest]!.bytes);
    expect(`sha256:${createHash('sha256').update(bytes).digest('hex')}`).toBe(amd64.layers[0]!.digest);
    const tar = inflate(bytes);
    expect(new TextDecoder().decode(tar.slice(257, 262))).toBe('ustar');
  });

  it('redirects blob downloads to the CDN, as Docker Hub does (curl needs -L)', () => {
    const res = response(steps[16]!.stdout);
    const hex = amd64.config.digest.slice('sha256:'.length);
    expect(res.status).toBe('HTTP/1.1 307 Temporary Redirect');
    const location = res.headers.location!;
    expect(location).toMatch(
      new RegExp(
        `^https://production\\.cloudflare\\.docker\\.com/registry-v2/docker/registry/v2/blobs/sha256/${hex.slice(0, 2)}/${hex}/data\\?verify=\\d+-\\w+$`,
      ),
    );
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toBe(`<a href="${location}">Temporary Redirect</a>.\n\n`);
  });

  it('asks for a token without one, as Docker Hub does', () => {
    expectChallenge(
      steps[9]!.stdout,
      ',scope="repository:library/nginx:pull"',
      '{"errors":[{"code":"UNAUTHORIZED","message":"authentication required","detail":[{"Type":"repository","Class":"","Name":"library/nginx","Action":"pull"}]}]}\n',
    );
    expectChallenge(
      steps[10]!.stdout,
      '',
      '{"errors":[{"code":"UNAUTHORIZED","message":"authentication required","detail":null}]}\n',
    );
  });

  it("answers unknown tags and repositories in the registry's error shape", () => {
    expect(steps[11]!.stdout).toBe(
      '{"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest unknown","detail":{"Tag":"nope"}}]}\n',
    );
    expect(steps[12]!.stdout).toBe(
      '{"errors":[{"code":"DENIED","message":"requested access to the resource is denied","detail":[{"Type":"repository","Class":"","Name":"library/nope","Action":"pull"}]}]}\n',
    );
  });

  it('never lists its catalog, token or not', () => {
    expectChallenge(
      steps[17]!.stdout,
      ',scope="registry:catalog:*"',
      '{"errors":[{"code":"UNAUTHORIZED","message":"authentication required","detail":[{"Type":"registry","Class":"","Name":"catalog","Action":"*"}]}]}\n',
    );
  });

  it('answers on index.docker.io too, and hub.docker.com lists tags', () => {
    expect(steps[13]!.stdout).toBe(steps[2]!.stdout);
    const count = Object.keys(catalog.repositories['library/nginx']!.tags).length;
    const [n, next, names] = JSON.parse(steps[14]!.stdout) as [number, string, string[]];
    expect(n).toBe(count);
    expect(next).toBe('https://hub.docker.com/v2/repositories/library/nginx/tags?page=2&page_size=2');
    expect(names).toHaveLength(2);
  });
});

describe('Hub host names', () => {
  it('resolve on the host only for Docker Hub; others fail as curl does', async () => {
    const { steps } = await session(['curl -s https://registry.example.org/v2/', 'echo $?']);
    expect(steps[1]!.stdout).toBe('6\n');
  });
});

describe('docker login and push, then the pushed tags through the API', () => {
  it('pushes with the stored credentials and lists the tag with a token for the user', async () => {
    const { steps } = await session([
      'docker pull -q busybox',
      'docker push alice/bb:1',
      'docker login -u alice -p secret',
      'docker tag busybox alice/bb:1',
      'docker push alice/bb:1 | tail -1 | cut -d: -f1',
      'docker tag busybox alice/bb && docker push -q alice/bb',
      'TOKEN=$(curl -s -u alice:secret "https://auth.docker.io/token?service=registry.docker.io&scope=repository:alice/bb:pull,push" | jq -r .token)',
      'echo "$TOKEN" | cut -d. -f2',
      `curl -s ${AUTH} https://registry-1.docker.io/v2/alice/bb/tags/list`,
    ]);
    // -q: no "Using default tag" line, only the reference (docker/cli's pull and push).
    expect(steps[0]!.stdout).toBe('docker.io/library/busybox:latest\n');
    expect(steps[5]!.stdout).toBe('docker.io/alice/bb:latest\n');
    expect(steps[1]!.stderr).toBe(
      'Error response from daemon: An image does not exist locally with the tag: alice/bb\n',
    );
    expect(steps[3]!.exit).toBe(0);
    expect(steps[4]!.stdout).toBe('1\n');
    const claims = JSON.parse(Buffer.from(steps[7]!.stdout.trim(), 'base64url').toString('utf8')) as {
      sub: string;
      access: unknown;
    };
    expect(claims.sub).toBe('alice');
    expect(claims.access).toEqual([{ type: 'repository', name: 'alice/bb', actions: ['pull', 'push'] }]);
    expect(steps[8]!.stdout).toBe('{"name":"alice/bb","tags":["1","latest"]}\n');
  });
});
