import { touches, useWriteMutation } from '@/lib/write-mutation';
import { apiSend } from '@/lib/api-client';

/** POST /api/cluster-assessments/{id}/withdraw (撤回): kept in the cluster's history, marked. */
export function withdrawAssessment(id: number, version: number) {
  return apiSend('POST', `/api/cluster-assessments/${id}/withdraw`, { version }, () =>
    import('@server/contract/clusters').then((c) => c.clusterAssessmentRecordSchema),
  );
}

export function useWithdrawAssessment(id: number) {
  return useWriteMutation<number, unknown>({
    send: (version) => withdrawAssessment(id, version),
    touches: touches.cityRecord,
  });
}
