import { touches, useWriteMutation } from '@/lib/write-mutation';
import { apiSend } from '@/lib/api-client';

/** POST /api/cluster-assessments/{id}/restore (恢复). */
export function restoreAssessment(id: number, version: number) {
  return apiSend('POST', `/api/cluster-assessments/${id}/restore`, { version }, () =>
    import('@server/contract/clusters').then((c) => c.clusterAssessmentRecordSchema),
  );
}

export function useRestoreAssessment(id: number) {
  return useWriteMutation<number, unknown>({
    send: (version) => restoreAssessment(id, version),
    touches: touches.cityRecord,
  });
}
