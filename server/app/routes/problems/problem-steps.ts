import { cityDay } from '../../../contract/city-time';
import type { ProblemStep } from '../../../contract/domain';
import type { HandlingStage } from '../../../contract/problems';
import type { ProblemAssignBody, ProblemFeedbackBody } from '../../../contract/problem-steps';
import { departments, type problems } from '../../../db/schema';
import { hasPermission } from '../../auth/permissions';
import { forbidden, invalidField } from '../../errors';
import type { WriteContext } from '../../writes/entity';
import { kind, mustExist, noDepartment } from '../../writes/kinds/support';
import { problemKind } from '../../writes/kinds';
import { notify } from '../../notifications/notify';
import { departmentUsers } from '../../notifications/recipients';
import { updateRecord } from '../../writes/operations';

/*
 * 收集—交办—办理—反馈 after collection: each step is one versioned write of the problem, audited
 * with the step as its action (the timeline reads those events back). The chain's task force and
 * the admins assign and record the firm's feedback; the owner department accepts, responds and
 * marks it handled. A step out of order is refused with 400 naming `stage`.
 */

type ProblemRow = typeof problems.$inferSelect;

/** Where an assigned problem stands with its department (the read side's `handlingStageOf`). */
function stageOf(row: ProblemRow): HandlingStage | null {
  if (row.status !== 'assigned') return null;
  return row.handlingStage ?? 'awaiting_acceptance';
}

const stepFields = [
  'ownerDepartmentId',
  'deadline',
  'status',
  'resolvedOn',
  'feedback',
  'handlingStage',
  'response',
  'stepNote',
] as const;

/** Only the owner department's users handle a problem; anyone else is refused (403). */
function authoriseDepartment(user: WriteContext['user'], row: ProblemRow) {
  const ours =
    hasPermission(user.role, 'handle_department_problems') &&
    user.departmentId !== null &&
    user.departmentId === row.ownerDepartmentId;
  if (!ours) throw forbidden('Only the department the problem is assigned to handles it');
}

/**
 * One step as an entity kind: the problem's facts are in its snapshot but never written, its
 * workflow fields are; `stages` are those the step may start from (null: not assigned).
 */
function stepKind(options: {
  byDepartment: boolean;
  from: readonly (HandlingStage | 'open' | null)[];
  refusal: string;
  /** 办理完毕 needs the department's response (办理意见) to show the firm. */
  needsResponse?: boolean;
}) {
  return kind({
    ...problemKind,
    identity: ['id', 'chainId', 'firmId', 'meetingId', 'title', 'detail', 'category', 'raisedOn'],
    fields: stepFields,
    // The chain's writers by default; the department's steps are the department's.
    ...(options.byDepartment ? { authorise: authoriseDepartment } : {}),
    async check({ tx }, values, { row }) {
      if (!row) return;
      if (row.withdrawnAt) throw invalidField('stage', 'the problem was withdrawn');
      const stage = row.status === 'open' ? 'open' : stageOf(row);
      if (!options.from.includes(stage)) throw invalidField('stage', options.refusal);
      if (options.needsResponse && !row.response) {
        throw invalidField('response', 'is required before the problem is marked handled');
      }
      await mustExist(tx, departments, 'ownerDepartmentId', values.ownerDepartmentId, noDepartment);
      const deadline = values.deadline as string | undefined;
      if (deadline && deadline < row.raisedOn) {
        throw invalidField('deadline', 'must not be before the day it was raised');
      }
    },
  });
}

const kinds = {
  assign: stepKind({
    byDepartment: false,
    from: ['open', 'awaiting_acceptance', 'accepted', 'handled'],
    refusal: 'a resolved problem is not assigned again',
  }),
  accept: stepKind({
    byDepartment: true,
    from: ['awaiting_acceptance'],
    refusal: 'only a problem waiting for its department is accepted',
  }),
  respond: stepKind({
    byDepartment: true,
    from: ['accepted'],
    refusal: 'the department responds after accepting it and before marking it handled',
  }),
  handled: stepKind({
    byDepartment: true,
    from: ['accepted'],
    refusal: 'only an accepted problem is marked handled',
    needsResponse: true,
  }),
  feedback: stepKind({
    byDepartment: false,
    from: ['handled'],
    refusal: 'the firm’s feedback is recorded once the department has handled it',
  }),
} satisfies Record<ProblemStep, unknown>;

function takeStep(
  write: WriteContext,
  step: ProblemStep,
  id: number,
  version: number,
  values: Record<string, unknown>,
) {
  return updateRecord(write, kinds[step], String(id), version, values, 'Problem', step);
}

/**
 * 交办: to a department with a deadline (and a note); again to another department the same way.
 * The department's users are told in the same transaction (the bell), so an assignment that
 * rolls back tells nobody.
 */
export async function assignProblem(
  write: WriteContext,
  id: number,
  { version, ownerDepartmentId, deadline, note }: ProblemAssignBody,
) {
  const after = await takeStep(write, 'assign', id, version, {
    ownerDepartmentId,
    deadline,
    stepNote: note,
    status: 'assigned',
    handlingStage: 'awaiting_acceptance',
    response: null,
  });
  await notify(
    write.tx,
    await departmentUsers(write.tx, ownerDepartmentId),
    {
      kind: 'problem_assigned',
      subjectType: 'problem',
      subjectId: id,
      chainId: typeof after.chainId === 'number' ? after.chainId : null,
      dedupeKey: `assigned:${write.now.toISOString()}`,
      params: { title: String(after.title), actor: write.user.displayName },
    },
    write.now,
  );
  return after;
}

/** 受理: the department takes it on. */
export function acceptProblem(write: WriteContext, id: number, version: number) {
  return takeStep(write, 'accept', id, version, { handlingStage: 'accepted' });
}

/** 办理意见: what the department did or will do; written again until it is marked handled. */
export function respondToProblem(write: WriteContext, id: number, version: number, text: string) {
  return takeStep(write, 'respond', id, version, { response: text });
}

/** 办理完毕: handled, waiting for the firm's feedback; there must be a response to show it. */
export function markProblemHandled(write: WriteContext, id: number, version: number) {
  return takeStep(write, 'handled', id, version, { handlingStage: 'handled' });
}

/**
 * 企业反馈: satisfied resolves it on the city's today; not satisfied sends it back to the
 * department, which must accept it again, with the firm's reason as the step's note.
 */
export function recordProblemFeedback(
  write: WriteContext,
  id: number,
  { version, satisfied, feedback }: ProblemFeedbackBody,
) {
  const values = satisfied
    ? {
        status: 'resolved',
        resolvedOn: cityDay(write.now),
        feedback,
        handlingStage: null,
        stepNote: null,
      }
    : { handlingStage: 'awaiting_acceptance', stepNote: feedback };
  return takeStep(write, 'feedback', id, version, values);
}
