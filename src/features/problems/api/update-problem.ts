import type { z } from 'zod';
import type { ProblemDetail } from '@server/contract/problems';
import type { problemBodySchema, problemRecordSchema } from '@server/contract/writes';
import { apiSend } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { touches, useWriteMutation } from '@/lib/write-mutation';

/**
 * `PUT /api/problems/{id}`: a firm problem's facts, on the version it was shown with. Its status,
 * department, deadline and feedback change through the steps (`assign-problem.ts` and after).
 */
export type ProblemBody = z.output<typeof problemBodySchema>;
type ProblemRecord = z.output<typeof problemRecordSchema>;

export function updateProblem(problemId: number, body: ProblemBody) {
  return apiSend('PUT', `/api/problems/${problemId}`, body, () =>
    import('@server/contract/writes').then((contract) => contract.problemRecordSchema),
  );
}

type Fields = Pick<ProblemRecord, 'title' | 'category' | 'detail' | 'raisedOn'>;

/** The problem's own fields; its firm (by name) comes with the reload. */
function withFields(problem: ProblemDetail, fields: Fields): ProblemDetail {
  return {
    ...problem,
    title: fields.title,
    category: fields.category,
    detail: fields.detail,
    raisedOn: fields.raisedOn,
  };
}

export function useUpdateProblem(problem: Pick<ProblemDetail, 'id' | 'chain'>) {
  return useWriteMutation<ProblemBody, ProblemRecord, ProblemDetail>({
    send: (body) => updateProblem(problem.id, body),
    queryKey: queryKeys.problems.detail(problem.id),
    optimistic: (data, body) => withFields(data, body),
    answered: (data, record) => ({
      ...withFields(data, record),
      version: record.version,
      updatedAt: record.updatedAt,
      updatedBy: record.updatedBy,
    }),
    touches: () => touches.problem(problem.chain?.id ?? null),
  });
}
