import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { defaultSorts, leadSorts } from '@server/contract/list-params';
import { ListPage } from '@/components/list/list-page';
import { useLeads } from '@/features/investment/api/get-leads';
import { AddLead } from '@/features/investment/components/edit/lead-launchers';
import { useLeadColumns } from '@/features/investment/components/lead-columns';
import { LeadFilters } from '@/features/investment/components/lead-filters';
import type { LeadListSearch } from '@/features/investment/search';
import { searchEnum } from '@/lib/search-params';
import '@/features/investment/investment.css';

const route = getRouteApi('/investment/leads');

/** What narrows the list, as opposed to its order and page. */
const filterKeys = [
  'q',
  'chain',
  'link',
  'stage',
  'action',
  'member',
  'department',
  'campaign',
  'stalled',
] as const satisfies readonly (keyof LeadListSearch)[];

export function LeadList() {
  const { t } = useTranslation('investment');
  const search = route.useSearch();
  return (
    <ListPage
      title={t('investment.leads.title')}
      intro={t('investment.leads.intro')}
      search={search}
      navigate={route.useNavigate()}
      filterKeys={filterKeys}
      readSort={searchEnum(leadSorts)}
      defaultSort={defaultSorts.leads}
      filters={(props) => <LeadFilters {...props} />}
      query={useLeads(search)}
      caption={t('investment.leads.tableCaption')}
      columns={useLeadColumns()}
      getRowId={(lead) => String(lead.id)}
      actions={<AddLead chainId={search.chain} linkId={search.link} />}
      exportList="leads"
      importKind="leads"
    />
  );
}
