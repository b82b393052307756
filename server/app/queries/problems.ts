import { eq } from 'drizzle-orm';
import type { ProblemDetail, ProblemListItem } from '../../contract/problems';
import type { Database } from '../../db/database';
import { chains, departments, firms, meetings, problems } from '../../db/schema';
import { editableColumns, editableFields } from './editable';
import { refColumns } from './refs';
import { isOverdueProblem, overdueDays, supervisionLevel, type SupervisionClock } from './rules';
import { flag } from './sql';

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
      resolvedOn: problems.resolvedOn,
      overdue: flag(isOverdueProblem(asOf)),
      overdueDays: overdueDays(asOf),
      supervision: supervisionLevel(clock),
      detail: problems.detail,
      feedback: problems.feedback,
      meeting: { id: meetings.id, title: meetings.title, heldOn: meetings.heldOn },
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
    resolvedOn: row.resolvedOn,
    overdue: row.overdue,
    overdueDays: row.overdueDays,
    supervision: row.supervision,
  };
}

export function toProblemDetail(row: ProblemRow): ProblemDetail {
  return {
    ...toProblemListItem(row),
    detail: row.detail,
    feedback: row.feedback,
    meeting: row.meeting,
    ...editableFields(row),
    withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
  };
}
