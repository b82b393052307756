import type { z } from 'zod';
import type { ChainDetail } from '@server/contract/chains';
import type { taskForceBodySchema, taskForceRecordSchema } from '@server/contract/writes';
import { apiSend } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { touches, useWriteMutation } from '@/lib/write-mutation';

/**
 * `PUT /api/chains/{id}/task-force`: the task force (工作专班): its head, lead, meetings and how
 * often it reports.
 */
export type TaskForceBody = z.output<typeof taskForceBodySchema>;
type TaskForceRecord = z.output<typeof taskForceRecordSchema>;
type TaskForce = NonNullable<ChainDetail['fiveOnes']['task_force']['taskForce']>;

/** A department as the chain page names it, for a change shown before it is saved. */
export type DepartmentNamed = (id: number | null) => TaskForce['leadDepartment'];

export function saveTaskForce(chainId: number, body: TaskForceBody) {
  return apiSend('PUT', `/api/chains/${chainId}/task-force`, body, () =>
    import('@server/contract/writes').then((contract) => contract.taskForceRecordSchema),
  );
}

type Fields = Omit<TaskForceBody, 'version'> & { version?: number };

/** A task force set up for the first time shows once the page reloads (with its members). */
function withTaskForce(
  chain: ChainDetail,
  { leadDepartmentId, ...fields }: Fields,
  departmentNamed: DepartmentNamed,
): ChainDetail {
  const previous = chain.fiveOnes.task_force;
  if (!previous.taskForce) return chain;
  return {
    ...chain,
    fiveOnes: {
      ...chain.fiveOnes,
      task_force: {
        ...previous,
        taskForce: {
          ...previous.taskForce,
          ...fields,
          leadDepartment: departmentNamed(leadDepartmentId),
        },
      },
    },
  };
}

export function useSaveTaskForce(chainId: number, departmentNamed: DepartmentNamed) {
  return useWriteMutation<TaskForceBody, TaskForceRecord, ChainDetail>({
    send: (body) => saveTaskForce(chainId, body),
    queryKey: queryKeys.chains.detail(chainId),
    optimistic: (chain, { version: _version, ...fields }) =>
      withTaskForce(chain, fields, departmentNamed),
    answered: (chain, record) =>
      withTaskForce(
        chain,
        {
          headName: record.headName,
          headTitle: record.headTitle,
          leadDepartmentId: record.leadDepartmentId,
          meetingCadence: record.meetingCadence,
          lastMeetingOn: record.lastMeetingOn,
          reportCadence: record.reportCadence,
          version: record.version,
        },
        departmentNamed,
      ),
    touches: () => touches.chain(chainId),
  });
}
