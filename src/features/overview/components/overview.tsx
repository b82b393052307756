import { Link } from '@tanstack/react-router';
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Overview as OverviewData } from '@server/contract/overview';
import { EmptyState } from '@/components/feedback/empty-state';
import { LoadError } from '@/components/feedback/load-error';
import { LoadingState } from '@/components/feedback/loading-state';
import { useOverview } from '@/features/overview/api/get-overview';
import { ChainMatrix } from '@/features/overview/components/chain-matrix';
import { HeadlineFigures } from '@/features/overview/components/headline-figures';
import { OverviewFilters } from '@/features/overview/components/overview-filters';
import { OverviewSummary } from '@/features/overview/components/overview-summary';
import { SampleDataBanner } from '@/features/overview/components/sample-data-banner';
import { filterChains } from '@/features/overview/filter-chains';
import { useSession } from '@/lib/auth';
import { useOverviewSearch } from '@/features/overview/hooks/use-overview-search';
import '@/features/overview/overview.css';

// The cards come after the matrix and the first screen: loaded with the missing reports' list.
const ChainCards = lazy(() =>
  import('@/features/overview/components/chain-cards').then((module) => ({
    default: module.ChainCards,
  })),
);

// Below the matrix and after the first screen: loaded later, so the overview's first download
// (with the reporting periods' formatting) stays within its budget.
const MissingReports = lazy(() =>
  import('@/features/overview/components/missing-reports').then((module) => ({
    default: module.MissingReports,
  })),
);

// The workbook download (with its progress and errors) is a click away, not part of the first
// screen's download.
const ExportAllButton = lazy(() =>
  import('@/components/export/export-buttons').then((module) => ({
    default: module.ExportAllButton,
  })),
);

interface OverviewProps {
  /** 链长督办: red problems per chain (the supervision feature's, composed by the app). */
  escalations?: ReactNode;
}

export function Overview({ escalations }: OverviewProps) {
  const { t } = useTranslation();
  const overview = useOverview();

  return (
    <div className="page">
      <div className="page__title-row">
        <h1 className="page__title">{t('overview.title')}</h1>
        <div className="page__actions">
          {/* The meeting's way in: the chains on the projector, one slide each. */}
          <Link to="/present" className="button button--quiet">
            {t('nav.present')}
          </Link>
          <Link to="/brief" className="print-action">
            {t('overview.printBrief')}
          </Link>
          <Suspense fallback={null}>
            <ExportAllButton />
          </Suspense>
        </div>
      </div>
      {overview.isPending ? (
        <LoadingState />
      ) : overview.isError ? (
        <LoadError
          error={overview.error}
          onRetry={() => void overview.refetch()}
          retrying={overview.isFetching}
        />
      ) : (
        <OverviewContent overview={overview.data} escalations={escalations} />
      )}
    </div>
  );
}

function OverviewContent({ overview, escalations }: { overview: OverviewData } & OverviewProps) {
  const { t } = useTranslation();
  const { search } = useOverviewSearch();
  // Twelve chains: filtering the one answer here keeps every filter change free of requests.
  const user = useSession();
  const chains = filterChains(overview.chains, search, user.chainIds);

  return (
    <>
      {overview.dataset?.isSample && <SampleDataBanner dataset={overview.dataset} />}
      <OverviewSummary overview={overview} />
      <HeadlineFigures headline={overview.headline} />
      {escalations}
      {overview.chains.length === 0 ? (
        <EmptyState>{t('overview.empty')}</EmptyState>
      ) : (
        <>
          <OverviewFilters shown={chains.length} total={overview.chains.length} />
          {chains.length === 0 ? (
            <EmptyState>
              {t('overview.filters.empty')}{' '}
              <Link to="/" search={{}}>
                {t('list.clearFilters')}
              </Link>
            </EmptyState>
          ) : (
            <>
              <ChainMatrix chains={chains} />
              <Suspense fallback={null}>
                <MissingReports chains={chains} />
                <ChainCards chains={chains} />
              </Suspense>
            </>
          )}
        </>
      )}
    </>
  );
}
