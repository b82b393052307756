import type { IndicatorDirection } from '../../../contract/common';
import { rateIndicator } from '../../../contract/indicator-rating';
import type { KeyIndicator } from '../../../contract/overview';

/** Periods in a card's sparkline. */
const SERIES_LENGTH = 8;

interface IndicatorRow {
  id: number;
  code: string;
  name: string;
  nameEn: string | null;
  unit: string;
  direction: IndicatorDirection;
}

interface ValueRow {
  period: string;
  value: number | null;
  target: number;
  warningThreshold: number;
  excellentThreshold: number;
}

/** A key indicator's card: its latest reported value, rated, and its recent series. */
export function toKeyIndicator(
  indicator: IndicatorRow,
  valuesOldestFirst: ValueRow[],
): KeyIndicator {
  const latest = valuesOldestFirst.findLast((row) => row.value !== null);
  return {
    indicatorId: indicator.id,
    code: indicator.code,
    name: indicator.name,
    nameEn: indicator.nameEn,
    unit: indicator.unit,
    period: latest?.period ?? null,
    value: latest?.value ?? null,
    target: latest?.target ?? null,
    warningThreshold: latest?.warningThreshold ?? null,
    excellentThreshold: latest?.excellentThreshold ?? null,
    rating: latest ? rateIndicator({ direction: indicator.direction, ...latest }) : null,
    series: valuesOldestFirst
      .slice(-SERIES_LENGTH)
      .map(({ period, value, target }) => ({ period, value, target })),
  };
}
