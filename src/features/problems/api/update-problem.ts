import type { z } from 'zod';
import type { ProblemDetail } from '@server/contract/problems';
import type { problemBodySchema, problemRecordSchema } from '@server/contract/writes';
import { apiSend } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { touches, useWriteMutation } from '@/lib/write-mutation';

/**
 * `PUT /api/problems/{id}`: every field of a firm problem, on the version it was shown with.
 * The steps of 收集—交办—办理—反馈 are this write too, so the server's flow rules judge them.
 */
export type ProblemBody = z.output<typeof problemBodySchema>;
type ProblemRecord = z.output<typeof problemRecordSchema>;

export function updateProblem(problemId: number, body: ProblemBody) {
  return apiSend('PUT', `/api/problems/${problemId}`, body, () =>
    import('@server/contract/writes').then((contract) => contract.problemRecordSchema),
  );
}

/** A department by id as the problem's page names it, to show a new owner before the reload. */
export type DepartmentNamed = (id: number | null) => ProblemDetail['ownerDepartment'] | undefined;

type Fields = Pick<
  ProblemRecord,
  | 'title'
  | 'category'
  | 'detail'
  | 'raisedOn'
  | 'status'
  | 'deadline'
  | 'resolvedOn'
  | 'feedback'
  | 'ownerDepartmentId'
>;

/** The problem's own fields and owner; its firm (by name) and overdue days come with the reload. */
function withFields(
  problem: ProblemDetail,
  fields: Fields,
  departmentNamed: DepartmentNamed,
): ProblemDetail {
  const owner = departmentNamed(fields.ownerDepartmentId);
  return {
    ...problem,
    title: fields.title,
    category: fields.category,
    detail: fields.detail,
    raisedOn: fields.raisedOn,
    status: fields.status,
    deadline: fields.deadline,
    resolvedOn: fields.resolvedOn,
    feedback: fields.feedback,
    ownerDepartment: fields.ownerDepartmentId === null ? null : (owner ?? problem.ownerDepartment),
  };
}

export function useUpdateProblem(
  problem: Pick<ProblemDetail, 'id' | 'chain'>,
  departmentNamed: DepartmentNamed = () => undefined,
) {
  return useWriteMutation<ProblemBody, ProblemRecord, ProblemDetail>({
    send: (body) => updateProblem(problem.id, body),
    queryKey: queryKeys.problems.detail(problem.id),
    optimistic: (data, body) => withFields(data, body, departmentNamed),
    answered: (data, record) => ({
      ...withFields(data, record, departmentNamed),
      version: record.version,
      updatedAt: record.updatedAt,
      updatedBy: record.updatedBy,
    }),
    touches: () => touches.problem(problem.chain?.id ?? null),
  });
}
