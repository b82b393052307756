import { useState } from 'react';
import type { z } from 'zod';
import type { statusReportCreateSchema, statusReportRecordSchema } from '@server/contract/writes';
import { apiSend, newIdempotencyKey } from '@/lib/api-client';
import { touches, useWriteMutation } from '@/lib/write-mutation';

/** `POST /api/chains/{id}/status-reports`: a task force's report (专班动态). */
export type StatusReportCreate = z.output<typeof statusReportCreateSchema>;

export function createStatusReport(
  chainId: number,
  body: StatusReportCreate,
  idempotencyKey: string,
) {
  return apiSend(
    'POST',
    `/api/chains/${chainId}/status-reports`,
    body,
    () => import('@server/contract/writes').then((contract) => contract.statusReportRecordSchema),
    { idempotencyKey },
  );
}

/** One idempotency key per hook (per dialog): a retry after a lost answer adds nothing. */
export function useCreateStatusReport(chainId: number) {
  const [key] = useState(newIdempotencyKey);
  return useWriteMutation<StatusReportCreate, z.output<typeof statusReportRecordSchema>>({
    send: (body) => createStatusReport(chainId, body, key),
    touches: () => touches.chain(chainId),
  });
}
