import { useTranslation } from 'react-i18next';
import { ChainFilter } from '@/components/list/chain-filter';
import { DateFilter } from '@/components/list/date-filter';
import type { ListFiltersProps } from '@/components/list/list-page';
import { SearchField } from '@/components/list/search-field';
import type { MeetingListSearch } from '@/features/meetings/search';

export function MeetingFilters({
  search,
  hasFilters,
  onChange,
  onClear,
}: ListFiltersProps<MeetingListSearch>) {
  const { t } = useTranslation('meetings');
  return (
    <div className="filters" role="group" aria-label={t('list.filters')}>
      <SearchField
        value={search.q}
        label={t('meetings.searchLabel')}
        onSearch={(q) => onChange({ q })}
      />
      <ChainFilter
        label={t('meetings.filters.chain')}
        value={search.chain}
        onChange={(chain) => onChange({ chain })}
      />
      <DateFilter
        label={t('meetings.filters.from')}
        value={search.from}
        onChange={(from) => onChange({ from })}
      />
      <DateFilter
        label={t('meetings.filters.to')}
        value={search.to}
        onChange={(to) => onChange({ to })}
      />
      {hasFilters && (
        <button type="button" className="button button--quiet" onClick={onClear}>
          {t('list.clearFilters')}
        </button>
      )}
    </div>
  );
}
