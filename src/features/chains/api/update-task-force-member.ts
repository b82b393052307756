import type { z } from 'zod';
import type { ChainDetail } from '@server/contract/chains';
import type {
  taskForceMemberBodySchema,
  taskForceMemberRecordSchema,
} from '@server/contract/writes';
import type { DepartmentNamed } from '@/features/chains/api/save-task-force';
import { apiSend } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { touches, useWriteMutation } from '@/lib/write-mutation';

/** `PUT /api/task-force-members/{id}`: a task force member's name, role and department. */
export type TaskForceMemberBody = z.output<typeof taskForceMemberBodySchema>;
type TaskForceMemberRecord = z.output<typeof taskForceMemberRecordSchema>;

export function updateTaskForceMember(memberId: number, body: TaskForceMemberBody) {
  return apiSend('PUT', `/api/task-force-members/${memberId}`, body, () =>
    import('@server/contract/writes').then((contract) => contract.taskForceMemberRecordSchema),
  );
}

function withMember(
  chain: ChainDetail,
  memberId: number,
  { departmentId, ...fields }: Omit<TaskForceMemberBody, 'version'> & { version?: number },
  departmentNamed: DepartmentNamed,
): ChainDetail {
  const previous = chain.fiveOnes.task_force;
  if (!previous.taskForce) return chain;
  const members = previous.taskForce.members.map((member) =>
    member.id === memberId
      ? { ...member, ...fields, department: departmentNamed(departmentId) }
      : member,
  );
  return {
    ...chain,
    fiveOnes: {
      ...chain.fiveOnes,
      task_force: { ...previous, taskForce: { ...previous.taskForce, members } },
    },
  };
}

export function useUpdateTaskForceMember(
  chainId: number,
  memberId: number,
  departmentNamed: DepartmentNamed,
) {
  return useWriteMutation<TaskForceMemberBody, TaskForceMemberRecord, ChainDetail>({
    send: (body) => updateTaskForceMember(memberId, body),
    queryKey: queryKeys.chains.detail(chainId),
    optimistic: (chain, { version: _version, ...fields }) =>
      withMember(chain, memberId, fields, departmentNamed),
    answered: (chain, { name, role, departmentId, version }) =>
      withMember(chain, memberId, { name, role, departmentId, version }, departmentNamed),
    touches: () => touches.chain(chainId),
  });
}
