import type { z } from 'zod';
import type { supplyItemBodySchema } from '@server/contract/investment-writes';
import { apiSend } from '@/lib/api-client';
import { touches, useWriteMutation } from '@/lib/write-mutation';

export type SupplyItemBody = z.output<typeof supplyItemBodySchema>;

/** PUT /api/supply-items/{id}: the item as the form left it, with the version it opened with. */
export function updateSupplyItem(id: number, body: SupplyItemBody) {
  return apiSend('PUT', `/api/supply-items/${id}`, body, () =>
    import('@server/contract/investment-writes').then(
      (contract) => contract.supplyItemRecordSchema,
    ),
  );
}

export function useUpdateSupplyItem(chainId: number, id: number) {
  return useWriteMutation<SupplyItemBody, unknown>({
    send: (body) => updateSupplyItem(id, body),
    touches: () => touches.chain(chainId),
  });
}
