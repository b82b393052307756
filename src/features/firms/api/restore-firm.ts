import { touches, useWriteMutation } from '@/lib/write-mutation';
import { apiSend } from '@/lib/api-client';

/** POST /api/firms/{id}/restore: a withdrawn firm back in the lists (恢复). */
export function restoreFirm(id: number, version: number) {
  return apiSend('POST', `/api/firms/${id}/restore`, { version }, () =>
    import('@server/contract/firms').then((contract) => contract.firmRecordSchema),
  );
}

export function useRestoreFirm(id: number) {
  return useWriteMutation<number, unknown>({
    send: (version) => restoreFirm(id, version),
    touches: touches.cityRecord,
  });
}
