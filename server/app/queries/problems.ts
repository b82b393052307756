import { eq, sql } from 'drizzle-orm';
import type { HandlingStage, ProblemDetail, ProblemListItem } from '../../contract/problems';
import type { Database } from '../../db/database';
import { chains, departments, firms, meetings, problems } from '../../db/schema';
import { editableColumns, editableFields } from './editable';
import { refColumns } from './refs';
import { isOverdueProblem, overdueDays, supervisionLevel, type SupervisionClock } from './rules';
import { flag } from './sql';

/**
 * The department's progress: only an assigned problem has one, and one assigned without a stage
 * (collected as assigned, or imported so) is waiting for its department to accept it.
 */
export const handlingStageOf = sql<HandlingStage | null>`case when ${problems.status} = 'assigned'
  then coalesce(${problems.handlingStage}, 'awaiting_acceptance') end`;

/** Problems with their chain, firm and owner department; add where / order / limit. */
export function selectProblems(db: Database, clock: SupervisionClock) {
  const { asOf } = clock;
  return db
    .select({
      id: problems.id,
      title: problems.title,
      category: problems.category,
      chain: refColumns(chains),
      firm: refColumns(firms),
      ownerDepartment: refColumns(departments),
      raisedOn: problems.raisedOn,
      deadline: problems.deadline,
      status: problems.status,
      stage: handlingStageOf,
      resolvedOn: problems.resolvedOn,
      overdue: flag(isOverdueProblem(asOf)),
      overdueDays: overdueDays(asOf),
      supervision: supervisionLevel(clock),
      detail: problems.detail,
      feedback: problems.feedback,
      meeting: { id: meetings.id, title: meetings.title, heldOn: meetings.heldOn },
      response: problems.response,
      withdrawnAt: problems.withdrawnAt,
      ...editableColumns(problems),
    })
    .from(problems)
    .leftJoin(chains, eq(problems.chainId, chains.id))
    .leftJoin(firms, eq(problems.firmId, firms.id))
    .leftJoin(departments, eq(problems.ownerDepartmentId, departments.id))
    .leftJoin(meetings, eq(problems.meetingId, meetings.id))
    .$dynamic();
}

type ProblemRow = Awaited<ReturnType<typeof selectProblems>>[number];

export function toProblemListItem(row: ProblemRow): ProblemListItem {
  return {
    id: row.id,
    title: row.title,
    category: row.category,
    chain: row.chain,
    firm: row.firm,
    ownerDepartment: row.ownerDepartment,
    raisedOn: row.raisedOn,
    deadline: row.deadline,
    status: row.status,
    stage: row.stage,
    resolvedOn: row.resolvedOn,
    overdue: row.overdue,
    overdueDays: row.overdueDays,
    supervision: row.supervision,
  };
}

/** A problem's detail without its timeline, which the problem's page reads from the audit trail. */
export type ProblemFacts = Omit<ProblemDetail, 'timeline'>;

export function toProblemDetail(row: ProblemRow): ProblemFacts {
  return {
    ...toProblemListItem(row),
    detail: row.detail,
    feedback: row.feedback,
    meeting: row.meeting,
    response: row.response,
    ...editableFields(row),
    withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
  };
}
