import type { ClusterAssessmentUpdate } from '@server/contract/clusters';
import { touches, useWriteMutation } from '@/lib/write-mutation';
import { apiSend } from '@/lib/api-client';

/** PUT /api/cluster-assessments/{id}. */
export function updateAssessment(id: number, body: ClusterAssessmentUpdate) {
  return apiSend('PUT', `/api/cluster-assessments/${id}`, body, () =>
    import('@server/contract/clusters').then((c) => c.clusterAssessmentRecordSchema),
  );
}

export function useUpdateAssessment(id: number) {
  return useWriteMutation<ClusterAssessmentUpdate, unknown>({
    send: (body) => updateAssessment(id, body),
    touches: touches.cityRecord,
  });
}
