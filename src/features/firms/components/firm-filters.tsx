import { useTranslation } from 'react-i18next';
import { firmTags, revenueBands } from '@server/contract/domain';
import { SearchField } from '@/components/list/search-field';
import { ChainFilter } from '@/components/list/chain-filter';
import { ParkFilter } from '@/components/list/park-filter';
import { SelectFilter } from '@/components/list/select-filter';
import type { FirmListSearch } from '@/features/firms/search';

type Filters = Omit<FirmListSearch, 'sort' | 'order' | 'page'>;

interface FirmFiltersProps {
  search: FirmListSearch;
  hasFilters: boolean;
  onChange: (filters: Filters) => void;
  onClear: () => void;
}

export function FirmFilters({ search, hasFilters, onChange, onClear }: FirmFiltersProps) {
  const { t } = useTranslation('firms');

  return (
    <div className="filters" role="group" aria-label={t('list.filters')}>
      <SearchField
        value={search.q}
        label={t('firms.searchLabel')}
        onSearch={(q) => onChange({ q })}
      />
      <ChainFilter
        label={t('firms.filters.chain')}
        value={search.chain}
        onChange={(chain) => onChange({ chain })}
      />
      <ParkFilter
        label={t('firms.filters.park')}
        value={search.park}
        onChange={(park) => onChange({ park })}
      />
      <SelectFilter
        label={t('firms.filters.tag')}
        value={search.tag}
        options={firmTags.map((tag) => ({ value: tag, label: t(`firmTag.${tag}`) }))}
        onChange={(tag) => onChange({ tag })}
      />
      <SelectFilter
        label={t('firms.filters.band')}
        value={search.band}
        options={revenueBands.map((band) => ({ value: band, label: t(`revenueBand.${band}`) }))}
        onChange={(band) => onChange({ band })}
      />
      <SelectFilter
        label={t('firms.filters.withdrawn')}
        value={search.withdrawn}
        options={(['include', 'only'] as const).map((value) => ({
          value,
          label: t(`firms.filters.withdrawnOptions.${value}`),
        }))}
        onChange={(withdrawn) => onChange({ withdrawn })}
      />
      {hasFilters && (
        <button type="button" className="button button--quiet" onClick={onClear}>
          {t('list.clearFilters')}
        </button>
      )}
    </div>
  );
}
