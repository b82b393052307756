import { useTranslation } from 'react-i18next';
import { leadActions, leadStages } from '@server/contract/domain';
import { ChainFilter } from '@/components/list/chain-filter';
import type { ListFiltersProps } from '@/components/list/list-page';
import { SearchField } from '@/components/list/search-field';
import { SelectFilter } from '@/components/list/select-filter';
import { useCampaigns } from '@/features/investment/api/get-campaigns';
import { useChainInvestment } from '@/features/investment/api/get-chain-investment';
import { useChainMembers } from '@/features/investment/api/get-chain-members';
import type { LeadListSearch } from '@/features/investment/search';
import { useDepartmentOptions } from '@/hooks/use-filter-options';
import { useFormatters } from '@/hooks/use-formatters';

/**
 * The lead list's filters. A link and a task-force member belong to one chain, so those two
 * offer the chosen chain's links and members, and changing the chain clears them.
 */
export function LeadFilters({
  search,
  hasFilters,
  onChange,
  onClear,
}: ListFiltersProps<LeadListSearch>) {
  const { t } = useTranslation('investment');
  const format = useFormatters();
  const chain = search.chain ?? null;
  const investment = useChainInvestment(chain);
  const members = useChainMembers(chain);
  const departments = useDepartmentOptions();
  const campaigns = useCampaigns();
  const links = (investment.data?.segments ?? []).flatMap((segment) => segment.links);
  const yesNo = [
    { value: 'yes', label: t('investment.leads.filters.yes') },
    { value: 'no', label: t('investment.leads.filters.no') },
  ] as const;

  return (
    <div className="filters" role="group" aria-label={t('list.filters')}>
      <SearchField
        value={search.q}
        label={t('investment.leads.searchLabel')}
        onSearch={(q) => onChange({ q })}
      />
      <ChainFilter
        label={t('investment.leads.filters.chain')}
        value={search.chain}
        onChange={(next) => onChange({ chain: next, link: undefined, member: undefined })}
      />
      {chain !== null && (
        <SelectFilter
          label={t('investment.leads.filters.link')}
          value={search.link}
          options={links.map((link) => ({
            value: link.id,
            label: `${format.name(link)}（${t(`linkStrength.${link.strength}`)}）`,
          }))}
          onChange={(link) => onChange({ link })}
        />
      )}
      <SelectFilter
        label={t('investment.leads.filters.stage')}
        value={search.stage}
        options={leadStages.map((stage) => ({ value: stage, label: t(`leadStage.${stage}`) }))}
        onChange={(stage) => onChange({ stage })}
      />
      <SelectFilter
        label={t('investment.leads.filters.action')}
        value={search.action}
        options={leadActions.map((action) => ({ value: action, label: t(`leadAction.${action}`) }))}
        onChange={(action) => onChange({ action })}
      />
      {chain !== null && (
        <SelectFilter
          label={t('investment.leads.filters.member')}
          value={search.member}
          options={(members.data ?? []).map((member) => ({ value: member.id, label: member.name }))}
          onChange={(member) => onChange({ member })}
        />
      )}
      <SelectFilter
        label={t('investment.leads.filters.department')}
        value={search.department}
        options={(departments.data?.items ?? []).map((department) => ({
          value: department.id,
          label: format.name(department),
        }))}
        onChange={(department) => onChange({ department })}
      />
      <SelectFilter
        label={t('investment.leads.filters.campaign')}
        value={search.campaign}
        options={(campaigns.data?.items ?? []).map((campaign) => ({
          value: campaign.id,
          label: format.name(campaign),
        }))}
        onChange={(campaign) => onChange({ campaign })}
      />
      <SelectFilter
        label={t('investment.leads.filters.stalled')}
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
