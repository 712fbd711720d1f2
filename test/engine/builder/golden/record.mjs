#!/usr/bin/env node
// Records what the real engine builds from each scenario of scenarios/ (dockerd 20.10 builds with the
// legacy builder here, so results are recorded, not progress): the image config, the files the build
// put at the checked paths (as `docker cp` tars, base64), or the failure and the RUN exit code.
//   node test/engine/builder/golden/record.mjs      (needs a real engine with a `busybox` image)
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const here = new URL('.', import.meta.url).pathname;
const scenarios = JSON.parse(readFileSync(`${here}scenarios.json`, 'utf8'));
const CONFIG_FIELDS = [
  'User',
  'ExposedPorts',
  'Env',
  'Cmd',
  'Healthcheck',
  'Volumes',
  'WorkingDir',
  'Entrypoint',
  'OnBuild',
  'Labels',
  'StopSignal',
  'Shell',
];

function run(args, opts = {}) {
  const r = spawnSync('docker', args, {
    encoding: opts.binary ? 'buffer' : 'utf8',
    maxBuffer: 64 << 20,
    env: { ...process.env, DOCKER_BUILDKIT: '0' },
  });
  return r;
}

const out = {};
for (const [name, meta] of Object.entries(scenarios)) {
  const tag = `baleine-golden-${name}`;
  const args = ['build', '-t', tag];
  for (const [k, v] of Object.entries(meta.buildArgs ?? {})) args.push('--build-arg', `${k}=${v}`);
  args.push(`${here}scenarios/${name}`);
  const b = run(args);
  const text = `${b.stdout}${b.stderr}`;
  if (b.status !== 0) {
    const m = /returned a non-zero code: (\d+)/.exec(text);
    out[name] = { fails: true, buildStatus: b.status, runExitCode: m ? Number(m[1]) : null };
    continue;
  }
  const inspect = JSON.parse(run(['image', 'inspect', tag]).stdout)[0];
  const config = {};
  for (const f of CONFIG_FIELDS)
    if (inspect.Config[f] !== null && inspect.Config[f] !== undefined && inspect.Config[f] !== '')
      config[f] = inspect.Config[f];
  const files = {};
  if (meta.checks.length) {
    const id = run(['create', tag]).stdout.trim();
    for (const path of meta.checks)
      files[path] = run(['cp', `${id}:${path}`, '-'], { binary: true }).stdout.toString('base64');
    run(['rm', id]);
  }
  run(['rmi', tag]);
  out[name] = { fails: false, config, files };
}
writeFileSync(`${here}fixtures.json`, JSON.stringify(out, null, 1) + '\n');
console.log(`recorded ${Object.keys(out).length} scenarios`);
