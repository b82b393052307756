import { apiSend } from '@/lib/api-client';
import { touches, useWriteMutation } from '@/lib/write-mutation';

/** POST /api/target-firms/{id}/restore: a withdrawn target firm back in the lists (恢复). */
export function restoreTargetFirm(id: number, version: number) {
  return apiSend('POST', `/api/target-firms/${id}/restore`, { version }, () =>
    import('@server/contract/investment-writes').then(
      (contract) => contract.targetFirmRecordSchema,
    ),
  );
}

export function useRestoreTargetFirm(id: number) {
  return useWriteMutation<number, unknown>({
    send: (version) => restoreTargetFirm(id, version),
    touches: touches.targetFirm,
  });
}
