import { and, desc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { chainDetailSchema } from '../../server/contract/chains';
import { overviewSchema } from '../../server/contract/overview';
import { auditEvents, chains, statusReports, taskForces } from '../../server/db/schema';
import { createTestUser } from '../support/sessions';
import { engines } from '../support/test-database';
import { getOk, useTestApi } from './support/api';
import { sendWrite } from './support/writes';

/*
 * The sample city is loaded for Monday 2026-06-15 (tests/support/sample-clock.ts): every due
 * date and missing period below is counted by hand from that day.
 */

describe.each(engines)('task force report cadence on %s', (engine) => {
  const api = useTestApi(engine, { sample: true });
  let chainId: number;
  let otherChainId: number;
  let editor: string;
  let otherEditor: string;

  beforeAll(async () => {
    const byCode = async (code: string) => {
      const [row] = await api.db
        .select({ id: chains.id })
        .from(chains)
        .where(eq(chains.code, code));
      if (!row) throw new Error(`No chain ${code}`);
      return row.id;
    };
    chainId = await byCode('new-display');
    otherChainId = await byCode('ai');
    editor = (await createTestUser(api.db, { role: 'editor', chainIds: [chainId] })).cookie;
    otherEditor = (await createTestUser(api.db, { role: 'editor', chainIds: [otherChainId] }))
      .cookie;
  });

  const detail = () => getOk(api, `/api/chains/${chainId}`, chainDetailSchema);
  const taskForceOf = async () => {
    const taskForce = (await detail()).fiveOnes.task_force.taskForce;
    if (!taskForce) throw new Error('The chain has no task force');
    return taskForce;
  };
  const storedCadence = async () => {
    const [row] = await api.db
      .select({ cadence: taskForces.reportCadence })
      .from(taskForces)
      .where(eq(taskForces.chainId, chainId));
    return row?.cadence;
  };
  const save = async (cookie: string, changes: Record<string, unknown>) => {
    const taskForce = await taskForceOf();
    return sendWrite(
      api.app,
      {
        method: 'PUT',
        path: `/api/chains/${chainId}/task-force`,
        body: {
          headName: taskForce.headName,
          headTitle: taskForce.headTitle,
          leadDepartmentId: taskForce.leadDepartment?.id ?? null,
          meetingCadence: taskForce.meetingCadence,
          lastMeetingOn: taskForce.lastMeetingOn,
          reportCadence: taskForce.reportCadence,
          version: taskForce.version,
          ...changes,
        },
      },
      { cookie },
    );
  };

  it('gives the sample a mix of cadences, a few chains with missing reports', async () => {
    const overview = await getOk(api, '/api/overview', overviewSchema);
    const schedules = overview.chains.map((chain) => chain.reportSchedule);
    const cadences = new Set(schedules.map((schedule) => schedule?.cadence));
    expect(cadences).toEqual(new Set(['weekly', 'biweekly', 'monthly']));
    const late = schedules.filter((schedule) => (schedule?.missing.length ?? 0) > 0);
    expect(late.length).toBeGreaterThan(0);
    expect(late.length).toBeLessThan(schedules.length / 2);
    // new-display reports every two weeks: 04-28, 05-24 and 06-11 leave 05-04 to 05-17 empty.
    const mine = overview.chains.find((chain) => chain.id === chainId)?.reportSchedule;
    expect(mine).toEqual({
      cadence: 'biweekly',
      current: { startsOn: '2026-06-15', endsOn: '2026-06-28', filed: false },
      nextDueOn: '2026-06-28',
      dueInDays: 13,
      missing: [{ startsOn: '2026-05-04', endsOn: '2026-05-17' }],
    });
    expect((await taskForceOf()).reportSchedule).toEqual(mine);
  });

  it('documents the schedule in the OpenAPI document', async () => {
    const doc = await getOk(
      api,
      '/api/openapi.json',
      z.object({ components: z.object({ schemas: z.record(z.string(), z.unknown()) }) }),
    );
    const { schemas } = doc.components;
    expect(schemas).toHaveProperty('ReportSchedule.properties.missing');
    expect(schemas).toHaveProperty('TaskForce.properties.reportSchedule');
    expect(schemas).toHaveProperty('OverviewChain.properties.reportSchedule');
    expect(schemas).toHaveProperty('TaskForceBody.properties.reportCadence.enum', [
      'weekly',
      'biweekly',
      'monthly',
    ]);
  });

  it('refuses another chain’s editor and a stale version, and writes nothing', async () => {
    const forbidden = await save(otherEditor, { reportCadence: 'monthly' });
    expect(forbidden.status).toBe(403);
    const { version, headTitle } = await taskForceOf();
    // Someone else saves the task force after this form was opened with `version`.
    expect((await save(editor, { headTitle: `${headTitle ?? ''}（兼）` })).status).toBe(200);
    const stale = await save(editor, { reportCadence: 'monthly', version });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({
      current: { reportCadence: 'biweekly', version: version + 1 },
    });
    expect(await storedCadence()).toBe('biweekly');
  });

  it('changes the cadence, audits it, judges the reports by it and reverts it', async () => {
    const before = await taskForceOf();
    const saved = await save(editor, { reportCadence: 'monthly' });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ reportCadence: 'monthly', version: before.version + 1 });
    expect(await storedCadence()).toBe('monthly');

    const [event] = await api.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'task_force'), eq(auditEvents.chainId, chainId)))
      .orderBy(desc(auditEvents.id))
      .limit(1);
    expect(event?.action).toBe('update');
    expect(event?.before).toMatchObject({ reportCadence: 'biweekly' });
    expect(event?.after).toMatchObject({ reportCadence: 'monthly' });

    // Monthly, the same reports fill April, May and June's 06-11: nothing missing, June filed.
    expect((await taskForceOf()).reportSchedule).toEqual({
      cadence: 'monthly',
      current: { startsOn: '2026-06-01', endsOn: '2026-06-30', filed: true },
      nextDueOn: '2026-07-31',
      dueInDays: 46,
      missing: [],
    });

    const reverted = await sendWrite(
      api.app,
      {
        method: 'POST',
        path: `/api/audit-events/${event?.id}/revert`,
        body: { version: before.version + 1 },
      },
      { cookie: editor },
    );
    expect(reverted.status).toBe(200);
    expect(await storedCadence()).toBe('biweekly');
  });

  it('counts filed reports only, in the week they are dated', async () => {
    expect((await save(editor, { reportCadence: 'weekly' })).status).toBe(200);
    await api.db.delete(statusReports).where(eq(statusReports.chainId, chainId));
    const report = {
      chainId,
      status: 'amber' as const,
      title: '周报',
      body: '进展',
      authorName: '李',
    };
    await api.db.insert(statusReports).values([
      { ...report, reportedOn: '2026-05-20' },
      // A Sunday: the week of 06-01 to 06-07.
      { ...report, reportedOn: '2026-06-07' },
      // Withdrawn: the week of 06-08 stays missing.
      { ...report, reportedOn: '2026-06-10', withdrawnAt: new Date('2026-06-11T09:00:00+08:00') },
    ]);
    const missing = [
      { startsOn: '2026-05-25', endsOn: '2026-05-31' },
      { startsOn: '2026-06-08', endsOn: '2026-06-14' },
    ];
    expect((await taskForceOf()).reportSchedule).toEqual({
      cadence: 'weekly',
      current: { startsOn: '2026-06-15', endsOn: '2026-06-21', filed: false },
      nextDueOn: '2026-06-21',
      dueInDays: 6,
      missing,
    });

    const filed = await sendWrite(
      api.app,
      {
        method: 'POST',
        path: `/api/chains/${chainId}/status-reports`,
        body: { reportedOn: '2026-06-15', status: 'green', title: '本周动态', body: '按期报送' },
      },
      { cookie: editor, headers: { 'Idempotency-Key': crypto.randomUUID() } },
    );
    expect(filed.status).toBe(201);
    const schedule = (await taskForceOf()).reportSchedule;
    expect(schedule.current.filed).toBe(true);
    expect(schedule.nextDueOn).toBe('2026-06-28');
    expect(schedule.missing).toEqual(missing);
    const overview = await getOk(api, '/api/overview', overviewSchema);
    expect(overview.chains.find((chain) => chain.id === chainId)?.reportSchedule).toEqual(schedule);
  });
});
