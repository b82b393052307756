import type { z } from 'zod';
import type { problemResponseBodySchema } from '@server/contract/problem-steps';
import { sendProblemStep, useProblemStep } from '@/features/problems/api/problem-step';

/** `POST /api/problems/{id}/response`: 办理意见, the owner department's response. */
export type ProblemResponseBody = z.output<typeof problemResponseBodySchema>;

export function respondToProblem(problemId: number, body: ProblemResponseBody) {
  return sendProblemStep(problemId, 'response', body);
}

export function useRespondToProblem(problem: { id: number; chain: { id: number } | null }) {
  return useProblemStep<ProblemResponseBody>(problem, (body) => respondToProblem(problem.id, body));
}
