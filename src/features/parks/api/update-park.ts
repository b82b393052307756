import type { ParkUpdate } from '@server/contract/parks';
import { touches, useWriteMutation } from '@/lib/write-mutation';
import { apiSend } from '@/lib/api-client';

/** PUT /api/parks/{id}: the park as the form left it, with the version it was opened with. */
export function updatePark(id: number, body: ParkUpdate) {
  return apiSend('PUT', `/api/parks/${id}`, body, () =>
    import('@server/contract/parks').then((contract) => contract.parkRecordSchema),
  );
}

/** Saves a park; its page, the lists and the overview reload once it is settled. */
export function useUpdatePark(id: number) {
  return useWriteMutation<ParkUpdate, unknown>({
    send: (body) => updatePark(id, body),
    touches: touches.cityRecord,
  });
}
