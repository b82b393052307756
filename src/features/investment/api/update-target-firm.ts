import type { z } from 'zod';
import type { targetFirmBodySchema } from '@server/contract/investment-writes';
import { apiSend } from '@/lib/api-client';
import { touches, useWriteMutation } from '@/lib/write-mutation';

export type TargetFirmBody = z.output<typeof targetFirmBodySchema>;

/** PUT /api/target-firms/{id}: the firm as the form left it, with the version it opened with. */
export function updateTargetFirm(id: number, body: TargetFirmBody) {
  return apiSend('PUT', `/api/target-firms/${id}`, body, () =>
    import('@server/contract/investment-writes').then(
      (contract) => contract.targetFirmRecordSchema,
    ),
  );
}

export function useUpdateTargetFirm(id: number) {
  return useWriteMutation<TargetFirmBody, unknown>({
    send: (body) => updateTargetFirm(id, body),
    touches: touches.targetFirm,
  });
}
