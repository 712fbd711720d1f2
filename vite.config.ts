import { build as viteBuild, defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build } from 'esbuild';
import { createReadStream, statSync } from 'node:fs';
import { join, normalize } from 'node:path';

/**
 * The <baleine-exercise> element, built alone as a classic script at the site's root
 * (dist/app/baleine-exercise.js): course sites load it with a plain <script src> from any origin.
 */
function exerciseElement(): Plugin {
  const bundle = async () => {
    const r = await build({
      entryPoints: ['src/ui/embed/element.ts'],
      bundle: true,
      format: 'iife',
      target: 'es2020',
      minify: true,
      write: false,
      legalComments: 'none',
    });
    return r.outputFiles[0].text;
  };
  return {
    name: 'baleine-exercise-element',
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'baleine-exercise.js', source: await bundle() });
    },
    configureServer(server) {
      server.middlewares.use('/baleine-exercise.js', (_req, res, next) => {
        bundle().then((code) => {
          res.setHeader('content-type', 'text/javascript; charset=utf-8');
          res.end(code);
        }, next);
      });
    },
  };
}

/**
 * embed.html (/embed: the exercise a course site puts in an iframe), built after the app by a build of
 * its own: its chunks are its own, so the app's initial JavaScript (index.html's budget) does not
 * change with it. The dev server serves embed.html from the root like any page.
 */
function embedPage(): Plugin {
  let outDir = '';
  return {
    name: 'baleine-embed-page',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async closeBundle() {
      await viteBuild({
        configFile: false,
        publicDir: false,
        logLevel: 'warn',
        plugins: [svelte()],
        build: {
          outDir,
          emptyOutDir: false,
          target: 'es2022',
          chunkSizeWarningLimit: 4000,
          rolldownOptions: { input: { embed: 'embed.html' } },
        },
      });
    },
  };
}

/**
 * The Hub's blobs (public/hub/blobs/*.tar.gz) are bytes whose digest the pull checks. Vite's static
 * server sends .gz files with `Content-Encoding: gzip`, so the browser inflates them and the digest no
 * longer matches; this middleware serves every public .gz file as it is on disk, as `baleine serve` and
 * any static host do; a missing one is a 404. Exported for other dev servers of the project (vitest's browser mode).
 */
export function rawGzipFiles(): Plugin {
  return {
    name: 'baleine-raw-gzip-files',
    apply: 'serve',
    configureServer(server) {
      const root = server.config.publicDir;
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0]);
        if (!root || !path.endsWith('.gz') || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
        const file = normalize(join(root, path));
        if (!file.startsWith(root + '/')) return next();
        let size: number;
        try {
          size = statSync(file).size;
        } catch {
          // Not Vite's fallback page (200, index.html): a missing blob is a 404, as in the built app.
          res.statusCode = 404;
          return res.end();
        }
        res.setHeader('content-type', 'application/octet-stream');
        res.setHeader('content-length', String(size));
        res.setHeader('cache-control', 'no-cache');
        if (req.method === 'HEAD') return res.end();
        createReadStream(file).on('error', next).pipe(res);
      });
    },
  };
}

export default defineConfig({
  plugins: [svelte(), exerciseElement(), embedPage(), rawGzipFiles()],
  build: {
    outDir: 'dist/app',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
  },
  worker: { format: 'es' },
});
