import { useTranslation } from 'react-i18next';
import { CITY_TIME_ZONE } from '@server/contract/city-time';
import type { Dataset } from '@server/contract/overview';
import { useFormatters } from '@/hooks/use-formatters';
import { useMinuteClock } from '@/features/screen/hooks/use-minute-clock';

interface ScreenHeaderProps {
  title: string;
  dataset: Dataset | null;
  asOf: string | undefined;
  /** When the data on screen was fetched, shown while the server cannot be reached. */
  offlineSince: number | null;
}

const timeOf = (instant: Date, language: string) =>
  new Intl.DateTimeFormat(language, {
    timeZone: CITY_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant);

/** The title, the sample-data mark, the offline corner, 数据截至 and the clock: always there. */
export function ScreenHeader({ title, dataset, asOf, offlineSince }: ScreenHeaderProps) {
  const { t } = useTranslation('screen');
  const { t: tCommon } = useTranslation();
  const format = useFormatters();
  const now = useMinuteClock();
  return (
    <header className="screen-header">
      <h1 className="screen-header__title">{title}</h1>
      {dataset?.isSample && (
        <span className="screen-header__sample" role="note">
          {tCommon('sample.label')}
        </span>
      )}
      {offlineSince !== null && (
        <span className="screen-header__offline" role="status">
          {offlineSince > 0
            ? t('screen.offline', { time: timeOf(new Date(offlineSince), format.language) })
            : t('screen.offlineNoData')}
        </span>
      )}
      <span className="screen-header__as-of">
        {asOf ? t('screen.dataAsOf', { date: format.date(asOf) }) : t('screen.loading')}
      </span>
      <time className="screen-header__clock screen-figure" aria-label={t('screen.clock')}>
        {timeOf(now, format.language)}
      </time>
    </header>
  );
}
