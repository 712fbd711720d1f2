// Prints the size of the built app: initial JavaScript (what index.html loads before any lazy chunk),
// gzipped, and every chunk. Used by `npm run build` and by the benchmark.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

export function measure(dir = 'dist/app') {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const initial = new Set();
  for (const m of html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)) initial.add(m[1]);
  // Static imports of the entry are initial too (modulepreload links cover them; follow imports to be sure).
  const queue = [...initial];
  while (queue.length) {
    const f = queue.pop();
    const code = readFileSync(join(dir, f), 'utf8');
    for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+\.js)["']/g)) {
      const dep = join('assets', m[1]);
      if (!initial.has(dep)) {
        initial.add(dep);
        queue.push(dep);
      }
    }
  }
  const chunks = readdirSync(join(dir, 'assets'))
    .filter((f) => f.endsWith('.js') || f.endsWith('.css'))
    .map((f) => {
      const buf = readFileSync(join(dir, 'assets', f));
      return { file: `assets/${f}`, bytes: statSync(join(dir, 'assets', f)).size, gzip: gzipSync(buf).length };
    });
  const initialGzip = chunks.filter((c) => initial.has(c.file)).reduce((s, c) => s + c.gzip, 0);
  return { initialGzip, initialFiles: [...initial], chunks };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = measure();
  const kb = (n) => (n / 1024).toFixed(1) + ' kB';
  console.log(`JavaScript initial (gzip) : ${kb(r.initialGzip)} — budget 120 kB`);
  for (const c of r.chunks.sort((a, b) => b.gzip - a.gzip)) {
    console.log(`  ${r.initialFiles.includes(c.file) ? '*' : ' '} ${c.file.padEnd(48)} ${kb(c.bytes).padStart(10)}  gzip ${kb(c.gzip)}`);
  }
  writeFileSync('dist/sizes.json', JSON.stringify(r, null, 2));
}
