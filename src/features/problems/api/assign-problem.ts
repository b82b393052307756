import type { z } from 'zod';
import type { problemAssignBodySchema } from '@server/contract/problem-steps';
import { sendProblemStep, useProblemStep } from '@/features/problems/api/problem-step';

/** `POST /api/problems/{id}/assign`: 交办, to a department with a deadline and a note (the chain's task force, admins). */
export type ProblemAssignBody = z.output<typeof problemAssignBodySchema>;

export function assignProblem(problemId: number, body: ProblemAssignBody) {
  return sendProblemStep(problemId, 'assign', body);
}

export function useAssignProblem(problem: { id: number; chain: { id: number } | null }) {
  return useProblemStep<ProblemAssignBody>(problem, (body) => assignProblem(problem.id, body));
}
