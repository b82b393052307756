import { useTranslation } from 'react-i18next';
import { projectOrigins, projectStages } from '@server/contract/domain';
import { SearchField } from '@/components/list/search-field';
import { ChainFilter } from '@/components/list/chain-filter';
import { ParkFilter } from '@/components/list/park-filter';
import { SelectFilter } from '@/components/list/select-filter';
import type { ProjectListSearch } from '@/features/projects/search';

type Filters = Omit<ProjectListSearch, 'sort' | 'order' | 'page'>;

interface ProjectFiltersProps {
  search: ProjectListSearch;
  hasFilters: boolean;
  onChange: (filters: Filters) => void;
  onClear: () => void;
}

export function ProjectFilters({ search, hasFilters, onChange, onClear }: ProjectFiltersProps) {
  const { t } = useTranslation('projects');
  const yesNo = [
    { value: 'yes', label: t('projects.filters.yes') },
    { value: 'no', label: t('projects.filters.no') },
  ] as const;

  return (
    <div className="filters" role="group" aria-label={t('list.filters')}>
      <SearchField
        value={search.q}
        label={t('projects.searchLabel')}
        onSearch={(q) => onChange({ q })}
      />
      <ChainFilter
        label={t('projects.filters.chain')}
        value={search.chain}
        onChange={(chain) => onChange({ chain })}
      />
      <ParkFilter
        label={t('projects.filters.park')}
        value={search.park}
        onChange={(park) => onChange({ park })}
      />
      <SelectFilter
        label={t('projects.filters.stage')}
        value={search.stage}
        options={projectStages.map((stage) => ({
          value: stage,
          label: t(`projectStage.${stage}`),
        }))}
        onChange={(stage) => onChange({ stage })}
      />
      <SelectFilter
        label={t('projects.filters.origin')}
        value={search.origin}
        options={projectOrigins.map((origin) => ({
          value: origin,
          label: t(`projectOrigin.${origin}`),
        }))}
        onChange={(origin) => onChange({ origin })}
      />
      <SelectFilter
        label={t('projects.filters.stalled')}
        value={search.stalled === undefined ? undefined : search.stalled ? 'yes' : 'no'}
        options={[...yesNo]}
        onChange={(answer) =>
          onChange({ stalled: answer === undefined ? undefined : answer === 'yes' })
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
