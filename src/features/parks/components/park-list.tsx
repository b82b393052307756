import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { defaultSorts, parkSorts } from '@server/contract/list-params';
import type { TableSort } from '@/components/data-table/data-table';
import { DataTable } from '@/components/data-table/data-table';
import { EmptyState } from '@/components/feedback/empty-state';
import { QueryResult } from '@/components/feedback/query-result';
import { Pagination } from '@/components/list/pagination';
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
      <QueryResult query={parks}>
        {(page) => (
          <>
            <p className="list-summary" aria-live="polite">
              {t('list.results', { count: page.total })}
            </p>
            {page.total === 0 ? (
              <EmptyState>{hasFilters ? t('list.emptyWithFilters') : t('list.empty')}</EmptyState>
            ) : (
              <DataTable
                caption={t('parks.tableCaption')}
                columns={columns}
                rows={page.items}
                getRowId={(park) => String(park.id)}
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
                busy={parks.isPlaceholderData}
              />
            )}
            <Pagination
              page={page.page}
              pageSize={page.pageSize}
              total={page.total}
              onPageChange={(next) =>
                void navigate({
                  search: (prev) => ({ ...prev, page: next > 1 ? next : undefined }),
                })
              }
            />
          </>
        )}
      </QueryResult>
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
