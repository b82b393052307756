import { useState } from 'react';
import type { ClusterAssessmentCreate } from '@server/contract/clusters';
import { touches, useWriteMutation } from '@/lib/write-mutation';
import { apiSend, newIdempotencyKey } from '@/lib/api-client';

/** POST /api/clusters/{id}/assessments: a cluster's assessment of one more year. */
export function createAssessment(
  clusterId: number,
  body: ClusterAssessmentCreate,
  idempotencyKey: string,
) {
  return apiSend(
    'POST',
    `/api/clusters/${clusterId}/assessments`,
    body,
    () => import('@server/contract/clusters').then((c) => c.clusterAssessmentRecordSchema),
    { idempotencyKey },
  );
}

export function useCreateAssessment(clusterId: number) {
  const [key] = useState(newIdempotencyKey);
  return useWriteMutation<ClusterAssessmentCreate, unknown>({
    send: (body) => createAssessment(clusterId, body, key),
    touches: touches.cityRecord,
  });
}
