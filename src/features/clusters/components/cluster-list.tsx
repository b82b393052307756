import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { defaultSorts, clusterSorts } from '@server/contract/list-params';
import { AddCluster } from '@/features/clusters/components/edit/cluster-actions';
import { ListPage } from '@/components/list/list-page';
import { useClusters } from '@/features/clusters/api/get-clusters';
import { useClusterColumns } from '@/features/clusters/components/cluster-columns';
import { ClusterFilters } from '@/features/clusters/components/cluster-filters';
import type { ClusterListSearch } from '@/features/clusters/search';
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
  return (
    <ListPage
      actions={<AddCluster />}
      title={t('clusters.title')}
      search={search}
      navigate={route.useNavigate()}
      filterKeys={filterKeys}
      readSort={searchEnum(clusterSorts)}
      defaultSort={defaultSorts.clusters}
      filters={(props) => <ClusterFilters {...props} />}
      query={useClusters(search)}
      caption={t('clusters.tableCaption')}
      columns={useClusterColumns()}
      getRowId={(cluster) => String(cluster.id)}
      exportList="clusters"
    />
  );
}
