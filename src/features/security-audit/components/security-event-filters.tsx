import { useTranslation } from 'react-i18next';
import { securityEventResults } from '@server/contract/domain';
import { DateFilter } from '@/components/list/date-filter';
import type { ListFiltersProps } from '@/components/list/list-page';
import { SearchField } from '@/components/list/search-field';
import { SelectFilter } from '@/components/list/select-filter';
import { TextFilter } from '@/components/list/text-filter';
import { EventTypeFilter } from '@/features/security-audit/components/event-type-filter';
import type { SecurityEventSearch } from '@/features/security-audit/search';

export function SecurityEventFilters({
  search,
  hasFilters,
  onChange,
  onClear,
}: ListFiltersProps<SecurityEventSearch>) {
  const { t } = useTranslation('security-audit');
  return (
    <div className="filters" role="group" aria-label={t('securityAudit.filters.label')}>
      <SearchField
        value={search.q}
        label={t('securityAudit.filters.search')}
        onSearch={(q) => onChange({ q })}
      />
      <EventTypeFilter value={search.type} onChange={(type) => onChange({ type })} />
      <SelectFilter
        label={t('securityAudit.filters.result')}
        value={search.result}
        options={securityEventResults.map((result) => ({
          value: result,
          label: t(`securityAudit.results.${result}`),
        }))}
        onChange={(result) => onChange({ result })}
      />
      <TextFilter
        label={t('securityAudit.filters.actor')}
        buttonLabel={t('securityAudit.filters.apply')}
        value={search.actor}
        onSubmit={(actor) => onChange({ actor })}
      />
      <TextFilter
        label={t('securityAudit.filters.object')}
        buttonLabel={t('securityAudit.filters.apply')}
        value={search.object}
        onSubmit={(object) => onChange({ object })}
      />
      <DateFilter
        label={t('securityAudit.filters.from')}
        value={search.from}
        onChange={(from) => onChange({ from })}
      />
      <DateFilter
        label={t('securityAudit.filters.to')}
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
