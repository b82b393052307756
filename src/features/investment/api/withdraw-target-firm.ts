import { apiSend } from '@/lib/api-client';
import { touches, useWriteMutation } from '@/lib/write-mutation';

/** POST /api/target-firms/{id}/withdraw: kept on record, left out of the lists (撤回). */
export function withdrawTargetFirm(id: number, version: number) {
  return apiSend('POST', `/api/target-firms/${id}/withdraw`, { version }, () =>
    import('@server/contract/investment-writes').then(
      (contract) => contract.targetFirmRecordSchema,
    ),
  );
}

export function useWithdrawTargetFirm(id: number) {
  return useWriteMutation<number, unknown>({
    send: (version) => withdrawTargetFirm(id, version),
    touches: touches.targetFirm,
  });
}
