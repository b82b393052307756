import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { QueryResult } from '@/components/feedback/query-result';
import { BriefSheet } from '@/features/briefs/components/brief-sheet';
import { BriefSource } from '@/features/briefs/components/brief-source';
import { StatusTally } from '@/features/briefs/components/status-tally';
import { useOverview } from '@/features/overview/api/get-overview';
import { ChainMatrix } from '@/features/overview/components/chain-matrix';
import { HeadlineFigures } from '@/features/overview/components/headline-figures';
import { useFormatters } from '@/hooks/use-formatters';

/** The city's brief: the overview's headline figures and five-ones matrix, on one A4 page. */
export function CityBriefPage() {
  const { t } = useTranslation('briefs');
  const format = useFormatters();
  const overview = useOverview();

  return (
    <div className="page">
      <QueryResult query={overview}>
        {(data) => (
          <BriefSheet
            kind={t('briefs.city.kind')}
            title={
              data.dataset
                ? t('briefs.city.title', {
                    city: format.name({
                      name: data.dataset.cityName,
                      nameEn: data.dataset.cityNameEn,
                    }),
                  })
                : t('briefs.city.titleNoCity')
            }
            back={
              <Link to="/">
                <span aria-hidden="true">← </span>
                {t('briefs.city.back')}
              </Link>
            }
            footer={<BriefSource asOf={data.asOf} dataset={data.dataset} />}
          >
            <HeadlineFigures headline={data.headline} />
            <StatusTally chains={data.chains} />
            <ChainMatrix chains={data.chains} />
          </BriefSheet>
        )}
      </QueryResult>
    </div>
  );
}
