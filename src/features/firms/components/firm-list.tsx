import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { defaultSorts, firmSorts } from '@server/contract/list-params';
import type { TableSort } from '@/components/data-table/data-table';
import { PagedList } from '@/components/list/paged-list';
import { useFirms } from '@/features/firms/api/get-firms';
import { useFirmColumns } from '@/features/firms/components/firm-columns';
import { FirmFilters } from '@/features/firms/components/firm-filters';
import type { FirmListSearch } from '@/features/firms/search';
import { searchEnum } from '@/lib/search-params';

const route = getRouteApi('/firms');

export function FirmList() {
  const { t } = useTranslation('firms');
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const firms = useFirms(search);
  const columns = useFirmColumns();

  const sort: TableSort = {
    sort: search.sort ?? defaultSorts.firms.sort,
    order: search.order ?? defaultSorts.firms.order,
  };
  const hasFilters = filterKeys.some((key) => search[key] !== undefined);

  return (
    <div className="page">
      <h1 className="page__title">{t('firms.title')}</h1>
      <FirmFilters
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
        query={firms}
        caption={t('firms.tableCaption')}
        columns={columns}
        getRowId={(firm) => String(firm.id)}
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
  'chain',
  'park',
  'tag',
  'band',
] as const satisfies readonly (keyof FirmListSearch)[];

const readSort = searchEnum(firmSorts);
