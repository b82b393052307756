import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  chainInvestmentSchema,
  investmentFunnelSchema,
  leadDetailSchema,
  leadPageSchema,
} from '../../server/contract/investment';
import { auditPageSchema } from '../../server/contract/audit';
import { projectDetailSchema, projectPageSchema } from '../../server/contract/projects';
import { auditEvents, leads, projects, taskForceMembers } from '../../server/db/schema';
import { createTestUser } from '../support/sessions';
import { engines } from '../support/test-database';
import { expectInvalid, getError, getOk, useTestApi } from './support/api';
import {
  campaignBody,
  leadBody,
  linkWithStrength,
  signed,
  targetFirmBody,
  write,
} from './support/investment';
import { loadSampleIds, type SampleIds } from './support/writes';

type Lead = { id: number; version: number; projectId: number | null; chainId: number };

describe.each(engines)('招商 leads on %s', (engine) => {
  const api = useTestApi(engine, { sample: true });
  let ids: SampleIds;
  let admin: string;
  let editorA: string;
  let editorB: string;
  let weak: number;
  let strong: number;
  let missing: number;
  let firmId: number;
  let campaignId: number;
  let memberOfB: number;

  beforeAll(async () => {
    ids = await loadSampleIds(api.db);
    admin = (await createTestUser(api.db, { role: 'admin' })).cookie;
    editorA = (await createTestUser(api.db, { role: 'editor', chainIds: [ids.chainA] })).cookie;
    editorB = (await createTestUser(api.db, { role: 'editor', chainIds: [ids.chainB] })).cookie;
    weak = await linkWithStrength(api.db, ids.chainA, 'weak', 0);
    strong = await linkWithStrength(api.db, ids.chainA, 'strong', 1);
    missing = await linkWithStrength(api.db, ids.chainA, 'missing', 2);
    firmId = (
      await write<{ id: number }>(api.app, admin, 'POST', '/api/target-firms', {
        ...targetFirmBody([ids.chainA], [weak, missing]),
        name: '测试目标企业',
        nameEn: 'Test Target',
      })
    ).id;
    campaignId = (
      await write<{ id: number }>(
        api.app,
        admin,
        'POST',
        '/api/campaigns',
        campaignBody([ids.chainA]),
      )
    ).id;
    const [member] = await api.db
      .select({ id: taskForceMembers.id })
      .from(taskForceMembers)
      .where(eq(taskForceMembers.chainId, ids.chainB));
    memberOfB = member?.id ?? -1;
  });

  const body = (changes: Record<string, unknown> = {}) => ({
    chainId: ids.chainA,
    ...leadBody({ linkId: weak, targetFirmId: firmId, ownerMemberId: ids.memberOfA }),
    ...changes,
  });
  /** The body of a change: the create's fields without the chain, which never changes. */
  const fieldsOf = (changes: Record<string, unknown> = {}) => ({
    ...leadBody({ linkId: weak, targetFirmId: firmId, ownerMemberId: ids.memberOfA }),
    ...changes,
  });
  const create = (changes: Record<string, unknown> = {}, cookie = editorA) =>
    write<Lead>(api.app, cookie, 'POST', '/api/leads', body(changes));
  const refused = async (changes: Record<string, unknown>, field: string) => {
    const answer = await write<{ error: { fields?: Record<string, unknown> } }>(
      api.app,
      editorA,
      'POST',
      '/api/leads',
      body(changes),
      400,
    );
    expect(Object.keys(answer.error.fields ?? {})).toContain(field);
  };

  test('each bad field is a 400 naming it', async () => {
    await refused({ stage: 'contacted' }, 'contactedOn');
    await refused({ signedOn: '2026-05-01' }, 'signedOn');
    await refused({ contactedOn: '2026-02-01', stage: 'contacted' }, 'contactedOn');
    await refused({ stage: 'dropped', droppedOn: '2026-03-02' }, 'dropReason');
    await refused({ ownerDepartmentId: ids.departmentId }, 'ownerMemberId');
    await refused({ action: 'strengthen' }, 'action');
    await refused({ action: 'extend' }, 'action');
    await refused({ linkId: strong, action: 'fill' }, 'action');
    await refused({ ownerMemberId: memberOfB }, 'ownerMemberId');
    await refused({ ownerMemberId: null, ownerDepartmentId: 999999 }, 'ownerDepartmentId');
    await refused({ targetFirmId: 999999 }, 'targetFirmId');
    await refused({ linkId: ids.linkOfA === weak ? 999999 : 999999 }, 'linkId');
    await refused({ chainId: 999999 }, 'chainId');
    await refused({ identifiedOn: '0000-01-01' }, 'identifiedOn');
    const campaignOfB = await write<{ id: number }>(
      api.app,
      admin,
      'POST',
      '/api/campaigns',
      campaignBody([ids.chainB]),
    );
    await refused({ campaignId: campaignOfB.id }, 'campaignId');
    const projectOfB = await api.db
      .select({ id: projects.id })
      .from(projects)
      .where(eq(projects.chainId, ids.chainB))
      .limit(1);
    await refused({ ...signed(), projectId: projectOfB[0]?.id }, 'projectId');
    await refused(
      { stage: 'contacted', contactedOn: '2026-03-02', projectId: ids.projectOfA },
      'projectId',
    );
    // The action fits the link: 延链 on a missing link, 强链 on a strong one.
    await create({ linkId: missing, action: 'extend' });
    await create({ linkId: strong, action: 'strengthen' });
  });

  test('an editor of another chain may not add or change chain A’s lead (403)', async () => {
    const answer = await write(api.app, editorB, 'POST', '/api/leads', body(), 403);
    expect(answer).toBeTruthy();
    const lead = await create();
    await write(
      api.app,
      editorB,
      'PUT',
      `/api/leads/${lead.id}`,
      { ...body(), chainId: undefined, version: lead.version },
      403,
    );
  });

  test('a stale version is 409 with the current lead; nothing is written', async () => {
    const lead = await create();
    const fields = fieldsOf({ nextStep: '再访', nextStepDueOn: '2026-04-01' });
    const saved = await write<Lead>(api.app, editorA, 'PUT', `/api/leads/${lead.id}`, {
      ...fields,
      version: lead.version,
    });
    expect(saved.version).toBe(lead.version + 1);
    const conflict = await write<{ current: Lead & { nextStep: string } }>(
      api.app,
      editorA,
      'PUT',
      `/api/leads/${lead.id}`,
      { ...fields, note: '改', version: lead.version },
      409,
    );
    expect(conflict.current).toMatchObject({
      id: lead.id,
      version: saved.version,
      nextStep: '再访',
    });
  });

  test('signing makes exactly one project, which the project list and funnel show', async () => {
    const funnelBefore = await getOk(
      api,
      `/api/investment/funnel?chain=${ids.chainA}`,
      investmentFunnelSchema,
    );
    const key = { 'idempotency-key': `sign-${Date.now()}` };
    const first = await write<Lead>(
      api.app,
      editorA,
      'POST',
      '/api/leads',
      body({ ...signed(), expectedInvestmentYi: 7.5, campaignId }),
      201,
      key,
    );
    const again = await write<Lead>(
      api.app,
      editorA,
      'POST',
      '/api/leads',
      body({ ...signed(), expectedInvestmentYi: 7.5, campaignId }),
      201,
      key,
    );
    expect(again.id).toBe(first.id);
    expect(first.projectId).not.toBeNull();
    const made = await api.db
      .select()
      .from(projects)
      .where(eq(projects.id, first.projectId ?? -1));
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({
      origin: 'investment_promotion',
      chainId: ids.chainA,
      linkId: weak,
      campaignId,
      investmentYi: 7.5,
      stage: 'signed',
      signedOn: '2026-05-10',
      progress: 0,
      nameEn: expect.stringContaining('Test Target') as string,
    });
    expect(made[0]?.name.startsWith('测试目标企业')).toBe(true);
    const sameLead = await api.db
      .select({ id: leads.id })
      .from(leads)
      .where(eq(leads.projectId, first.projectId ?? -1));
    expect(sameLead).toHaveLength(1);
    // Audited as a project create.
    const events = await api.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.entityType, 'project'),
          eq(auditEvents.entityId, String(first.projectId)),
        ),
      );
    expect(events.map((event) => event.action)).toEqual(['create']);

    const listed = await getOk(
      api,
      `/api/projects?campaign=${campaignId}&link=${weak}`,
      projectPageSchema,
    );
    expect(listed.items.map((project) => project.id)).toContain(first.projectId);
    const detail = await getOk(api, `/api/projects/${first.projectId}`, projectDetailSchema);
    expect(detail).toMatchObject({
      leadId: first.id,
      link: { id: weak },
      campaign: { id: campaignId },
    });

    const funnelAfter = await getOk(
      api,
      `/api/investment/funnel?chain=${ids.chainA}`,
      investmentFunnelSchema,
    );
    const signedStage = (funnel: typeof funnelAfter) =>
      funnel.total.stages.find((stage) => stage.stage === 'signed');
    expect(signedStage(funnelAfter)?.reached).toBe((signedStage(funnelBefore)?.reached ?? 0) + 1);
    expect(signedStage(funnelAfter)?.investmentYi).toBeCloseTo(
      (signedStage(funnelBefore)?.investmentYi ?? 0) + 7.5,
      2,
    );
  });

  test('signing by an update makes the project; naming a project links it instead', async () => {
    const lead = await create({ expectedInvestmentYi: 3 });
    const fields = fieldsOf({ ...signed(), expectedInvestmentYi: 3 });
    const saved = await write<Lead>(api.app, editorA, 'PUT', `/api/leads/${lead.id}`, {
      ...fields,
      version: lead.version,
    });
    expect(saved.projectId).not.toBeNull();
    const count = async () =>
      (
        await api.db
          .select({ n: sql<number>`count(*)::int` })
          .from(projects)
          .where(eq(projects.chainId, ids.chainA))
      )[0]?.n;
    const before = await count();
    // A save of the signed lead keeps its project and makes none.
    const resaved = await write<Lead>(api.app, editorA, 'PUT', `/api/leads/${lead.id}`, {
      ...fields,
      projectId: saved.projectId,
      note: '已签',
      version: saved.version,
    });
    expect(resaved.projectId).toBe(saved.projectId);
    expect(await count()).toBe(before);
    const linked = await create({ ...signed(), projectId: ids.projectOfA });
    expect(linked.projectId).toBe(ids.projectOfA);
    expect(await count()).toBe(before);
    // …and no second lead may name it.
    await refused({ ...signed(), projectId: ids.projectOfA }, 'projectId');
  });

  test('filters, the detail, withdraw and restore, and the revert of a change', async () => {
    const lead = await create({ nextStep: '约见', nextStepDueOn: '2026-03-10', campaignId });
    const page = await getOk(
      api,
      `/api/leads?chain=${ids.chainA}&campaign=${campaignId}&stage=identified&action=fill&member=${ids.memberOfA}&targetFirm=${firmId}&link=${weak}&q=测试目标&pageSize=100`,
      leadPageSchema,
    );
    expect(page.items.map((item) => item.id)).toContain(lead.id);
    expect(
      page.items.every((item) => item.campaign?.id === campaignId && item.stage === 'identified'),
    ).toBe(true);
    const none = await getOk(
      api,
      `/api/leads?chain=${ids.chainB}&targetFirm=${firmId}`,
      leadPageSchema,
    );
    expect(none.total).toBe(0);
    await expectInvalid(api, '/api/leads?sort=nope', 'sort');

    const withdrawn = await write<Lead>(
      api.app,
      editorA,
      'POST',
      `/api/leads/${lead.id}/withdraw`,
      { version: lead.version },
      200,
    );
    const hidden = await getOk(api, `/api/leads?targetFirm=${firmId}&pageSize=100`, leadPageSchema);
    expect(hidden.items.map((item) => item.id)).not.toContain(lead.id);
    const opened = await getOk(api, `/api/leads/${lead.id}`, leadDetailSchema);
    expect(opened.withdrawnAt).not.toBeNull();
    await write(
      api.app,
      editorA,
      'POST',
      `/api/leads/${lead.id}/restore`,
      { version: withdrawn.version },
      200,
    );
    const back = await getOk(api, `/api/leads?targetFirm=${firmId}&pageSize=100`, leadPageSchema);
    expect(back.items.map((item) => item.id)).toContain(lead.id);

    const current = await getOk(api, `/api/leads/${lead.id}`, leadDetailSchema);
    const fields = fieldsOf({
      nextStep: '改期',
      nextStepDueOn: '2026-03-20',
      campaignId,
    });
    const changed = await write<Lead>(api.app, editorA, 'PUT', `/api/leads/${lead.id}`, {
      ...fields,
      version: current.version,
    });
    const [event] = await api.db
      .select({ id: auditEvents.id })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'lead'), eq(auditEvents.entityId, String(lead.id))))
      .orderBy(sql`${auditEvents.id} desc`)
      .limit(1);
    await write(
      api.app,
      admin,
      'POST',
      `/api/audit-events/${event?.id}/revert`,
      { version: changed.version },
      200,
    );
    const reverted = await getOk(api, `/api/leads/${lead.id}`, leadDetailSchema);
    expect(reverted.nextStep).toBe('约见');

    // The lead's timeline: its own events only, newest first, readable by a viewer.
    const history = await getOk(api, `/api/leads/${lead.id}/history`, auditPageSchema);
    expect(history.items.map((item) => item.action)).toEqual([
      'revert',
      'update',
      'restore',
      'withdraw',
      'create',
    ]);
    expect(history.items.every((item) => item.entityType === 'lead')).toBe(true);
    expect(history.items.every((item) => item.entityId === String(lead.id))).toBe(true);
    await getError(api, '/api/leads/2147483647/history', 404);
  });

  test('stalled: an open lead not updated for more than 30 city days', async () => {
    const lead = await create();
    await api.db
      .update(leads)
      .set({ updatedAt: new Date('2025-01-01T00:00:00Z') })
      .where(eq(leads.id, lead.id));
    const stalled = await getOk(
      api,
      `/api/leads?stalled=true&targetFirm=${firmId}&pageSize=100`,
      leadPageSchema,
    );
    expect(stalled.items.map((item) => item.id)).toContain(lead.id);
    expect(stalled.items.every((item) => item.stalled)).toBe(true);
    const others = await getOk(
      api,
      `/api/leads?stalled=false&targetFirm=${firmId}&pageSize=100`,
      leadPageSchema,
    );
    expect(others.items.map((item) => item.id)).not.toContain(lead.id);
  });

  test('the map suggests a stronger link once its project produces, until an editor raises it', async () => {
    const linkId = await linkWithStrength(api.db, ids.chainA, 'missing', 3);
    const lead = await create({ linkId, action: 'extend', ...signed(), expectedInvestmentYi: 2 });
    const linkOf = async () =>
      (await getOk(api, `/api/chains/${ids.chainA}/investment`, chainInvestmentSchema)).segments
        .flatMap((segment) => segment.links)
        .find((link) => link.id === linkId);
    expect((await linkOf())?.suggestedStrength).toBeNull();
    expect((await linkOf())?.projects).toEqual({ signed: 1, inProduction: 0 });
    const project = await getOk(api, `/api/projects/${lead.projectId}`, projectDetailSchema);
    await write(api.app, editorA, 'PUT', `/api/projects/${lead.projectId}`, {
      name: project.name,
      parkId: null,
      firmId: null,
      origin: 'investment_promotion',
      linkId,
      campaignId: null,
      investmentYi: 2,
      stage: 'in_production',
      signedOn: '2026-05-10',
      startedOn: '2026-06-01',
      productionOn: '2026-09-01',
      plannedProductionOn: null,
      progress: 100,
      version: project.version,
    });
    const suggested = await linkOf();
    expect(suggested?.suggestedStrength).toBe('weak');
    expect(suggested?.leads.map((item) => item.id)).toContain(lead.id);
    // The editor confirms with the map's link edit: the suggestion then moves on to 'strong'.
    await linkWithStrength(api.db, ids.chainA, 'strong', 3);
    expect((await linkOf())?.suggestedStrength).toBeNull();
  });

  test('the leads export: the list’s filters, headers in either language', async () => {
    await create({ nextStep: '导出', nextStepDueOn: '2026-03-10' });
    const csv = async (query: string) => {
      const response = await api.app.request(`/api/exports/leads?${query}`, {
        headers: { cookie: api.cookie },
      });
      expect(response.status).toBe(200);
      return response.text();
    };
    const zh = await csv(`targetFirm=${firmId}&format=csv&lang=zh-CN`);
    expect(zh).toContain('目标企业');
    expect(zh).toContain('测试目标企业');
    expect(zh).toContain('导出');
    const en = await csv(`targetFirm=${firmId}&format=csv&lang=en-US`);
    expect(en).toContain('Target firm');
    expect(en).toContain('Fill');
    const none = await csv(`chain=${ids.chainB}&targetFirm=${firmId}&format=csv`);
    expect(none).not.toContain('测试目标企业');
    await expectInvalid(api, '/api/exports/leads?stage=nope', 'stage');
  });
});
