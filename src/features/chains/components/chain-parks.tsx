import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { ChainPark } from '@server/contract/chains';
import { EmptyState } from '@/components/feedback/empty-state';
import { useFormatters } from '@/hooks/use-formatters';

/** Host parks (承载地), main ones first as the API sends them. */
export function ChainParks({ parks }: { parks: ChainPark[] }) {
  const { t } = useTranslation('chains');
  const format = useFormatters();
  return (
    <section className="panel" aria-labelledby="chain-parks-title">
      <h2 id="chain-parks-title">{t('chains.parks.title')}</h2>
      {parks.length === 0 ? (
        <EmptyState>{t('chains.parks.empty')}</EmptyState>
      ) : (
        <ul className="chain-list">
          {parks.map((park) => (
            <li key={park.id}>
              <Link to="/parks/$parkId" params={{ parkId: park.id }}>
                {format.name(park)}
              </Link>
              {park.isMain && (
                <span className="tag tag--main">
                  <span aria-hidden="true">★ </span>
                  {t('chains.parks.main')}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
