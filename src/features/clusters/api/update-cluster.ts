import type { ClusterUpdate } from '@server/contract/clusters';
import { touches, useWriteMutation } from '@/lib/write-mutation';
import { apiSend } from '@/lib/api-client';

/** PUT /api/clusters/{id}: the cluster as the form left it, with the version it was opened with. */
export function updateCluster(id: number, body: ClusterUpdate) {
  return apiSend('PUT', `/api/clusters/${id}`, body, () =>
    import('@server/contract/clusters').then((contract) => contract.clusterRecordSchema),
  );
}

/** Saves a cluster; its page, the lists and the overview reload once it is settled. */
export function useUpdateCluster(id: number) {
  return useWriteMutation<ClusterUpdate, unknown>({
    send: (body) => updateCluster(id, body),
    touches: touches.cityRecord,
  });
}
