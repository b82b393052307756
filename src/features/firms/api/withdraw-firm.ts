import { touches, useWriteMutation } from '@/lib/write-mutation';
import { apiSend } from '@/lib/api-client';

export interface FirmWithdrawal {
  version: number;
  reason: 'moved_out' | 'deregistered';
}

/** POST /api/firms/{id}/withdraw: kept on record, left out of the lists (撤回). */
export function withdrawFirm(id: number, body: FirmWithdrawal) {
  return apiSend('POST', `/api/firms/${id}/withdraw`, body, () =>
    import('@server/contract/firms').then((contract) => contract.firmRecordSchema),
  );
}

export function useWithdrawFirm(id: number) {
  return useWriteMutation<FirmWithdrawal, unknown>({
    send: (body) => withdrawFirm(id, body),
    touches: touches.cityRecord,
  });
}
