import { useTranslation } from 'react-i18next';
import type { IndicatorRating } from '@server/contract/domain';
import { ratingIcons } from '@/features/chains/components/indicator-rating';

export function RatingLabel({ rating }: { rating: IndicatorRating | null }) {
  const { t } = useTranslation('chains');
  if (!rating) return <>{t('chains.indicators.notReported')}</>;
  return (
    <span className={`rating rating--${rating}`}>
      <span aria-hidden="true">{ratingIcons[rating]} </span>
      {t(`indicatorRating.${rating}`)}
    </span>
  );
}
