import type { IndicatorDirection, IndicatorRating } from './common';

export interface RatedFigures {
  direction: IndicatorDirection;
  value: number | null;
  target: number;
  warningThreshold: number;
  excellentThreshold: number;
}

/**
 * How one period's value stands against its target and thresholds; null when nothing is reported.
 * Higher-is-better: at or above excellent → excellent, target → green, warning → amber, else red;
 * lower-is-better mirrors it (at or below each mark).
 */
export function rateIndicator({
  direction,
  value,
  target,
  warningThreshold,
  excellentThreshold,
}: RatedFigures): IndicatorRating | null {
  if (value === null) return null;
  const reaches = (mark: number) =>
    direction === 'higher_is_better' ? value >= mark : value <= mark;
  if (reaches(excellentThreshold)) return 'excellent';
  if (reaches(target)) return 'green';
  if (reaches(warningThreshold)) return 'amber';
  return 'red';
}
