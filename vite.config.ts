import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build } from 'esbuild';

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

export default defineConfig({
  plugins: [svelte(), exerciseElement()],
  build: {
    outDir: 'dist/app',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      // The app, and the page a course site puts in an iframe (/embed.html, /embed with `baleine serve`).
      input: { main: 'index.html', embed: 'embed.html' },
    },
  },
  worker: { format: 'es' },
});
