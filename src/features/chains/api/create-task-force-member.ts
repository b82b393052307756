import { useState } from 'react';
import type { z } from 'zod';
import type {
  taskForceMemberCreateSchema,
  taskForceMemberRecordSchema,
} from '@server/contract/writes';
import { apiSend, newIdempotencyKey } from '@/lib/api-client';
import { touches, useWriteMutation } from '@/lib/write-mutation';

/** `POST /api/chains/{id}/task-force/members`: a new member of the chain's task force. */
export type TaskForceMemberCreate = z.output<typeof taskForceMemberCreateSchema>;

export function createTaskForceMember(
  chainId: number,
  body: TaskForceMemberCreate,
  idempotencyKey: string,
) {
  return apiSend(
    'POST',
    `/api/chains/${chainId}/task-force/members`,
    body,
    () =>
      import('@server/contract/writes').then((contract) => contract.taskForceMemberRecordSchema),
    { idempotencyKey },
  );
}

/** One idempotency key per hook (per dialog): a retry after a lost answer adds no second member. */
export function useCreateTaskForceMember(chainId: number) {
  const [key] = useState(newIdempotencyKey);
  // A new member shows once the server has given it its id: the page reloads.
  return useWriteMutation<TaskForceMemberCreate, z.output<typeof taskForceMemberRecordSchema>>({
    send: (body) => createTaskForceMember(chainId, body, key),
    touches: () => touches.chain(chainId),
  });
}
