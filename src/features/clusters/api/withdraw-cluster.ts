import { touches, useWriteMutation } from '@/lib/write-mutation';
import { apiSend } from '@/lib/api-client';

export interface ClusterWithdrawal {
  version: number;
}

/** POST /api/clusters/{id}/withdraw: kept on record, left out of the lists (撤回). */
export function withdrawCluster(id: number, body: ClusterWithdrawal) {
  return apiSend('POST', `/api/clusters/${id}/withdraw`, body, () =>
    import('@server/contract/clusters').then((contract) => contract.clusterRecordSchema),
  );
}

export function useWithdrawCluster(id: number) {
  return useWriteMutation<ClusterWithdrawal, unknown>({
    send: (body) => withdrawCluster(id, body),
    touches: touches.cityRecord,
  });
}
