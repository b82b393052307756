import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { chainCategories, ragStatuses } from '@server/contract/domain';
import { SelectFilter } from '@/components/list/select-filter';
import { useOverviewSearch } from '@/features/overview/hooks/use-overview-search';

interface OverviewFiltersProps {
  shown: number;
  total: number;
}

/** Category and status filters for the matrix and the cards, with how many chains they let through. */
export function OverviewFilters({ shown, total }: OverviewFiltersProps) {
  const { t } = useTranslation();
  const { search, setFilter } = useOverviewSearch();
  const filtered =
    search.category !== undefined || search.status !== undefined || search.mine === true;

  return (
    <div className="overview-filters">
      <div className="filters" role="group" aria-label={t('list.filters')}>
        <SelectFilter
          label={t('overview.filters.category')}
          value={search.category}
          options={chainCategories.map((value) => ({ value, label: t(`category.${value}`) }))}
          onChange={(category) => setFilter({ category })}
        />
        <SelectFilter
          label={t('overview.filters.status')}
          value={search.status}
          options={ragStatuses.map((value) => ({ value, label: t(`status.${value}`) }))}
          onChange={(status) => setFilter({ status })}
        />
        {filtered && (
          <Link to="/" search={{}} className="button button--quiet">
            {t('list.clearFilters')}
          </Link>
        )}
      </div>
      <p className="list-summary" aria-live="polite">
        {search.mine
          ? t('overview.filters.shownMine', { shown })
          : t('overview.filters.shown', { shown, total })}
        {search.mine && (
          <>
            {' '}
            <Link to="/" search={{}}>
              {t('overview.filters.allChains')}
            </Link>
          </>
        )}
      </p>
    </div>
  );
}
