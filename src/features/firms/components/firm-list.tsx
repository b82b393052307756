import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ImportButton } from '@/components/imports/import-button';
import { AddFirm } from '@/features/firms/components/edit/firm-actions';
import { defaultSorts, firmSorts } from '@server/contract/list-params';
import { ExportButtons } from '@/components/export/export-buttons';
import { PagedList } from '@/components/list/paged-list';
import { useFirms } from '@/features/firms/api/get-firms';
import { useFirmColumns } from '@/features/firms/components/firm-columns';
import { FirmFilters } from '@/features/firms/components/firm-filters';
import type { FirmListSearch } from '@/features/firms/search';
import { listNavigation } from '@/lib/list-navigation';
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
  const firms = useFirms(search);
  const columns = useFirmColumns();
  const list = listNavigation<FirmListSearch>({
    navigate: route.useNavigate(),
    filterKeys,
    readSort: searchEnum(firmSorts),
  });
  const filtered = list.filtered(search);

  return (
    <div className="page">
      <h1 className="page__title">{t('firms.title')}</h1>
      <div className="list-actions">
        <AddFirm />
        <ImportButton kind="firms" />
        <ExportButtons list="firms" search={search} />
      </div>
      <FirmFilters
        search={search}
        hasFilters={filtered}
        onChange={list.filter}
        onClear={list.clearFilters}
      />
      <PagedList
        query={firms}
        caption={t('firms.tableCaption')}
        columns={columns}
        getRowId={(firm) => String(firm.id)}
        filtered={filtered}
        sort={{
          sort: search.sort ?? defaultSorts.firms.sort,
          order: search.order ?? defaultSorts.firms.order,
        }}
        onSortChange={list.sort}
        onPageChange={list.page}
      />
    </div>
  );
}
