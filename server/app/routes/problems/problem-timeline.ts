import { and, asc, eq, inArray } from 'drizzle-orm';
import { problemSteps } from '../../../contract/domain';
import type { ProblemTimelineEntry } from '../../../contract/problems';
import type { Database } from '../../../db/database';
import { auditEvents, departments, users } from '../../../db/schema';

/*
 * The timeline is read from the problem's audit trail rather than kept in a table of its own:
 * every step is already one audit event, written in the step's transaction with who, when and
 * the problem as the step left it (its department, deadline, note, response, feedback). One
 * source of truth, so the timeline and 修改记录 can never disagree.
 */

const timelineActions = ['create', ...problemSteps] as const;
type TimelineAction = (typeof timelineActions)[number];
type Snapshot = Record<string, unknown>;

const text = (value: unknown) => (typeof value === 'string' ? value : null);

/** What the step said, from the problem as it left it. */
function noteOf(step: TimelineAction, after: Snapshot): string | null {
  if (step === 'assign') return text(after.stepNote);
  if (step === 'respond') return text(after.response);
  if (step === 'feedback') {
    return after.status === 'resolved' ? text(after.feedback) : text(after.stepNote);
  }
  return null;
}

export async function problemTimeline(db: Database, id: number): Promise<ProblemTimelineEntry[]> {
  const events = await db
    .select({
      action: auditEvents.action,
      at: auditEvents.at,
      actor: auditEvents.actor,
      displayName: users.displayName,
      after: auditEvents.after,
    })
    .from(auditEvents)
    .leftJoin(users, eq(auditEvents.userId, users.id))
    .where(
      and(
        eq(auditEvents.entityType, 'problem'),
        eq(auditEvents.entityId, String(id)),
        inArray(auditEvents.action, [...timelineActions]),
      ),
    )
    .orderBy(asc(auditEvents.at), asc(auditEvents.id));
  const departmentIds = events.flatMap(({ action, after }) => {
    const id = (after as Snapshot | null)?.ownerDepartmentId;
    return action === 'assign' && typeof id === 'number' ? [id] : [];
  });
  const named = departmentIds.length
    ? await db
        .select({ id: departments.id, name: departments.name, nameEn: departments.nameEn })
        .from(departments)
        .where(inArray(departments.id, departmentIds))
    : [];
  return events.map((event) => {
    const step = event.action as TimelineAction;
    const after = (event.after ?? {}) as Snapshot;
    const assigned = step === 'assign';
    return {
      step,
      at: event.at.toISOString(),
      actor: event.displayName ?? event.actor,
      department: assigned
        ? (named.find((department) => department.id === after.ownerDepartmentId) ?? null)
        : null,
      deadline: assigned ? text(after.deadline) : null,
      satisfied: step === 'feedback' ? after.status === 'resolved' : null,
      note: noteOf(step, after),
    };
  });
}
