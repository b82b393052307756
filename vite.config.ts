import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, searchForWorkspaceRoot, type Plugin } from 'vite';

const apiPort = process.env.API_PORT ?? '8081';

/**
 * `--mode demo` (npm run demo, npm run build:demo): the app starts from mocks/demo/main.ts, which
 * runs the API in the browser behind MSW's service worker. The worker script is served and emitted
 * in this mode only, so the production build holds nothing of MSW.
 */
function serverFreeDemo(): Plugin {
  const workerFile = 'mockServiceWorker.js';
  const workerSource = () =>
    readFileSync(createRequire(import.meta.url).resolve(`msw/${workerFile}`), 'utf8');
  return {
    name: 'chainboard-server-free-demo',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => html.replace('/src/main.tsx', '/mocks/demo/main.ts'),
    },
    configureServer(server) {
      server.middlewares.use(`/${workerFile}`, (_request, response) => {
        response.setHeader('content-type', 'text/javascript');
        response.end(workerSource());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: workerFile, source: workerSource() });
    },
  };
}

export default defineConfig(({ mode }) => {
  const demo = mode === 'demo';
  return {
    plugins: [react(), ...(demo ? [serverFreeDemo()] : [])],
    resolve: {
      alias: {
        '@': fileURLToPath(new URL('./src', import.meta.url)),
        '@server': fileURLToPath(new URL('./server', import.meta.url)),
        '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
      },
    },
    // PGlite finds its WebAssembly and data files next to its own module: never pre-bundle it.
    // The demo's entry is found by the dependency scan too, or its imports re-bundle mid-load.
    optimizeDeps: demo
      ? { exclude: ['@electric-sql/pglite'], entries: ['index.html', 'mocks/demo/main.ts'] }
      : {},
    server: demo
      ? {
          // PGlite's engine files are fetched by URL, and node_modules may be a link elsewhere.
          fs: {
            allow: [
              searchForWorkspaceRoot(process.cwd()),
              dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite')),
            ],
          },
        }
      : // The demo answers /api in the browser; otherwise `npm run dev`'s API is behind Vite.
        { proxy: { '/api': `http://localhost:${apiPort}` } },
    build: {
      outDir: demo ? 'dist-demo' : 'dist',
      // dist/.vite/manifest.json maps each source module to its chunk and that chunk's imports:
      // bench/route-bundles.ts reads from it what each route needs before it can render.
      manifest: true,
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              {
                // What every screen runs first, in one file instead of a dozen slivers that
                // each cost a request and their own gzip dictionary.
                name: 'framework',
                test: /node_modules[\\/](react|react-dom|scheduler|use-sync-external-store|zustand|i18next|react-i18next|@tanstack[\\/](react-router|router-core|history|store|react-store|query-core|react-query))[\\/]/,
              },
            ],
          },
        },
      },
    },
  };
});
