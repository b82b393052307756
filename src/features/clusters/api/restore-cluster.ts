import { touches, useWriteMutation } from '@/lib/write-mutation';
import { apiSend } from '@/lib/api-client';

/** POST /api/clusters/{id}/restore: a withdrawn cluster back in the lists (恢复). */
export function restoreCluster(id: number, version: number) {
  return apiSend('POST', `/api/clusters/${id}/restore`, { version }, () =>
    import('@server/contract/clusters').then((contract) => contract.clusterRecordSchema),
  );
}

export function useRestoreCluster(id: number) {
  return useWriteMutation<number, unknown>({
    send: (version) => restoreCluster(id, version),
    touches: touches.cityRecord,
  });
}
