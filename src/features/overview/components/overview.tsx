import { useTranslation } from 'react-i18next';
import { LoadError } from '@/components/feedback/load-error';
import { LoadingState } from '@/components/feedback/loading-state';
import { useOverview } from '@/features/overview/api/get-overview';
import { ChainMatrix } from '@/features/overview/components/chain-matrix';
import { HeadlineFigures } from '@/features/overview/components/headline-figures';
import { OverviewSummary } from '@/features/overview/components/overview-summary';
import { SampleDataBanner } from '@/features/overview/components/sample-data-banner';

export function Overview() {
  const { t } = useTranslation();
  const overview = useOverview();

  return (
    <div className="page">
      <h1 className="page__title">{t('overview.title')}</h1>
      {overview.isPending ? (
        <LoadingState />
      ) : overview.isError ? (
        <LoadError
          error={overview.error}
          onRetry={() => void overview.refetch()}
          retrying={overview.isFetching}
        />
      ) : (
        <>
          {overview.data.dataset?.isSample && (
            <SampleDataBanner cityName={overview.data.dataset.cityName} />
          )}
          <OverviewSummary overview={overview.data} />
          <HeadlineFigures headline={overview.data.headline} />
          <ChainMatrix chains={overview.data.chains} />
        </>
      )}
    </div>
  );
}
