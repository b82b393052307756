import { useState } from 'react';
import type { z } from 'zod';
import type { targetFirmCreateSchema } from '@server/contract/investment-writes';
import { apiSend, newIdempotencyKey } from '@/lib/api-client';
import { touches, useWriteMutation } from '@/lib/write-mutation';

export type TargetFirmCreate = z.output<typeof targetFirmCreateSchema>;

/** POST /api/target-firms: a new target firm; the same key again never makes a second one. */
export function createTargetFirm(body: TargetFirmCreate, idempotencyKey: string) {
  return apiSend(
    'POST',
    '/api/target-firms',
    body,
    () =>
      import('@server/contract/investment-writes').then(
        (contract) => contract.targetFirmRecordSchema,
      ),
    { idempotencyKey },
  );
}

/** One key per open dialog, so a retry after a lost answer is the same create. */
export function useCreateTargetFirm() {
  const [key] = useState(newIdempotencyKey);
  return useWriteMutation<TargetFirmCreate, unknown>({
    send: (body) => createTargetFirm(body, key),
    touches: touches.targetFirm,
  });
}
