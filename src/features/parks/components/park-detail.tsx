import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { ParkDetail as Park } from '@server/contract/parks';
import { QueryResult } from '@/components/feedback/query-result';
import { usePark } from '@/features/parks/api/get-park';
import { HostedChains } from '@/features/parks/components/hosted-chains';
import { ParkActions } from '@/features/parks/components/edit/park-actions';
import { ParkFacts } from '@/features/parks/components/park-facts';
import { ParkProjects } from '@/features/parks/components/park-projects';
import { useFormatters } from '@/hooks/use-formatters';

const route = getRouteApi('/parks/$parkId');

export function ParkDetail() {
  const { parkId } = route.useParams();
  const park = usePark(parkId);
  return <QueryResult query={park}>{(data) => <ParkPage park={data} />}</QueryResult>;
}

function ParkPage({ park }: { park: Park }) {
  const { t } = useTranslation('parks');
  const format = useFormatters();
  const chinese = format.language.startsWith('zh');
  const otherName = chinese ? park.nameEn : park.nameEn ? park.name : null;

  return (
    <div className="page">
      <p>
        <Link to="/parks">{t('parks.backToList')}</Link>
      </p>
      <h1 className="page__title">{format.name(park)}</h1>
      {otherName && (
        <p className="page__summary" lang={chinese ? 'en' : 'zh-CN'}>
          {otherName}
        </p>
      )}
      {park.withdrawnAt && (
        <p role="status" className="form-notice">
          {t('parks.edit.withdrawnNotice', { date: format.dateTime(park.withdrawnAt) })}
        </p>
      )}
      <ParkActions park={park} />
      <ParkFacts park={park} />
      <section className="panel" aria-labelledby="park-chains-title">
        <h2 id="park-chains-title">{t('parks.chains.title')}</h2>
        <HostedChains chains={park.chains} />
      </section>
      <ParkProjects park={park} />
    </div>
  );
}
