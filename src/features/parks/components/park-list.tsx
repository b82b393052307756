import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { defaultSorts, parkSorts } from '@server/contract/list-params';
import type { TableSort } from '@/components/data-table/data-table';
import { PagedList } from '@/components/list/paged-list';
import { useParks } from '@/features/parks/api/get-parks';
import { useParkColumns } from '@/features/parks/components/park-columns';
import { ParkFilters } from '@/features/parks/components/park-filters';
import type { ParkListSearch } from '@/features/parks/search';
import { searchEnum } from '@/lib/search-params';

const route = getRouteApi('/parks');

export function ParkList() {
  const { t } = useTranslation('parks');
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const parks = useParks(search);
  const columns = useParkColumns();

  const sort: TableSort = {
    sort: search.sort ?? defaultSorts.parks.sort,
    order: search.order ?? defaultSorts.parks.order,
  };
  const hasFilters = filterKeys.some((key) => search[key] !== undefined);

  return (
    <div className="page">
      <h1 className="page__title">{t('parks.title')}</h1>
      <ParkFilters
        search={search}
        hasFilters={hasFilters}
        onChange={(filters) =>
          void navigate({ search: (prev) => ({ ...prev, ...filters, page: undefined }) })
        }
        onClear={() =>
          void navigate({ search: (prev) => ({ sort: prev.sort, order: prev.order }) })
        }
      />
      <PagedList
        query={parks}
        caption={t('parks.tableCaption')}
        columns={columns}
        getRowId={(park) => String(park.id)}
        filtered={hasFilters}
        sort={sort}
        onSortChange={(next) =>
          void navigate({
            search: (prev) => ({
              ...prev,
              sort: readSort(next.sort),
              order: next.order,
              page: undefined,
            }),
          })
        }
        onPageChange={(next) =>
          void navigate({
            search: (prev) => ({ ...prev, page: next > 1 ? next : undefined }),
          })
        }
      />
    </div>
  );
}

/** What narrows the list, as opposed to its order and page. */
const filterKeys = [
  'q',
  'district',
  'chain',
  'specialty',
] as const satisfies readonly (keyof ParkListSearch)[];

const readSort = searchEnum(parkSorts);
