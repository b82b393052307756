import { useEditMutation } from '@/components/editing/use-edit-mutation';
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
  return useEditMutation<ParkWithdrawal>({ send: (body) => withdrawPark(id, body) });
}
