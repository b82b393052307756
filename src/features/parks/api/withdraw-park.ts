import { touches, useWriteMutation } from '@/lib/write-mutation';
import { apiSend } from '@/lib/api-client';

export interface ParkWithdrawal {
  version: number;
}

/** POST /api/parks/{id}/withdraw: kept on record, left out of the lists (撤回). */
export function withdrawPark(id: number, body: ParkWithdrawal) {
  return apiSend('POST', `/api/parks/${id}/withdraw`, body, () =>
    import('@server/contract/parks').then((contract) => contract.parkRecordSchema),
  );
}

export function useWithdrawPark(id: number) {
  return useWriteMutation<ParkWithdrawal, unknown>({
    send: (body) => withdrawPark(id, body),
    touches: touches.cityRecord,
  });
}
