import { useTranslation } from 'react-i18next';
import type { Dataset } from '@server/contract/overview';
import { useFormatters } from '@/hooks/use-formatters';

interface BriefSourceProps {
  /** The city's "today" the API judged overdue and stale against. */
  asOf: string;
  dataset: Dataset | null;
  /** Where the indicators come from (统计局, 发改委…), each named once. */
  indicatorSources?: string[];
}

/** The foot of a brief: as of when, and from where, so a printed page can be checked. */
export function BriefSource({ asOf, dataset, indicatorSources = [] }: BriefSourceProps) {
  const { t } = useTranslation('briefs');
  const format = useFormatters();
  const app = t('app.name');
  const city = dataset ? format.name({ name: dataset.cityName, nameEn: dataset.cityNameEn }) : '';
  return (
    <>
      <p>
        {t('briefs.asOf', { date: format.date(asOf) })}
        {' · '}
        {dataset?.isSample
          ? t('briefs.sourceSample', { app, city })
          : dataset
            ? t('briefs.source', { app, city })
            : app}
      </p>
      {indicatorSources.length > 0 && (
        <p lang="zh-CN">{t('briefs.indicatorSources', { sources: indicatorSources.join('、') })}</p>
      )}
    </>
  );
}
