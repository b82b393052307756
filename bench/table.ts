import { pathToFileURL } from 'node:url';

/*
 * One line of the benchmark table that `npm run bench` prints, and the printer. Each bench
 * module returns its rows; bench/run.ts gathers them so the whole run ends in one table.
 */
export interface BenchRow {
  /** What is measured, e.g. "API · overview · scale 20 · PostgreSQL". */
  subject: string;
  /** The figure with its unit, e.g. "p50 3.1 ms · p95 7.9 ms · p99 12 ms · 2,310 req/s". */
  figure: string;
  /** The goal, e.g. "p95 ≤ 25 ms"; empty where there is none. */
  goal?: string;
  /** Whether the goal was met; undefined where there is no goal. */
  met?: boolean;
}

export function printTable(rows: readonly BenchRow[]): void {
  const cells = rows.map((row) => [
    row.subject,
    row.figure,
    row.goal ?? '',
    row.met === undefined ? '' : row.met ? 'met' : 'MISSED',
  ]);
  const head = ['subject', 'figure', 'goal', ''];
  const widths = head.map((title, column) =>
    Math.max(title.length, ...cells.map((line) => (line[column] ?? '').length)),
  );
  const line = (values: string[]) =>
    `| ${values.map((value, column) => value.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  console.log(line(head));
  console.log(line(widths.map((width) => '-'.repeat(width))));
  for (const values of cells) console.log(line(values));
}

/**
 * Prints the module's table when it is the script Node was started with (`npx tsx bench/x.ts`),
 * and does nothing when bench/run.ts imports it to gather every table into one.
 */
export async function printWhenRunAlone(
  moduleUrl: string,
  measure: () => Promise<BenchRow[]> | BenchRow[],
): Promise<void> {
  if (moduleUrl !== pathToFileURL(process.argv[1] ?? '').href) return;
  printTable(await measure());
}
