import type { IndicatorRating } from '@server/contract/domain';

/** Each rating has its own mark, so a value's standing never depends on colour alone. */
export const ratingIcons: Record<IndicatorRating, string> = {
  excellent: '★',
  green: '✓',
  amber: '!',
  red: '✕',
};

/** The theme's colours (CSS variables), so the projector themes recolour the charts too. */
export const ratingColours: Record<IndicatorRating, string> = {
  excellent: 'var(--brand)',
  green: 'var(--green)',
  amber: 'var(--amber)',
  red: 'var(--red)',
};
