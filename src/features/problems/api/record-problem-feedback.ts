import type { z } from 'zod';
import type { problemFeedbackBodySchema } from '@server/contract/problem-steps';
import { sendProblemStep, useProblemStep } from '@/features/problems/api/problem-step';

/** `POST /api/problems/{id}/feedback`: 企业反馈: satisfied resolves it, not satisfied sends it back with the reason. */
export type ProblemFeedbackBody = z.output<typeof problemFeedbackBodySchema>;

export function recordProblemFeedback(problemId: number, body: ProblemFeedbackBody) {
  return sendProblemStep(problemId, 'feedback', body);
}

export function useRecordProblemFeedback(problem: { id: number; chain: { id: number } | null }) {
  return useProblemStep<ProblemFeedbackBody>(problem, (body) =>
    recordProblemFeedback(problem.id, body),
  );
}
