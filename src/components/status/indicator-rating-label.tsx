import { useTranslation } from 'react-i18next';
import type { IndicatorRating } from '@server/contract/domain';
import '@/components/status/indicator-rating-label.css';

/** Each rating has its own mark as well as its colour and word. */
const icons: Record<IndicatorRating, string> = {
  excellent: '★',
  green: '✓',
  amber: '!',
  red: '✕',
};

/** An indicator value's rating against its thresholds: mark and word, never colour alone. */
export function IndicatorRatingLabel({ rating }: { rating: IndicatorRating }) {
  const { t } = useTranslation();
  return (
    <span className={`kpi-rating kpi-rating--${rating}`}>
      <span aria-hidden="true">{icons[rating]}</span>
      {t(`indicatorRating.${rating}`)}
    </span>
  );
}
