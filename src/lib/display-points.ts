import { createLTTB } from 'downsample/methods/LTTB';

/**
 * The most points a chart draws of one series. Beyond a few hundred an SVG chart gets slow to
 * draw and no screen has the pixels to show them apart; the table alternative lists them all.
 */
export const displayPointLimit = 500;

interface IndexedValue {
  index: number;
  value: number;
}

const largestTriangles = createLTTB<IndexedValue>({ x: 'index', y: 'value' });

/**
 * The points of a long series worth drawing: all of them up to `limit`, else at most `limit`
 * chosen by largest-triangle-three-buckets (LTTB, which keeps the first and the last and the
 * series' shape), with the lowest and the highest value always among them. Points without a
 * value are left out of a downsampled series: there is nothing there to draw. Keeps the order.
 */
export function displayPoints<Point>(
  points: readonly Point[],
  valueOf: (point: Point) => number | null,
  limit = displayPointLimit,
): Point[] {
  if (points.length <= limit) return [...points];
  const withValues: IndexedValue[] = [];
  points.forEach((point, index) => {
    const value = valueOf(point);
    if (value !== null) withValues.push({ index, value });
  });
  if (withValues.length <= limit) return withValues.map(({ index }) => points[index] as Point);

  // Two places are kept for the extremes, which LTTB may have passed over.
  const chosen = new Set(
    Array.from(largestTriangles(withValues, limit - 2), (point) => point.index),
  );
  let lowest = withValues[0] as IndexedValue;
  let highest = lowest;
  for (const point of withValues) {
    if (point.value < lowest.value) lowest = point;
    if (point.value > highest.value) highest = point;
  }
  chosen.add(lowest.index).add(highest.index);
  return [...chosen].sort((a, b) => a - b).map((index) => points[index] as Point);
}
