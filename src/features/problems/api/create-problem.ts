import { useState } from 'react';
import type { z } from 'zod';
import type { problemCreateSchema, problemRecordSchema } from '@server/contract/writes';
import { apiSend, newIdempotencyKey } from '@/lib/api-client';
import { touches, useWriteMutation } from '@/lib/write-mutation';

/** `POST /api/chains/{id}/problems`: a firm problem (企业问题) raised with the chain. */
export type ProblemCreate = z.output<typeof problemCreateSchema>;

export function createProblem(chainId: number, body: ProblemCreate, idempotencyKey: string) {
  return apiSend(
    'POST',
    `/api/chains/${chainId}/problems`,
    body,
    () => import('@server/contract/writes').then((contract) => contract.problemRecordSchema),
    { idempotencyKey },
  );
}

/** One idempotency key per hook (per dialog): a retry after a lost answer adds nothing. */
export function useCreateProblem(chainId: number) {
  const [key] = useState(newIdempotencyKey);
  return useWriteMutation<ProblemCreate, z.output<typeof problemRecordSchema>>({
    send: (body) => createProblem(chainId, body, key),
    touches: () => touches.problem(chainId),
  });
}
