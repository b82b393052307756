import { describe, expect, it } from 'vitest';
import { displayPoints } from '@/lib/display-points';

interface Point {
  period: number;
  value: number | null;
}

const series = (length: number, valueAt: (index: number) => number | null): Point[] =>
  Array.from({ length }, (_, index) => ({ period: index, value: valueAt(index) }));
const valueOf = (point: Point) => point.value;

describe('displayPoints', () => {
  it('keeps a series within the limit as it is', () => {
    const short = series(500, (index) => index % 13);
    expect(displayPoints(short, valueOf, 500)).toEqual(short);
  });

  it('draws at most the limit of a long series, in order, with its ends and extremes', () => {
    // A slow wave with one sharp low and one sharp high that buckets could average away.
    const long = series(10_000, (index) =>
      index === 4_321 ? -1_000 : index === 7_777 ? 1_000 : Math.sin(index / 500),
    );
    const shown = displayPoints(long, valueOf, 500);

    expect(shown.length).toBeLessThanOrEqual(500);
    expect(shown.length).toBeGreaterThan(450);
    const periods = shown.map((point) => point.period);
    expect(periods).toEqual(periods.toSorted((a, b) => a - b));
    expect(periods).toEqual(expect.arrayContaining([0, 9_999, 4_321, 7_777]));
  });

  it('keeps the highest and lowest even where the shape alone would not', () => {
    // Two neighbouring extremes in a flat series: LTTB keeps one point per bucket.
    const flat = series(10_000, (index) => (index === 5_000 ? 9 : index === 5_001 ? -9 : 0));
    const periods = displayPoints(flat, valueOf, 100).map((point) => point.period);
    expect(periods).toEqual(expect.arrayContaining([5_000, 5_001]));
    expect(periods.length).toBeLessThanOrEqual(100);
  });

  it('leaves out periods without a value from a long series', () => {
    const gappy = series(1_000, (index) => (index % 2 === 0 ? null : index));
    const shown = displayPoints(gappy, valueOf, 400);
    expect(shown.every((point) => point.value !== null)).toBe(true);
    expect(shown.length).toBeLessThanOrEqual(400);
  });
});
