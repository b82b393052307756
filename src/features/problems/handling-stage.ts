import type { ProblemListItem } from '@server/contract/problems';

/**
 * The key of 部门办理 for a problem: its department's progress while assigned, and said in words
 * before it is assigned and after it is closed, where the department has no step of its own.
 */
export function handlingStageKey(problem: Pick<ProblemListItem, 'stage' | 'status'>) {
  if (problem.stage) return `problems.stage.${problem.stage}` as const;
  return problem.status === 'resolved'
    ? ('problems.stage.closed' as const)
    : ('problems.stage.notAssigned' as const);
}
