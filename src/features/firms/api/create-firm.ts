import { useState } from 'react';
import type { FirmCreate } from '@server/contract/firms';
import { touches, useWriteMutation } from '@/lib/write-mutation';
import { apiSend, newIdempotencyKey } from '@/lib/api-client';

/** POST /api/firms: a new firm; the same `idempotencyKey` again never makes a second one. */
export function createFirm(body: FirmCreate, idempotencyKey: string) {
  return apiSend(
    'POST',
    '/api/firms',
    body,
    () => import('@server/contract/firms').then((contract) => contract.firmRecordSchema),
    { idempotencyKey },
  );
}

/** Adds a firm; one key per open dialog, so a retry after a lost answer is the same create. */
export function useCreateFirm() {
  const [key] = useState(newIdempotencyKey);
  return useWriteMutation<FirmCreate, unknown>({
    send: (body) => createFirm(body, key),
    touches: touches.cityRecord,
  });
}
