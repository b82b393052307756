import { useState } from 'react';
import type { z } from 'zod';
import type { projectCreateSchema, projectRecordSchema } from '@server/contract/writes';
import { apiSend, newIdempotencyKey } from '@/lib/api-client';
import { touches, useWriteMutation } from '@/lib/write-mutation';

/** `POST /api/chains/{id}/projects`: a new project (招商/扩产) of the chain. */
export type ProjectCreate = z.output<typeof projectCreateSchema>;

export function createProject(chainId: number, body: ProjectCreate, idempotencyKey: string) {
  return apiSend(
    'POST',
    `/api/chains/${chainId}/projects`,
    body,
    () => import('@server/contract/writes').then((contract) => contract.projectRecordSchema),
    { idempotencyKey },
  );
}

/** One idempotency key per hook (per dialog): a retry after a lost answer adds nothing. */
export function useCreateProject(chainId: number) {
  const [key] = useState(newIdempotencyKey);
  return useWriteMutation<ProjectCreate, z.output<typeof projectRecordSchema>>({
    send: (body) => createProject(chainId, body, key),
    touches: () => touches.project(chainId),
  });
}
