// Builds each scenario with the simulated builder and compares the result with what the real engine
// built from the same files (fixtures.json, recorded by record.mjs): config, files, failures.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readTar } from '../../../../src/engine/layer/tar';
import type { FileSystem } from '../../../../src/engine/fs/types';
import { buildApp, rootfs, world, type World } from '../build/helpers';

const HERE = __dirname;
const scenarios = JSON.parse(readFileSync(join(HERE, 'scenarios.json'), 'utf8')) as Record<
  string,
  { checks: string[]; buildArgs?: Record<string, string> }
>;
const fixtures = JSON.parse(readFileSync(join(HERE, 'fixtures.json'), 'utf8')) as Record<
  string,
  {
    fails: boolean;
    runExitCode?: number;
    config?: Record<string, unknown>;
    files?: Record<string, string>;
  }
>;
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

interface FileEntry {
  name: string;
  type: string;
  mode: string;
  uid: number;
  gid: number;
  content?: string;
}

function copyIn(w: World, from: string, to: string): void {
  for (const name of readdirSync(from)) {
    const src = join(from, name);
    const dst = `${to}/${name}`;
    const st = statSync(src);
    if (st.isDirectory()) {
      w.host.mkdir(dst);
      copyIn(w, src, dst);
    } else w.host.writeFile(dst, readFileSync(src), { mode: st.mode & 0o7777 });
  }
}

function realEntries(base64: string): FileEntry[] {
  return readTar(Buffer.from(base64, 'base64'))
    .map((r) => ({
      name: r.name.replace(/\/$/, ''),
      type: r.type,
      mode: (r.mode & 0o7777).toString(8),
      uid: r.uid,
      gid: r.gid,
      ...(r.type === 'file' ? { content: new TextDecoder().decode(r.data) } : {}),
    }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

function simulatedEntries(fs: FileSystem, path: string): FileEntry[] {
  const out: FileEntry[] = [];
  const base = path.slice(path.lastIndexOf('/') + 1);
  const walk = (abs: string, name: string) => {
    const st = fs.lstat(abs);
    out.push({
      name,
      type: st.type,
      mode: st.mode.toString(8),
      uid: st.uid,
      gid: st.gid,
      ...(st.type === 'file' ? { content: fs.readText(abs) } : {}),
    });
    if (st.type === 'dir') for (const child of fs.readdir(abs)) walk(`${abs}/${child}`, `${name}/${child}`);
  };
  walk(path, base);
  return out.sort((a, b) => (a.name < b.name ? -1 : 1));
}

describe('golden: builds compared with the real engine', () => {
  it.each(Object.keys(scenarios))('%s', async (name) => {
    const w = world();
    copyIn(w, join(HERE, 'scenarios', name), '/app');
    const r = await buildApp(w, { buildArgs: scenarios[name].buildArgs });
    const real = fixtures[name];
    if (real.fails) {
      expect(r.error).not.toBeNull();
      expect(Number(/exit code: (\d+)$/.exec(r.error!.message)?.[1])).toBe(real.runExitCode);
      return;
    }
    expect(r.error).toBeNull();
    const config = w.images.resolve(r.imageId!).config.config as Record<string, unknown>;
    const ours: Record<string, unknown> = {};
    for (const f of CONFIG_FIELDS) if (config[f] !== undefined && config[f] !== null) ours[f] = config[f];
    expect(ours).toEqual(real.config);
    const fs = rootfs(w, r.imageId!);
    for (const [path, tar] of Object.entries(real.files ?? {})) {
      expect(simulatedEntries(fs, path), path).toEqual(realEntries(tar));
    }
  });
});
