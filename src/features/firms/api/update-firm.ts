import type { FirmUpdate } from '@server/contract/firms';
import { touches, useWriteMutation } from '@/lib/write-mutation';
import { apiSend } from '@/lib/api-client';

/** PUT /api/firms/{id}: the firm as the form left it, with the version it was opened with. */
export function updateFirm(id: number, body: FirmUpdate) {
  return apiSend('PUT', `/api/firms/${id}`, body, () =>
    import('@server/contract/firms').then((contract) => contract.firmRecordSchema),
  );
}

/** Saves a firm; its page, the lists and the overview reload once it is settled. */
export function useUpdateFirm(id: number) {
  return useWriteMutation<FirmUpdate, unknown>({
    send: (body) => updateFirm(id, body),
    touches: touches.cityRecord,
  });
}
