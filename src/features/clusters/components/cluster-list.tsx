import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { defaultSorts, clusterSorts } from '@server/contract/list-params';
import type { TableSort } from '@/components/data-table/data-table';
import { PagedList } from '@/components/list/paged-list';
import { useClusters } from '@/features/clusters/api/get-clusters';
import { ClusterFilters } from '@/features/clusters/components/cluster-filters';
import { useClusterColumns } from '@/features/clusters/components/cluster-columns';
import type { ClusterListSearch } from '@/features/clusters/search';
import { searchEnum } from '@/lib/search-params';

const route = getRouteApi('/clusters');

export function ClusterList() {
  const { t } = useTranslation('clusters');
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const clusters = useClusters(search);
  const columns = useClusterColumns();

  const sort: TableSort = {
    sort: search.sort ?? defaultSorts.clusters.sort,
    order: search.order ?? defaultSorts.clusters.order,
  };
  const hasFilters = filterKeys.some((key) => search[key] !== undefined);

  return (
    <div className="page">
      <h1 className="page__title">{t('clusters.title')}</h1>
      <ClusterFilters
        search={search}
        onChange={(filters) =>
          void navigate({ search: (prev) => ({ ...prev, ...filters, page: undefined }) })
        }
        onClear={() =>
          void navigate({
            search: (prev) => ({ sort: prev.sort, order: prev.order, pageSize: prev.pageSize }),
          })
        }
        hasFilters={hasFilters}
      />
      <PagedList
        query={clusters}
        caption={t('clusters.tableCaption')}
        columns={columns}
        getRowId={(cluster) => String(cluster.id)}
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
  'level',
  'status',
  'chain',
] as const satisfies readonly (keyof ClusterListSearch)[];

const readSort = searchEnum(clusterSorts);
