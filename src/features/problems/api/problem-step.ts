import type { z } from 'zod';
import type { problemStepRecordSchema } from '@server/contract/problem-steps';
import { apiSend } from '@/lib/api-client';
import { touches, useWriteMutation } from '@/lib/write-mutation';

/*
 * What the five steps of 收集—交办—办理—反馈 share: each POSTs its body to
 * `/api/problems/{id}/<step>` and answers the problem as saved; the problem's page, the lists
 * (the department's included) and its chain reload after it. Not optimistic: a step changes
 * the stage, the timeline and the counts, which only the server knows.
 */

export type ProblemStepRecord = z.output<typeof problemStepRecordSchema>;
export type StepPath = 'assign' | 'accept' | 'response' | 'handled' | 'feedback';

export function sendProblemStep(problemId: number, step: StepPath, body: unknown) {
  return apiSend('POST', `/api/problems/${problemId}/${step}`, body, () =>
    import('@server/contract/problem-steps').then((contract) => contract.problemStepRecordSchema),
  );
}

export function useProblemStep<Body>(
  problem: { id: number; chain: { id: number } | null },
  send: (body: Body) => Promise<ProblemStepRecord>,
) {
  return useWriteMutation<Body, ProblemStepRecord>({
    send,
    touches: () => touches.problem(problem.chain?.id ?? null),
  });
}
