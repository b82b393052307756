import { measureApi } from './api-latency';
import { measureChart } from './chart-10k';
import { measureDemoFirstLoad } from './demo-first-load';
import { measureImport } from './import-10k';
import { measureLoad } from './load';
import { measurePresentationMemory } from './present-memory';
import { measureRouteBundles } from './route-bundles';
import { printTable, type BenchRow } from './table';
import { measureTimeToData } from './time-to-data';

/*
 * `npm run bench`: every benchmark in turn on the builds `npm run bench` made first, then one
 * table of all their figures. Each part also runs alone (`npx tsx bench/<part>.ts`); the
 * environment knobs each part reads are in BENCHMARKS.md.
 */
const parts: [name: string, measure: () => Promise<BenchRow[]> | BenchRow[]][] = [
  ['initial JS per route', () => measureRouteBundles()],
  ['time to data', measureTimeToData],
  ['10,000-period chart', measureChart],
  ['presentation memory', measurePresentationMemory],
  ['server-free demo', measureDemoFirstLoad],
  ['API latency', () => measureApi()],
  ['load', () => measureLoad()],
  ['10,000-row import', measureImport],
];

const rows: BenchRow[] = [];
for (const [name, measure] of parts) {
  const started = Date.now();
  console.error(`bench: ${name}…`);
  rows.push(...(await measure()));
  console.error(`bench: ${name} done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
printTable(rows);
