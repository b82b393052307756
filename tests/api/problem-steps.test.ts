import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { cityDay } from '../../server/contract/city-time';
import { problemDetailSchema, problemPageSchema } from '../../server/contract/problems';
import { auditEvents, departments, notifications, problems, users } from '../../server/db/schema';
import { sampleNow } from '../support/sample-clock';
import { createTestUser, type TestUser } from '../support/sessions';
import { engines } from '../support/test-database';
import { getOk, useTestApi } from './support/api';
import { write } from './support/investment';
import { assignBody, problemAt, takeStep } from './support/problem-steps';
import { loadSampleIds, sendWrite, type SampleIds } from './support/writes';

describe.each(engines)('problem workflow on %s', (engine) => {
  const api = useTestApi(engine, { sample: true });
  let ids: SampleIds;
  let admin: string;
  let editor: string;
  let otherEditor: string;
  let department: TestUser;
  let otherDepartmentId: number;

  beforeAll(async () => {
    ids = await loadSampleIds(api.db);
    admin = (await createTestUser(api.db, { role: 'admin' })).cookie;
    editor = (await createTestUser(api.db, { role: 'editor', chainIds: [ids.chainA] })).cookie;
    otherEditor = (await createTestUser(api.db, { role: 'editor', chainIds: [ids.chainB] })).cookie;
    department = await createTestUser(api.db, {
      role: 'department',
      departmentId: ids.departmentId,
    });
    const all = await api.db.select({ id: departments.id }).from(departments);
    otherDepartmentId = all.find((row) => row.id !== ids.departmentId)?.id ?? -1;
  });

  const detail = (id: number) => getOk(api, `/api/problems/${id}`, problemDetailSchema);

  it('takes a problem through 交办, 受理, 办理意见, 办理完毕 and 企业反馈, with its timeline', async () => {
    let record = await problemAt(api.app, api.db, admin, ids, 'open');
    record = await takeStep(api.app, editor, record.id, 'assign', assignBody(ids, record.version));
    expect(record).toMatchObject({ status: 'assigned', handlingStage: 'awaiting_acceptance' });
    // The department's users are told, with the record to open; nobody else.
    const told = await api.db
      .select()
      .from(notifications)
      .where(
        and(eq(notifications.kind, 'problem_assigned'), eq(notifications.subjectId, record.id)),
      );
    const members = await api.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.departmentId, ids.departmentId));
    expect(told.map((row) => row.recipientId).toSorted()).toEqual(
      members.map((member) => member.id).toSorted(),
    );
    expect(told.map((row) => row.recipientId)).toContain(department.id);
    expect(told[0]).toMatchObject({ subjectType: 'problem', readAt: null });
    record = await takeStep(api.app, department.cookie, record.id, 'accept', {
      version: record.version,
    });
    expect(record.handlingStage).toBe('accepted');
    record = await takeStep(api.app, department.cookie, record.id, 'response', {
      response: '已安排用地指标',
      version: record.version,
    });
    record = await takeStep(api.app, department.cookie, record.id, 'handled', {
      version: record.version,
    });
    expect(record).toMatchObject({ status: 'assigned', handlingStage: 'handled' });
    record = await takeStep(api.app, editor, record.id, 'feedback', {
      satisfied: true,
      feedback: '企业满意',
      version: record.version,
    });
    expect(record).toMatchObject({
      status: 'resolved',
      resolvedOn: cityDay(sampleNow()),
      feedback: '企业满意',
      handlingStage: null,
    });

    const problem = await detail(record.id);
    expect(problem).toMatchObject({ status: 'resolved', stage: null, response: '已安排用地指标' });
    expect(problem.timeline.map((entry) => entry.step)).toEqual([
      'create',
      'assign',
      'accept',
      'respond',
      'handled',
      'feedback',
    ]);
    const [, assigned, accepted, responded, , fedBack] = problem.timeline;
    expect(assigned).toMatchObject({
      department: { id: ids.departmentId },
      deadline: '2026-12-31',
      note: '请于年底前办结',
    });
    expect(accepted?.actor).toBe(department.displayName);
    expect(responded?.note).toBe('已安排用地指标');
    expect(fedBack).toMatchObject({ satisfied: true, note: '企业满意' });

    const audited = await api.db
      .select({ action: auditEvents.action, actor: auditEvents.actor })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'problem'), eq(auditEvents.entityId, `${record.id}`)));
    expect(audited.map((event) => event.action)).toEqual([
      'create',
      'assign',
      'accept',
      'respond',
      'handled',
      'feedback',
    ]);
    expect(audited[2]?.actor).toBe(department.username);
  });

  it('sends a problem the firm is not satisfied with back to its department, with the reason', async () => {
    const handled = await problemAt(api.app, api.db, admin, ids, 'handled');
    const back = await takeStep(api.app, admin, handled.id, 'feedback', {
      satisfied: false,
      feedback: '用地仍未落实',
      version: handled.version,
    });
    expect(back).toMatchObject({ status: 'assigned', handlingStage: 'awaiting_acceptance' });
    const problem = await detail(handled.id);
    expect(problem.stage).toBe('awaiting_acceptance');
    expect(problem.timeline.at(-1)).toMatchObject({ satisfied: false, note: '用地仍未落实' });
    // Handled again only after accepting it again.
    await takeStep(
      api.app,
      department.cookie,
      handled.id,
      'handled',
      { version: back.version },
      400,
    );
    await takeStep(api.app, department.cookie, handled.id, 'accept', { version: back.version });
  });

  it('refuses a not-satisfied feedback without its reason (400 naming the field)', async () => {
    const handled = await problemAt(api.app, api.db, admin, ids, 'handled');
    const answer = await takeStep(
      api.app,
      admin,
      handled.id,
      'feedback',
      { satisfied: false, feedback: '', version: handled.version },
      400,
    );
    expect(answer).toMatchObject({ error: { fields: { feedback: expect.any(String) } } });
  });

  it.each([
    ['handled', 'accept', {}],
    ['awaiting_acceptance', 'handled', {}],
    ['awaiting_acceptance', 'response', { response: '先回复' }],
    ['accepted', 'handled', {}],
  ] as const)(
    'refuses a step out of order (%s → %s) with 400 naming stage or response',
    async (from, step, body) => {
      const problem = await problemAt(api.app, api.db, admin, ids, from);
      const answer = await takeStep(
        api.app,
        department.cookie,
        problem.id,
        step,
        { ...body, version: problem.version },
        400,
      );
      const field = from === 'accepted' ? 'response' : 'stage';
      expect(answer).toMatchObject({ error: { fields: { [field]: expect.any(String) } } });
    },
  );

  it('refuses feedback before the department handled it, and assigning a resolved problem', async () => {
    const accepted = await problemAt(api.app, api.db, admin, ids, 'accepted');
    const early = { satisfied: true, feedback: '好', version: accepted.version };
    const answer = await takeStep(api.app, editor, accepted.id, 'feedback', early, 400);
    expect(answer).toMatchObject({ error: { fields: { stage: expect.any(String) } } });
    const handled = await problemAt(api.app, api.db, admin, ids, 'handled');
    const resolved = await takeStep(api.app, admin, handled.id, 'feedback', {
      ...early,
      version: handled.version,
    });
    await takeStep(api.app, admin, handled.id, 'assign', assignBody(ids, resolved.version), 400);
  });

  it('answers a stale version with 409 and the current record, writing nothing', async () => {
    const problem = await problemAt(api.app, api.db, admin, ids, 'awaiting_acceptance');
    const answer = await sendWrite(
      api.app,
      {
        method: 'POST',
        path: `/api/problems/${problem.id}/accept`,
        body: { version: problem.version - 1 },
      },
      { cookie: department.cookie },
    );
    expect(answer.status).toBe(409);
    expect(answer.body).toMatchObject({
      current: { id: problem.id, version: problem.version, handlingStage: 'awaiting_acceptance' },
    });
  });

  it('re-assigns to another department, which must accept it; the first may no longer act', async () => {
    const accepted = await problemAt(api.app, api.db, admin, ids, 'accepted');
    const moved = await takeStep(api.app, editor, accepted.id, 'assign', {
      ...assignBody(ids, accepted.version),
      ownerDepartmentId: otherDepartmentId,
    });
    expect(moved).toMatchObject({
      ownerDepartmentId: otherDepartmentId,
      handlingStage: 'awaiting_acceptance',
    });
    await takeStep(
      api.app,
      department.cookie,
      accepted.id,
      'accept',
      { version: moved.version },
      403,
    );
  });

  it('refuses an editor of another chain (403) and a deadline before the day raised (400)', async () => {
    const open = await problemAt(api.app, api.db, admin, ids, 'open');
    await takeStep(api.app, otherEditor, open.id, 'assign', assignBody(ids, open.version), 403);
    await takeStep(
      api.app,
      department.cookie,
      open.id,
      'assign',
      assignBody(ids, open.version),
      403,
    );
    const answer = await takeStep(
      api.app,
      editor,
      open.id,
      'assign',
      { ...assignBody(ids, open.version), deadline: '2020-01-01' },
      400,
    );
    expect(answer).toMatchObject({ error: { fields: { deadline: expect.any(String) } } });
  });

  it('no longer changes status, department or deadline through the generic edit', async () => {
    const problem = await problemAt(api.app, api.db, admin, ids, 'accepted');
    const saved = await write(api.app, editor, 'PUT', `/api/problems/${problem.id}`, {
      firmId: null,
      title: '改过的标题',
      detail: null,
      category: '要素保障',
      raisedOn: '2026-06-01',
      status: 'resolved',
      ownerDepartmentId: null,
      deadline: null,
      version: problem.version,
    });
    expect(saved).toMatchObject({ title: '改过的标题', status: 'assigned' });
    const [row] = await api.db.select().from(problems).where(eq(problems.id, problem.id));
    expect(row).toMatchObject({
      status: 'assigned',
      ownerDepartmentId: ids.departmentId,
      handlingStage: 'accepted',
    });
  });

  it('lists a department’s problems by stage', async () => {
    const problem = await problemAt(api.app, api.db, admin, ids, 'accepted');
    const page = await getOk(
      api,
      `/api/problems?department=${ids.departmentId}&stage=accepted&pageSize=100`,
      problemPageSchema,
    );
    expect(page.items.every((item) => item.stage === 'accepted')).toBe(true);
    expect(page.items.map((item) => item.id)).toContain(problem.id);
    const waiting = await getOk(api, `/api/problems?stage=awaiting_acceptance`, problemPageSchema);
    expect(waiting.items.map((item) => item.id)).not.toContain(problem.id);
  });
});
