import autocannon from 'autocannon';

/** What a load run gives: its latency percentiles and rate. */
export interface LatencySummary {
  p50: number;
  p95: number;
  p99: number;
  count: number;
  perSecond: number;
}

/** The value at or below which `share` percent of the sorted values fall (nearest rank). */
function nearestRank(sorted: readonly number[], share: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil((share / 100) * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
}

export function summarise(latenciesMs: readonly number[], seconds: number): LatencySummary {
  const sorted = latenciesMs.toSorted((a, b) => a - b);
  return {
    p50: nearestRank(sorted, 50),
    p95: nearestRank(sorted, 95),
    p99: nearestRank(sorted, 99),
    count: sorted.length,
    perSecond: sorted.length / seconds,
  };
}

export function formatMs(ms: number): string {
  return `${ms < 10 ? ms.toFixed(1) : ms.toFixed(0)} ms`;
}

export function formatSummary(summary: LatencySummary): string {
  return (
    `p50 ${formatMs(summary.p50)} · p95 ${formatMs(summary.p95)} · p99 ${formatMs(summary.p99)} · ` +
    `${Math.round(summary.perSecond).toLocaleString('en')} req/s`
  );
}

/** Read from the environment: a positive number, or `fallback` when unset. */
export function numberFromEnv(name: string, fallback: number): number {
  const text = process.env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!(value > 0)) throw new Error(`${name} must be a positive number (got ${text})`);
  return value;
}

export interface HttpLoadResult {
  summary: LatencySummary;
  /** Answers other than 2xx. */
  non2xx: number;
  /** Socket errors and timeouts: requests that got no answer at all. */
  failures: number;
}

/**
 * `connections` clients sending `paths` (round robin per client) for `seconds`, with autocannon.
 * Latencies are taken from every 2xx answer, so p95 is exact rather than autocannon's histogram
 * steps (it reports p90 and p97.5, not p95).
 */
export function loadHttp(options: {
  url: string;
  paths: readonly string[];
  cookie: string;
  connections: number;
  seconds: number;
}): Promise<HttpLoadResult> {
  const latencies: number[] = [];
  let non2xx = 0;
  return new Promise((done, fail) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.seconds,
        headers: { cookie: options.cookie },
        requests: options.paths.map((path) => ({ method: 'GET', path })),
      },
      (error, result) => {
        if (error) return fail(error);
        done({
          summary: summarise(latencies, result.duration),
          non2xx,
          failures: result.errors + result.timeouts,
        });
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
      else non2xx += 1;
    });
  });
}
