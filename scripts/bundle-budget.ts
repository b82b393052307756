import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Prints the initial JavaScript the browser must fetch before the overview can render (the entry
 * script and its modulepreloads, gzip) and the largest lazy chunk. For the production build
 * (`dist`, the default) it fails above the budget or when anything of the server-free demo (MSW,
 * PGlite) got in; for the demo build (`dist-demo`) it prints what the demo downloads.
 */
const BUDGET_KB = 150;
const dist = process.argv[2] ?? 'dist';
const isDemo = dist !== 'dist';

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = new Set(
  [
    ...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/?([^"]+\.js)"/g),
  ].map((match) => match[1] as string),
);
const gzipKb = (file: string) =>
  gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1000;

const files = [
  ...readdirSync(dist).filter((name) => name !== 'assets'),
  ...readdirSync(join(dist, 'assets')).map((name) => `assets/${name}`),
];
const scripts = files.filter((file) => file.startsWith('assets/') && file.endsWith('.js'));
const initialKb = [...initial].reduce((sum, file) => sum + gzipKb(file), 0);
const lazy = scripts
  .filter((file) => !initial.has(file))
  .map((file) => ({ file, kb: gzipKb(file) }))
  .sort((a, b) => b.kb - a.kb);

console.log(
  `${isDemo ? 'Demo' : 'Production'} initial JS (gzip): ${initialKb.toFixed(1)} KB in ${initial.size} file(s)` +
    (isDemo ? '' : `; budget ${BUDGET_KB} KB`),
);
console.log(
  lazy[0]
    ? `Largest lazy chunk (gzip): ${lazy[0].file} ${lazy[0].kb.toFixed(1)} KB (${lazy.length} lazy chunks)`
    : 'No lazy chunks',
);

if (isDemo) {
  // The database engine and the sample city: fetched on a first visit, from the cache after.
  const allScriptsKb = scripts.reduce((sum, file) => sum + gzipKb(file), 0);
  const databaseFiles = files.filter((file) => /\.(wasm|data|gz)$/.test(file));
  const databaseKb = databaseFiles.reduce((sum, file) => sum + gzipKb(file), 0);
  console.log(`Demo JS, all chunks (gzip): ${allScriptsKb.toFixed(1)} KB`);
  console.log(
    `Demo database files (gzip): ${(databaseKb / 1000).toFixed(1)} MB — ${databaseFiles.join(', ')}`,
  );
  process.exit(0);
}

// MSW's worker script and PGlite's engine belong to the demo only (npm run build:demo).
const demoOnly = [/mockServiceWorker/, /pglite/i, /\.wasm$/];
const demoMarkers = ['[MSW]', 'PGlite'];
const leaked = files.filter(
  (file) =>
    demoOnly.some((pattern) => pattern.test(file)) ||
    (file.endsWith('.js') &&
      demoMarkers.some((marker) => readFileSync(join(dist, file), 'utf8').includes(marker))),
);
if (leaked.length > 0) {
  console.error(`The production build contains the demo's MSW or PGlite: ${leaked.join(', ')}`);
  process.exit(1);
}
if (initialKb > BUDGET_KB) {
  console.error(`Initial JS is over the ${BUDGET_KB} KB budget.`);
  process.exit(1);
}
