import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Prints the initial JavaScript the browser must fetch before the overview can render (the entry
 * script and its modulepreloads, gzip) and the largest lazy chunk; fails above the budget.
 */
const BUDGET_KB = 150;
const dist = 'dist';

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = new Set(
  [
    ...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/?([^"]+\.js)"/g),
  ].map((match) => match[1] as string),
);
const gzipKb = (file: string) =>
  gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1000;

const assets = readdirSync(join(dist, 'assets'))
  .filter((name) => name.endsWith('.js'))
  .map((name) => `assets/${name}`);
const initialKb = [...initial].reduce((sum, file) => sum + gzipKb(file), 0);
const lazy = assets
  .filter((file) => !initial.has(file))
  .map((file) => ({ file, kb: gzipKb(file) }))
  .sort((a, b) => b.kb - a.kb);

console.log(
  `Initial JS (gzip): ${initialKb.toFixed(1)} KB in ${initial.size} file(s); budget ${BUDGET_KB} KB`,
);
console.log(
  lazy[0]
    ? `Largest lazy chunk (gzip): ${lazy[0].file} ${lazy[0].kb.toFixed(1)} KB (${lazy.length} lazy chunks)`
    : 'No lazy chunks',
);
if (initialKb > BUDGET_KB) {
  console.error(`Initial JS is over the ${BUDGET_KB} KB budget.`);
  process.exit(1);
}
