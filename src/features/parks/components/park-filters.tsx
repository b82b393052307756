import { useTranslation } from 'react-i18next';
import { SearchField } from '@/components/list/search-field';
import { ChainFilter } from '@/components/list/chain-filter';
import { SelectFilter } from '@/components/list/select-filter';
import { dataLang } from '@/components/vocabulary/data-lang';
import { useDistrictOptions } from '@/features/parks/hooks/use-district-options';
import type { ParkListSearch } from '@/features/parks/search';

type Filters = Omit<ParkListSearch, 'sort' | 'order' | 'page'>;

interface ParkFiltersProps {
  search: ParkListSearch;
  hasFilters: boolean;
  onChange: (filters: Filters) => void;
  onClear: () => void;
}

export function ParkFilters({ search, hasFilters, onChange, onClear }: ParkFiltersProps) {
  const { t, i18n } = useTranslation('parks');
  const districts = useDistrictOptions();
  // A district from a link that no park has any more still shows as chosen.
  const districtChoices = [...(districts.data ?? [])];
  if (search.district && !districtChoices.includes(search.district)) {
    districtChoices.push(search.district);
  }

  return (
    <div className="filters" role="group" aria-label={t('list.filters')}>
      <SearchField
        value={search.q}
        label={t('parks.searchLabel')}
        onSearch={(q) => onChange({ q })}
      />
      <SelectFilter
        label={t('parks.filters.district')}
        value={search.district}
        options={districtChoices.map((district) => ({
          value: district,
          label: district,
          lang: dataLang(district, i18n.language),
        }))}
        onChange={(district) => onChange({ district })}
      />
      <ChainFilter
        label={t('parks.filters.chain')}
        value={search.chain}
        onChange={(chain) => onChange({ chain })}
      />
      <SelectFilter
        label={t('parks.filters.type')}
        value={search.specialty === undefined ? undefined : search.specialty ? 'yes' : 'no'}
        options={[
          { value: 'yes', label: t('parks.specialty') },
          { value: 'no', label: t('parks.other') },
        ]}
        onChange={(answer) =>
          onChange({ specialty: answer === undefined ? undefined : answer === 'yes' })
        }
      />
      {hasFilters && (
        <button type="button" className="button button--quiet" onClick={onClear}>
          {t('list.clearFilters')}
        </button>
      )}
    </div>
  );
}
