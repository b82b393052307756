import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { defaultSorts, targetFirmSorts } from '@server/contract/list-params';
import { ListPage } from '@/components/list/list-page';
import { useTargetFirms } from '@/features/investment/api/get-target-firms';
import { AddTargetFirm } from '@/features/investment/components/edit/target-firm-actions';
import { useTargetFirmColumns } from '@/features/investment/components/target-firm-columns';
import { TargetFirmFilters } from '@/features/investment/components/target-firm-filters';
import type { TargetFirmListSearch } from '@/features/investment/target-firm-search';
import { searchEnum } from '@/lib/search-params';

const route = getRouteApi('/investment/target-firms');

/** What narrows the list, as opposed to its order and page. */
const filterKeys = [
  'q',
  'chain',
  'link',
  'source',
  'withdrawn',
] as const satisfies readonly (keyof TargetFirmListSearch)[];

/** 招商目标企业: the firms elsewhere the city courts, with the links they could fill. */
export function TargetFirmList() {
  const { t } = useTranslation('investment');
  const search = route.useSearch();
  return (
    <ListPage
      actions={<AddTargetFirm />}
      title={t('investment.targetFirms.title')}
      intro={t('investment.targetFirms.intro')}
      search={search}
      navigate={route.useNavigate()}
      filterKeys={filterKeys}
      readSort={searchEnum(targetFirmSorts)}
      defaultSort={defaultSorts.targetFirms}
      filters={(props) => <TargetFirmFilters {...props} />}
      query={useTargetFirms(search)}
      caption={t('investment.targetFirms.tableCaption')}
      columns={useTargetFirmColumns()}
      getRowId={(firm) => String(firm.id)}
    />
  );
}
