import type { z } from 'zod';
import type { problemStepBodySchema } from '@server/contract/problem-steps';
import { sendProblemStep, useProblemStep } from '@/features/problems/api/problem-step';

/** `POST /api/problems/{id}/handled`: 办理完毕, waiting for the firm's feedback. */
export type ProblemHandledBody = z.output<typeof problemStepBodySchema>;

export function markProblemHandled(problemId: number, body: ProblemHandledBody) {
  return sendProblemStep(problemId, 'handled', body);
}

export function useMarkProblemHandled(problem: { id: number; chain: { id: number } | null }) {
  return useProblemStep<ProblemHandledBody>(problem, (body) =>
    markProblemHandled(problem.id, body),
  );
}
