import { useState } from 'react';
import type { ClusterCreate } from '@server/contract/clusters';
import { touches, useWriteMutation } from '@/lib/write-mutation';
import { apiSend, newIdempotencyKey } from '@/lib/api-client';

/** POST /api/clusters: a new cluster; the same `idempotencyKey` again never makes a second one. */
export function createCluster(body: ClusterCreate, idempotencyKey: string) {
  return apiSend(
    'POST',
    '/api/clusters',
    body,
    () => import('@server/contract/clusters').then((contract) => contract.clusterRecordSchema),
    { idempotencyKey },
  );
}

/** Adds a cluster; one key per open dialog, so a retry after a lost answer is the same create. */
export function useCreateCluster() {
  const [key] = useState(newIdempotencyKey);
  return useWriteMutation<ClusterCreate, unknown>({
    send: (body) => createCluster(body, key),
    touches: touches.cityRecord,
  });
}
