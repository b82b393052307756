import type { IndicatorRating } from '@server/contract/domain';

/** Each rating has its own mark, so a value's standing never depends on colour alone. */
export const ratingIcons: Record<IndicatorRating, string> = {
  excellent: '★',
  green: '✓',
  amber: '!',
  red: '✕',
};

export const ratingColours: Record<IndicatorRating, string> = {
  excellent: '#0b4f8a',
  green: '#1a7f37',
  amber: '#9a6700',
  red: '#b42318',
};
