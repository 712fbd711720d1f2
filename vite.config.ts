import { build as viteBuild, defineConfig, type Plugin } from 'vite';
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

export default defineConfig({
  plugins: [svelte(), exerciseElement(), embedPage()],
  build: {
    outDir: 'dist/app',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
  },
  worker: { format: 'es' },
});
