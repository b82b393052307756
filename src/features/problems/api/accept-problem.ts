import type { z } from 'zod';
import type { problemStepBodySchema } from '@server/contract/problem-steps';
import { sendProblemStep, useProblemStep } from '@/features/problems/api/problem-step';

/** `POST /api/problems/{id}/accept`: 受理 by the owner department. */
export type ProblemAcceptBody = z.output<typeof problemStepBodySchema>;

export function acceptProblem(problemId: number, body: ProblemAcceptBody) {
  return sendProblemStep(problemId, 'accept', body);
}

export function useAcceptProblem(problem: { id: number; chain: { id: number } | null }) {
  return useProblemStep<ProblemAcceptBody>(problem, (body) => acceptProblem(problem.id, body));
}
