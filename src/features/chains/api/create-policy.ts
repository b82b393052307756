import { useState } from 'react';
import type { z } from 'zod';
import type { policyCreateSchema, policyRecordSchema } from '@server/contract/writes';
import { apiSend, newIdempotencyKey } from '@/lib/api-client';
import { touches, useWriteMutation } from '@/lib/write-mutation';

/** `POST /api/chains/{id}/policies`: a new policy of the chain's package. */
export type PolicyCreate = z.output<typeof policyCreateSchema>;

export function createPolicy(chainId: number, body: PolicyCreate, idempotencyKey: string) {
  return apiSend(
    'POST',
    `/api/chains/${chainId}/policies`,
    body,
    () => import('@server/contract/writes').then((contract) => contract.policyRecordSchema),
    { idempotencyKey },
  );
}

/** One idempotency key per hook (per dialog): a retry after a lost answer adds nothing. */
export function useCreatePolicy(chainId: number) {
  const [key] = useState(newIdempotencyKey);
  return useWriteMutation<PolicyCreate, z.output<typeof policyRecordSchema>>({
    send: (body) => createPolicy(chainId, body, key),
    touches: () => touches.chain(chainId),
  });
}
