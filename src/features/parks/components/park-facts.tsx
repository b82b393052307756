import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { ParkDetail } from '@server/contract/parks';
import { useFormatters } from '@/hooks/use-formatters';
import { DataText } from '@/components/vocabulary/data-text';

export function ParkFacts({ park }: { park: ParkDetail }) {
  const { t } = useTranslation('parks');
  const format = useFormatters();
  const notRecorded = t('common.notRecorded');

  return (
    <section className="panel" aria-labelledby="park-facts-title">
      <h2 id="park-facts-title">{t('parks.facts.title')}</h2>
      <dl className="detail-list">
        <dt>{t('parks.facts.district')}</dt>
        <dd>
          <DataText>{park.district}</DataText>
        </dd>
        <dt>{t('parks.facts.type')}</dt>
        <dd>{t(park.isSpecialty ? 'parks.specialty' : 'parks.other')}</dd>
        <dt>{t('parks.facts.area')}</dt>
        <dd>{park.areaKm2 === null ? notRecorded : t('parks.km2', { value: park.areaKm2 })}</dd>
        <dt>{t('parks.facts.output')}</dt>
        <dd>{park.outputYi === null ? notRecorded : format.yi(park.outputYi)}</dd>
        <dt>{t('parks.facts.occupancy')}</dt>
        <dd>{park.occupancyRate === null ? notRecorded : format.percent(park.occupancyRate)}</dd>
        <dt>{t('parks.facts.firms')}</dt>
        <dd>
          <Link to="/firms" search={{ park: park.id }}>
            {t('parks.facts.firmsLink', { count: park.counts.firms })}
          </Link>
        </dd>
        <dt>{t('parks.facts.projects')}</dt>
        <dd>
          <Link to="/projects" search={{ park: park.id }}>
            {t('parks.facts.projectsLink', { count: park.counts.projects })}
          </Link>
          {park.counts.projects > 0 && (
            <>
              {' '}
              {t('parks.facts.projectInvestment', {
                amount: format.yi(park.counts.projectInvestmentYi),
              })}
            </>
          )}
        </dd>
        <dt>{t('parks.facts.updated')}</dt>
        <dd>
          {park.updatedBy
            ? t('parks.facts.updatedBy', {
                date: format.dateTime(park.updatedAt),
                name: park.updatedByName ?? park.updatedBy,
              })
            : format.dateTime(park.updatedAt)}
        </dd>
      </dl>
    </section>
  );
}
