import { useTranslation } from 'react-i18next';
import { targetFirmSources } from '@server/contract/domain';
import { ChainFilter } from '@/components/list/chain-filter';
import type { ListFiltersProps } from '@/components/list/list-page';
import { SearchField } from '@/components/list/search-field';
import { SelectFilter } from '@/components/list/select-filter';
import type { TargetFirmListSearch } from '@/features/investment/target-firm-search';
import { useChainLinks } from '@/hooks/use-chain-links';
import { useFormatters } from '@/hooks/use-formatters';

export function TargetFirmFilters({
  search,
  hasFilters,
  onChange,
  onClear,
}: ListFiltersProps<TargetFirmListSearch>) {
  const { t } = useTranslation(['investment', 'translation']);
  const format = useFormatters();
  // A link belongs to one chain: its choices are the chosen chain's links.
  const { links } = useChainLinks(search.chain === undefined ? [] : [search.chain]);

  return (
    <div className="filters" role="group" aria-label={t('list.filters', { ns: 'translation' })}>
      <SearchField
        value={search.q}
        label={t('investment.targetFirms.searchLabel')}
        onSearch={(q) => onChange({ q })}
      />
      <ChainFilter
        label={t('investment.targetFirms.filters.chain')}
        value={search.chain}
        // Another chain's link would select nothing: the link goes with the chain.
        onChange={(chain) => onChange({ chain, link: undefined })}
      />
      {search.chain !== undefined && (
        <SelectFilter
          label={t('investment.targetFirms.filters.link')}
          value={search.link}
          options={links.map((link) => ({
            value: link.id,
            label: `${format.name(link)}（${t(`linkStrength.${link.strength}`, { ns: 'translation' })}）`,
          }))}
          onChange={(link) => onChange({ link })}
        />
      )}
      <SelectFilter
        label={t('investment.targetFirms.filters.source')}
        value={search.source}
        options={targetFirmSources.map((source) => ({
          value: source,
          label: t(`targetFirmSource.${source}`, { ns: 'translation' }),
        }))}
        onChange={(source) => onChange({ source })}
      />
      <SelectFilter
        label={t('investment.targetFirms.filters.withdrawn')}
        value={search.withdrawn}
        options={(['include', 'only'] as const).map((value) => ({
          value,
          label: t(`investment.targetFirms.filters.withdrawnOptions.${value}`),
        }))}
        onChange={(withdrawn) => onChange({ withdrawn })}
      />
      {hasFilters && (
        <button type="button" className="button button--quiet" onClick={onClear}>
          {t('list.clearFilters', { ns: 'translation' })}
        </button>
      )}
    </div>
  );
}
