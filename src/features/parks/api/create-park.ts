import { useState } from 'react';
import type { ParkCreate } from '@server/contract/parks';
import { touches, useWriteMutation } from '@/lib/write-mutation';
import { apiSend, newIdempotencyKey } from '@/lib/api-client';

/** POST /api/parks: a new park; the same `idempotencyKey` again never makes a second one. */
export function createPark(body: ParkCreate, idempotencyKey: string) {
  return apiSend(
    'POST',
    '/api/parks',
    body,
    () => import('@server/contract/parks').then((contract) => contract.parkRecordSchema),
    { idempotencyKey },
  );
}

/** Adds a park; one key per open dialog, so a retry after a lost answer is the same create. */
export function useCreatePark() {
  const [key] = useState(newIdempotencyKey);
  return useWriteMutation<ParkCreate, unknown>({
    send: (body) => createPark(body, key),
    touches: touches.cityRecord,
  });
}
