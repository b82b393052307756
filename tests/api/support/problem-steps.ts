import type { App } from '../../../server/app/create-app';
import type { Database } from '../../../server/db/database';
import { createTestUser } from '../../support/sessions';
import { uniqueName, write } from './investment';
// Types only: writes.ts lists these samples, so a value import back would be a cycle.
import type { SampleIds, WriteRouteSample } from './writes';

/*
 * Problems taken through 收集—交办—办理—反馈 by the API, for the tests of its steps: a new problem
 * of chain A, assigned to the sample's first department and moved on to the stage asked for.
 */

type Step = 'assign' | 'accept' | 'response' | 'handled' | 'feedback';
export type StepRecord = { id: number; version: number } & Record<string, unknown>;

/** POSTs one step of the problem; answers the record as saved. */
export function takeStep(
  app: App,
  cookie: string,
  id: number,
  step: Step,
  body: Record<string, unknown>,
  status = 200,
): Promise<StepRecord> {
  return write<StepRecord>(app, cookie, 'POST', `/api/problems/${id}/${step}`, body, status);
}

export const assignBody = (ids: SampleIds, version: number) => ({
  ownerDepartmentId: ids.departmentId,
  deadline: '2026-12-31',
  note: '请于年底前办结',
  version,
});

/** A new open problem of chain A, raised as the admin. */
export async function openProblem(app: App, adminCookie: string, ids: SampleIds) {
  return write<StepRecord>(app, adminCookie, 'POST', `/api/chains/${ids.chainA}/problems`, {
    firmId: null,
    title: uniqueName('问题'),
    detail: '用地指标不足',
    category: '要素保障',
    raisedOn: '2026-06-01',
    ownerDepartmentId: null,
    deadline: null,
    status: 'open',
    resolvedOn: null,
    feedback: null,
  });
}

const order = ['open', 'awaiting_acceptance', 'accepted', 'responded', 'handled'] as const;
export type Reached = (typeof order)[number];

/**
 * A new problem of chain A at `stage`: assigned by the admin, then accepted, responded to and
 * marked handled by a user of its department.
 */
export async function problemAt(
  app: App,
  db: Database,
  adminCookie: string,
  ids: SampleIds,
  stage: Reached,
): Promise<StepRecord> {
  const reached = (wanted: Reached) => order.indexOf(stage) >= order.indexOf(wanted);
  let record = await openProblem(app, adminCookie, ids);
  if (!reached('awaiting_acceptance')) return record;
  record = await takeStep(app, adminCookie, record.id, 'assign', assignBody(ids, record.version));
  const department = (
    await createTestUser(db, { role: 'department', departmentId: ids.departmentId })
  ).cookie;
  const steps: [Reached, Step, Record<string, unknown>][] = [
    ['accepted', 'accept', {}],
    ['responded', 'response', { response: '已协调自然资源局安排用地指标' }],
    ['handled', 'handled', {}],
  ];
  for (const [wanted, step, body] of steps) {
    if (!reached(wanted)) break;
    record = await takeStep(app, department, record.id, step, { ...body, version: record.version });
  }
  return record;
}

/** A request for `step` on a problem brought to the stage it needs. */
function stepSample(
  scope: WriteRouteSample['scope'],
  step: Step,
  from: Reached,
  body: (ids: SampleIds) => Record<string, unknown>,
): WriteRouteSample {
  return {
    scope,
    build: async (ids, db, app, adminCookie) => {
      const problem = await problemAt(app, db, adminCookie, ids, from);
      return {
        method: 'POST',
        path: `/api/problems/${problem.id}/${step}`,
        body: { ...body(ids), version: problem.version },
      };
    },
  };
}

export const problemStepRouteSamples: Record<string, WriteRouteSample> = {
  'POST /api/problems/{id}/assign': stepSample('chain', 'assign', 'open', (ids) =>
    assignBody(ids, 0),
  ),
  'POST /api/problems/{id}/accept': stepSample(
    'department',
    'accept',
    'awaiting_acceptance',
    () => ({}),
  ),
  'POST /api/problems/{id}/response': stepSample('department', 'response', 'accepted', () => ({
    response: '已协调',
  })),
  'POST /api/problems/{id}/handled': stepSample('department', 'handled', 'responded', () => ({})),
  'POST /api/problems/{id}/feedback': stepSample('chain', 'feedback', 'handled', () => ({
    satisfied: true,
    feedback: '企业满意',
  })),
};
