import { useTranslation } from 'react-i18next';
import { handlingStages, problemStatuses, supervisionLevels } from '@server/contract/domain';
import { SearchField } from '@/components/list/search-field';
import { ChainFilter } from '@/components/list/chain-filter';
import { SelectFilter } from '@/components/list/select-filter';
import { TextFilter } from '@/components/list/text-filter';
import type { ProblemListSearch } from '@/features/problems/search';
import { useDepartmentOptions } from '@/hooks/use-filter-options';
import { useFormatters } from '@/hooks/use-formatters';

type Filters = Omit<ProblemListSearch, 'sort' | 'order' | 'page'>;

interface ProblemFiltersProps {
  search: ProblemListSearch;
  hasFilters: boolean;
  onChange: (filters: Filters) => void;
  onClear: () => void;
}

export function ProblemFilters({ search, hasFilters, onChange, onClear }: ProblemFiltersProps) {
  const { t } = useTranslation('problems');
  const { name } = useFormatters();
  const departments = useDepartmentOptions();
  const yesNo = [
    { value: 'yes' as const, label: t('problems.filters.yes') },
    { value: 'no' as const, label: t('problems.filters.no') },
  ];

  return (
    <div className="filters" role="group" aria-label={t('list.filters')}>
      <SearchField
        value={search.q}
        label={t('problems.searchLabel')}
        onSearch={(q) => onChange({ q })}
      />
      <ChainFilter
        label={t('problems.filters.chain')}
        value={search.chain}
        onChange={(chain) => onChange({ chain })}
      />
      <SelectFilter
        label={t('problems.filters.status')}
        value={search.status}
        options={problemStatuses.map((status) => ({
          value: status,
          label: t(`problemStatus.${status}`),
        }))}
        onChange={(status) => onChange({ status })}
      />
      <SelectFilter
        label={t('problems.stage.label')}
        value={search.stage}
        options={handlingStages.map((stage) => ({
          value: stage,
          label: t(`problems.stage.${stage}`),
        }))}
        onChange={(stage) => onChange({ stage })}
      />
      <SelectFilter
        label={t('problems.filters.department')}
        value={search.department}
        options={(departments.data?.items ?? []).map((department) => ({
          value: department.id,
          label: name(department),
        }))}
        onChange={(department) => onChange({ department })}
      />
      {/* Categories are free text kept by the firms' desks: typed, applied on submit. */}
      <TextFilter
        label={t('problems.filters.category')}
        buttonLabel={t('problems.filters.categoryApply')}
        value={search.category}
        onSubmit={(category) => onChange({ category })}
      />
      <SelectFilter
        label={t('problems.filters.overdue')}
        value={search.overdue === undefined ? undefined : search.overdue ? 'yes' : 'no'}
        options={yesNo}
        onChange={(answer) =>
          onChange({ overdue: answer === undefined ? undefined : answer === 'yes' })
        }
      />
      <SelectFilter
        label={t('problems.filters.supervision')}
        value={search.supervision}
        options={supervisionLevels.map((level) => ({
          value: level,
          label: t(`supervisionLevel.${level}`),
        }))}
        onChange={(supervision) => onChange({ supervision })}
      />
      {hasFilters && (
        <button type="button" className="button button--quiet" onClick={onClear}>
          {t('list.clearFilters')}
        </button>
      )}
    </div>
  );
}
