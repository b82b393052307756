import { useTranslation } from 'react-i18next';
import { clusterLevels, clusterStatuses } from '@server/contract/domain';
import { SearchField } from '@/components/list/search-field';
import { ChainFilter } from '@/components/list/chain-filter';
import { SelectFilter } from '@/components/list/select-filter';
import type { ClusterListSearch } from '@/features/clusters/search';

type Filters = Pick<ClusterListSearch, 'q' | 'level' | 'status' | 'chain'>;

interface ClusterFiltersProps {
  search: ClusterListSearch;
  hasFilters: boolean;
  onChange: (filters: Filters) => void;
  onClear: () => void;
}

export function ClusterFilters({ search, hasFilters, onChange, onClear }: ClusterFiltersProps) {
  const { t } = useTranslation('clusters');

  return (
    <div className="filters" role="group" aria-label={t('list.filters')}>
      <SearchField
        value={search.q}
        label={t('clusters.searchLabel')}
        onSearch={(q) => onChange({ q })}
      />
      <SelectFilter
        label={t('clusters.filters.level')}
        value={search.level}
        options={clusterLevels.map((level) => ({
          value: level,
          label: t(`clusterLevel.${level}`),
        }))}
        onChange={(level) => onChange({ level })}
      />
      <SelectFilter
        label={t('clusters.filters.status')}
        value={search.status}
        options={clusterStatuses.map((status) => ({
          value: status,
          label: t(`clusterStatus.${status}`),
        }))}
        onChange={(status) => onChange({ status })}
      />
      <ChainFilter
        label={t('clusters.filters.chain')}
        value={search.chain}
        onChange={(chain) => onChange({ chain })}
      />
      {hasFilters && (
        <button type="button" className="button button--quiet" onClick={onClear}>
          {t('list.clearFilters')}
        </button>
      )}
    </div>
  );
}
