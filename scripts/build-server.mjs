// Bundles the node entry (src/server/main.ts) into dist/server/baleine.mjs, the `baleine` bin.
import { build } from 'esbuild';
import { chmodSync } from 'node:fs';

const out = 'dist/server/baleine.mjs';
await build({
  entryPoints: ['src/server/main.ts'],
  outfile: out,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  banner: { js: '#!/usr/bin/env node' },
  logLevel: 'warning',
});
chmodSync(out, 0o755);
