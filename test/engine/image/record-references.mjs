#!/usr/bin/env node
// Records how the real docker CLI 28 and dockerd 20.10 judge image references, into
// fixtures/references.json. Run on a machine with a real engine and a `busybox` image:
//   node test/engine/image/record-references.mjs
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

const CASES = [
  'busybox', 'busybox:1.36', 'library/busybox', 'docker.io/library/busybox:latest', 'index.docker.io/busybox',
  'ghcr.io/org/app:tag', 'localhost:5000/app', 'localhost/app', 'user/app', 'a.b/c/d/e:v1.2_3-rc',
  'Foo', 'busybox:', 'a:b:c', 'busybox@sha256:abc', `busybox:${'a'.repeat(129)}`, `busybox:${'a'.repeat(128)}`,
  'UPPER/x', 'localhost:5000/App', 'a//b', '-a', 'busybox:-x', 'ghcr.io/Org/app', 'a__b', 'a___b', 'a--b',
  'a-', 'my_app.v2', '0123456789012345678901234567890123456789012345678901234567890123',
];

const out = [];
for (const ref of CASES) {
  const cli = spawnSync('docker', ['tag', 'busybox', ref], { encoding: 'utf8' });
  const cliError = cli.status === 0 ? null : cli.stderr.trim().replace(/^Error parsing reference: ".*" is not a valid repository\/tag: /s, '');
  if (cli.status === 0) spawnSync('docker', ['rmi', ref], { encoding: 'utf8' });
  const curl = execFileSync('curl', ['-s', '--unix-socket', '/var/run/docker.sock', '-X', 'POST',
    `http://localhost/v1.41/images/busybox/tag?repo=${encodeURIComponent(ref)}`], { encoding: 'utf8' });
  const daemonError = curl.trim() ? JSON.parse(curl).message : null;
  if (!daemonError) spawnSync('docker', ['rmi', ref], { encoding: 'utf8' });
  out.push({ ref, cliError, daemonError });
}
writeFileSync(new URL('./fixtures/references.json', import.meta.url), JSON.stringify(out, null, 1) + '\n');
console.log(`recorded ${out.length} references`);
