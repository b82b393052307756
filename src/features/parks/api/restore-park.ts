import { touches, useWriteMutation } from '@/lib/write-mutation';
import { apiSend } from '@/lib/api-client';

/** POST /api/parks/{id}/restore: a withdrawn park back in the lists (恢复). */
export function restorePark(id: number, version: number) {
  return apiSend('POST', `/api/parks/${id}/restore`, { version }, () =>
    import('@server/contract/parks').then((contract) => contract.parkRecordSchema),
  );
}

export function useRestorePark(id: number) {
  return useWriteMutation<number, unknown>({
    send: (version) => restorePark(id, version),
    touches: touches.cityRecord,
  });
}
