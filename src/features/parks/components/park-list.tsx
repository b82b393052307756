import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { defaultSorts, parkSorts } from '@server/contract/list-params';
import { ExportButtons } from '@/components/export/export-buttons';
import { AddPark } from '@/features/parks/components/edit/park-actions';
import { PagedList } from '@/components/list/paged-list';
import { useParks } from '@/features/parks/api/get-parks';
import { useParkColumns } from '@/features/parks/components/park-columns';
import { ParkFilters } from '@/features/parks/components/park-filters';
import type { ParkListSearch } from '@/features/parks/search';
import { listNavigation } from '@/lib/list-navigation';
import { searchEnum } from '@/lib/search-params';

const route = getRouteApi('/parks');

/** What narrows the list, as opposed to its order and page. */
const filterKeys = [
  'q',
  'district',
  'chain',
  'specialty',
] as const satisfies readonly (keyof ParkListSearch)[];

export function ParkList() {
  const { t } = useTranslation('parks');
  const search = route.useSearch();
  const parks = useParks(search);
  const columns = useParkColumns();
  const list = listNavigation<ParkListSearch>({
    navigate: route.useNavigate(),
    filterKeys,
    readSort: searchEnum(parkSorts),
  });
  const filtered = list.filtered(search);

  return (
    <div className="page">
      <h1 className="page__title">{t('parks.title')}</h1>
      <div className="list-actions">
        <AddPark />
        <ExportButtons list="parks" search={search} />
      </div>
      <ParkFilters
        search={search}
        hasFilters={filtered}
        onChange={list.filter}
        onClear={list.clearFilters}
      />
      <PagedList
        query={parks}
        caption={t('parks.tableCaption')}
        columns={columns}
        getRowId={(park) => String(park.id)}
        filtered={filtered}
        sort={{
          sort: search.sort ?? defaultSorts.parks.sort,
          order: search.order ?? defaultSorts.parks.order,
        }}
        onSortChange={list.sort}
        onPageChange={list.page}
      />
    </div>
  );
}
