import { useState } from 'react';
import type { z } from 'zod';
import type { supplyItemCreateSchema } from '@server/contract/investment-writes';
import { apiSend, newIdempotencyKey } from '@/lib/api-client';
import { touches, useWriteMutation } from '@/lib/write-mutation';

export type SupplyItemCreate = z.output<typeof supplyItemCreateSchema>;

/** POST /api/supply-items: a line of the chain leader's supply list. */
export function createSupplyItem(body: SupplyItemCreate, idempotencyKey: string) {
  return apiSend(
    'POST',
    '/api/supply-items',
    body,
    () =>
      import('@server/contract/investment-writes').then(
        (contract) => contract.supplyItemRecordSchema,
      ),
    { idempotencyKey },
  );
}

/** One key per open dialog; the chain's page (its investment view with it) reloads after. */
export function useCreateSupplyItem(chainId: number) {
  const [key] = useState(newIdempotencyKey);
  return useWriteMutation<SupplyItemCreate, unknown>({
    send: (body) => createSupplyItem(body, key),
    touches: () => touches.chain(chainId),
  });
}
