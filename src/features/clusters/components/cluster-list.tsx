import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { defaultSorts, clusterSorts } from '@server/contract/list-params';
import { ExportButtons } from '@/components/export/export-buttons';
import { AddCluster } from '@/features/clusters/components/edit/cluster-actions';
import { PagedList } from '@/components/list/paged-list';
import { useClusters } from '@/features/clusters/api/get-clusters';
import { useClusterColumns } from '@/features/clusters/components/cluster-columns';
import { ClusterFilters } from '@/features/clusters/components/cluster-filters';
import type { ClusterListSearch } from '@/features/clusters/search';
import { listNavigation } from '@/lib/list-navigation';
import { searchEnum } from '@/lib/search-params';

const route = getRouteApi('/clusters');

/** What narrows the list, as opposed to its order and page. */
const filterKeys = [
  'q',
  'level',
  'status',
  'chain',
] as const satisfies readonly (keyof ClusterListSearch)[];

export function ClusterList() {
  const { t } = useTranslation('clusters');
  const search = route.useSearch();
  const clusters = useClusters(search);
  const columns = useClusterColumns();
  const list = listNavigation<ClusterListSearch>({
    navigate: route.useNavigate(),
    filterKeys,
    readSort: searchEnum(clusterSorts),
  });
  const filtered = list.filtered(search);

  return (
    <div className="page">
      <h1 className="page__title">{t('clusters.title')}</h1>
      <div className="list-actions">
        <AddCluster />
        <ExportButtons list="clusters" search={search} />
      </div>
      <ClusterFilters
        search={search}
        hasFilters={filtered}
        onChange={list.filter}
        onClear={list.clearFilters}
      />
      <PagedList
        query={clusters}
        caption={t('clusters.tableCaption')}
        columns={columns}
        getRowId={(cluster) => String(cluster.id)}
        filtered={filtered}
        sort={{
          sort: search.sort ?? defaultSorts.clusters.sort,
          order: search.order ?? defaultSorts.clusters.order,
        }}
        onSortChange={list.sort}
        onPageChange={list.page}
      />
    </div>
  );
}
