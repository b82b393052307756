import { useTranslation } from 'react-i18next';
import type { FirmDetail } from '@server/contract/firms';
import { ChainTags } from '@/components/links/chain-tags';
import { FirmTags } from '@/features/firms/components/firm-tags';
import { ParkLink } from '@/features/firms/components/park-link';
import { useFormatters } from '@/hooks/use-formatters';

export function FirmFacts({ firm }: { firm: FirmDetail }) {
  const { t } = useTranslation('firms');
  const format = useFormatters();
  const notRecorded = t('common.notRecorded');

  return (
    <section className="panel" aria-labelledby="firm-facts-title">
      <h2 id="firm-facts-title">{t('firms.facts.title')}</h2>
      <dl className="detail-list">
        <dt>{t('firms.facts.creditCode')}</dt>
        <dd>{firm.creditCode ?? notRecorded}</dd>
        <dt>{t('firms.facts.park')}</dt>
        <dd>
          <ParkLink park={firm.park} />
        </dd>
        <dt>{t('firms.facts.chains')}</dt>
        <dd>
          <ChainTags chains={firm.chains} />
        </dd>
        <dt>{t('firms.facts.tags')}</dt>
        <dd>
          <FirmTags tags={firm.tags} />
        </dd>
        <dt>{t('firms.facts.band')}</dt>
        <dd>{t(`revenueBand.${firm.revenueBand}`)}</dd>
        <dt>{t('firms.facts.revenue')}</dt>
        <dd>{firm.revenueYi === null ? notRecorded : format.yi(firm.revenueYi)}</dd>
        <dt>{t('firms.facts.founded')}</dt>
        <dd>{firm.foundedYear ?? notRecorded}</dd>
        <dt>{t('firms.facts.employees')}</dt>
        <dd>
          {firm.employees === null ? notRecorded : t('units.people', { count: firm.employees })}
        </dd>
        <dt>{t('firms.facts.updated')}</dt>
        <dd>
          {firm.updatedBy
            ? t('firms.facts.updatedBy', {
                date: format.dateTime(firm.updatedAt),
                name: firm.updatedByName ?? firm.updatedBy,
              })
            : format.dateTime(firm.updatedAt)}
        </dd>
      </dl>
    </section>
  );
}
