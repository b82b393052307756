import { useState } from 'react';
import type { z } from 'zod';
import type { leadCreateSchema, leadRecordSchema } from '@server/contract/investment-writes';
import { apiSend, newIdempotencyKey } from '@/lib/api-client';
import { touches, useWriteMutation } from '@/lib/write-mutation';

/** `POST /api/leads`: a new lead on a link of a chain. */
export type LeadCreate = z.output<typeof leadCreateSchema>;
export type LeadRecord = z.output<typeof leadRecordSchema>;

export function createLead(body: LeadCreate, idempotencyKey: string) {
  return apiSend(
    'POST',
    '/api/leads',
    body,
    () =>
      import('@server/contract/investment-writes').then((contract) => contract.leadRecordSchema),
    { idempotencyKey },
  );
}

/** One idempotency key per hook (per dialog): a retry after a lost answer adds nothing. */
export function useCreateLead(chainId: number) {
  const [key] = useState(newIdempotencyKey);
  return useWriteMutation<LeadCreate, LeadRecord>({
    send: (body) => createLead(body, key),
    touches: (body) => touches.lead(chainId, body.stage === 'signed'),
  });
}
