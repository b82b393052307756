import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AddFirm } from '@/features/firms/components/edit/firm-actions';
import { defaultSorts, firmSorts } from '@server/contract/list-params';
import { ListPage } from '@/components/list/list-page';
import { useFirms } from '@/features/firms/api/get-firms';
import { useFirmColumns } from '@/features/firms/components/firm-columns';
import { FirmFilters } from '@/features/firms/components/firm-filters';
import type { FirmListSearch } from '@/features/firms/search';
import { searchEnum } from '@/lib/search-params';

const route = getRouteApi('/firms');

/** What narrows the list, as opposed to its order and page. */
const filterKeys = [
  'q',
  'chain',
  'park',
  'tag',
  'band',
  'withdrawn',
] as const satisfies readonly (keyof FirmListSearch)[];

export function FirmList() {
  const { t } = useTranslation('firms');
  const search = route.useSearch();
  return (
    <ListPage
      actions={<AddFirm />}
      title={t('firms.title')}
      search={search}
      navigate={route.useNavigate()}
      filterKeys={filterKeys}
      readSort={searchEnum(firmSorts)}
      defaultSort={defaultSorts.firms}
      filters={(props) => <FirmFilters {...props} />}
      query={useFirms(search)}
      caption={t('firms.tableCaption')}
      columns={useFirmColumns()}
      getRowId={(firm) => String(firm.id)}
      exportList="firms"
      importKind="firms"
    />
  );
}
