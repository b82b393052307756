import { useTranslation } from 'react-i18next';
import { firmTags, revenueBands } from '@server/contract/domain';
import { SearchField } from '@/components/list/search-field';
import { SelectFilter } from '@/components/list/select-filter';
import { useParkOptions } from '@/hooks/use-filter-options';
import type { FirmListSearch } from '@/features/firms/search';
import { useChainOptions } from '@/hooks/use-filter-options';
import { useFormatters } from '@/hooks/use-formatters';

type Filters = Omit<FirmListSearch, 'sort' | 'order' | 'page'>;

interface FirmFiltersProps {
  search: FirmListSearch;
  hasFilters: boolean;
  onChange: (filters: Filters) => void;
  onClear: () => void;
}

export function FirmFilters({ search, hasFilters, onChange, onClear }: FirmFiltersProps) {
  const { t } = useTranslation('firms');
  const { name } = useFormatters();
  const chains = useChainOptions();
  const parks = useParkOptions();

  return (
    <div className="filters" role="group" aria-label={t('list.filters')}>
      <SearchField
        value={search.q}
        label={t('firms.searchLabel')}
        onSearch={(q) => onChange({ q })}
      />
      <SelectFilter
        label={t('firms.filters.chain')}
        value={search.chain}
        options={(chains.data?.items ?? []).map((chain) => ({
          value: chain.id,
          label: name(chain),
        }))}
        onChange={(chain) => onChange({ chain })}
      />
      <SelectFilter
        label={t('firms.filters.park')}
        value={search.park}
        options={(parks.data?.items ?? []).map((park) => ({ value: park.id, label: name(park) }))}
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
      {hasFilters && (
        <button type="button" className="button button--quiet" onClick={onClear}>
          {t('list.clearFilters')}
        </button>
      )}
    </div>
  );
}
