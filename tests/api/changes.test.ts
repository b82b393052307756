import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  changesSchema,
  type ChangeItem,
  type ChangeSectionName,
  type Changes,
} from '../../server/contract/changes';
import { chains, fiveOnes, indicators } from '../../server/db/schema';
import { createTestUser, type TestUser } from '../support/sessions';
import { engines } from '../support/test-database';
import { expectInvalid, getError, getOk, useTestApi } from './support/api';
import { leadBody, leadOfA, write } from './support/investment';
import { problemAt, takeStep, type StepRecord } from './support/problem-steps';
import { loadSampleIds, problemBody, projectBody, type SampleIds } from './support/writes';

const items = (changes: Changes, name: ChangeSectionName): ChangeItem[] =>
  changes.sections.find((section) => section.section === name)?.items ?? [];

describe.each(engines)('本周变化 (what changed) on %s', (engine) => {
  const api = useTestApi(engine, { sample: true });
  let ids: SampleIds;
  let editor: TestUser;
  let statusBefore: string;
  let statusAfter: string;
  let projectId: number;
  let overdueId: number;
  let leadId: number;
  let resolved: StepRecord;

  beforeAll(async () => {
    ids = await loadSampleIds(api.db);
    const admin = await createTestUser(api.db, { role: 'admin' });
    editor = await createTestUser(api.db, { role: 'editor', chainIds: [ids.chainA] });
    const cookie = editor.cookie;

    // The writes happen at the sample clock's now: 2026-06-15 in the city.
    const [chain] = await api.db.select().from(chains).where(eq(chains.id, ids.chainA));
    statusBefore = chain?.status ?? 'amber';
    statusAfter = statusBefore === 'red' ? 'green' : 'red';
    await write(api.app, cookie, 'PUT', `/api/chains/${ids.chainA}/status`, {
      status: statusAfter,
      statusNote: '本周复核',
      version: chain?.version,
    });

    const [fiveOne] = await api.db.select().from(fiveOnes).where(eq(fiveOnes.chainId, ids.chainA));
    await write(api.app, cookie, 'PUT', `/api/chains/${ids.chainA}/five-ones/${fiveOne?.item}`, {
      state: fiveOne?.state === 'in_place' ? 'in_progress' : 'in_place',
      note: null,
      version: fiveOne?.version,
    });

    projectId = (
      await write<{ id: number }>(api.app, cookie, 'POST', `/api/chains/${ids.chainA}/projects`, {
        ...projectBody('本周签约项目'),
        stage: 'signed',
        signedOn: '2026-06-12',
        startedOn: null,
      })
    ).id;
    // Signed long ago: not a change of this week.
    await write(api.app, cookie, 'POST', `/api/chains/${ids.chainA}/projects`, {
      ...projectBody('去年签约项目'),
      stage: 'signed',
      signedOn: '2025-06-12',
      startedOn: null,
    });

    // Resolved the way a problem is: handled by its department, then the firm is satisfied.
    const handled = await problemAt(api.app, api.db, admin.cookie, ids, 'handled');
    resolved = await takeStep(api.app, cookie, handled.id, 'feedback', {
      satisfied: true,
      feedback: '已协调',
      version: handled.version,
    });
    overdueId = (
      await write<{ id: number }>(api.app, cookie, 'POST', `/api/chains/${ids.chainA}/problems`, {
        ...problemBody('本周逾期的问题'),
        raisedOn: '2026-05-01',
        deadline: '2026-06-10',
      })
    ).id;

    const [indicator] = await api.db
      .select()
      .from(indicators)
      .where(eq(indicators.id, ids.indicatorOfA));
    const higher = indicator?.direction !== 'lower_is_better';
    // Between warning and target: amber either way round.
    await write(api.app, cookie, 'PUT', `/api/indicators/${ids.indicatorOfA}/values/2035Q1`, {
      value: 9,
      target: 10,
      warningThreshold: higher ? 8 : 12,
      excellentThreshold: higher ? 12 : 8,
      asOf: '2035-03-31',
      source: '市统计局',
      version: null,
    });

    const { linkId, firmId, lead } = await leadOfA(api.app, admin.cookie, api.db, ids);
    leadId = lead.id;
    await write(api.app, cookie, 'PUT', `/api/leads/${lead.id}`, {
      ...leadBody({ linkId, targetFirmId: firmId, ownerMemberId: ids.memberOfA }),
      stage: 'contacted',
      contactedOn: '2026-06-15',
      version: lead.version,
    });
  });

  const thisWeek = () => getOk(api, `/api/changes?chain=${ids.chainA}`, changesSchema);

  test('the default window is the last 7 days of the city’s calendar', async () => {
    const changes = await thisWeek();
    expect(changes).toMatchObject({ from: '2026-06-09', to: '2026-06-15' });
    expect(changes.chain?.id).toBe(ids.chainA);
    expect(changes.sections.map((section) => section.section)).toEqual([
      'chainStatus',
      'fiveOnes',
      'projects',
      'problems',
      'indicators',
      'reports',
      'leads',
    ]);
    for (const section of changes.sections) expect(section.total).toBe(section.items.length);
  });

  test('a chain status change names before, after, the day and who', async () => {
    const [status] = items(await thisWeek(), 'chainStatus');
    expect(status).toMatchObject({
      change: 'status',
      before: statusBefore,
      after: statusAfter,
      on: '2026-06-15',
      by: editor.displayName,
      target: 'chain',
      targetId: ids.chainA,
    });
    const [fiveOne] = items(await thisWeek(), 'fiveOnes');
    expect(fiveOne?.change).toBe('state');
    expect(fiveOne?.before).not.toBe(fiveOne?.after);
    expect(fiveOne?.by).toBe(editor.displayName);
  });

  test('a project signed in the window is listed; one signed last year is not', async () => {
    const projects = items(await thisWeek(), 'projects');
    const signed = projects.find((item) => item.targetId === projectId);
    expect(signed).toMatchObject({
      name: '本周签约项目',
      change: 'signed',
      on: '2026-06-12',
      by: editor.displayName,
      target: 'project',
    });
    expect(projects.some((item) => item.name === '去年签约项目')).toBe(false);
  });

  test('problems resolved and newly overdue in the window', async () => {
    const problemItems = items(await thisWeek(), 'problems');
    expect(
      problemItems.find((item) => item.targetId === resolved.id && item.change === 'resolved'),
    ).toMatchObject({ on: '2026-06-15', by: editor.displayName, name: resolved.title });
    expect(problemItems.find((item) => item.targetId === overdueId)).toMatchObject({
      change: 'overdue',
      on: '2026-06-11',
      after: '2026-06-10',
    });
    // Raised on 2026-05-01: outside the window, so not a raised item.
    expect(
      problemItems.some((item) => item.targetId === overdueId && item.change === 'raised'),
    ).toBe(false);
  });

  test('an indicator value entered comes with its rating', async () => {
    const entered = items(await thisWeek(), 'indicators').find((item) => item.subject === '2035Q1');
    expect(entered).toMatchObject({
      change: 'entered',
      before: null,
      after: '9',
      rating: 'amber',
      by: editor.displayName,
    });
  });

  test('a new lead and its move to 接洽 are both listed', async () => {
    const leadItems = items(await thisWeek(), 'leads').filter((item) => item.targetId === leadId);
    expect(leadItems.map((item) => [item.change, item.before, item.after])).toEqual([
      ['stage', 'identified', 'contacted'],
      ['created', null, 'identified'],
    ]);
    expect(leadItems[0]?.by).toBe(editor.displayName);
  });

  test('days outside the window and other chains are left out', async () => {
    const earlier = await getOk(
      api,
      `/api/changes?chain=${ids.chainA}&from=2026-06-01&to=2026-06-08`,
      changesSchema,
    );
    for (const name of ['chainStatus', 'fiveOnes', 'indicators', 'leads'] as const) {
      expect(items(earlier, name), name).toEqual([]);
    }
    expect(items(earlier, 'projects').some((item) => item.targetId === projectId)).toBe(false);
    const other = await getOk(api, `/api/changes?chain=${ids.chainB}`, changesSchema);
    const all = other.sections.flatMap((section) => section.items);
    expect(all.every((item) => item.chain?.id === ids.chainB)).toBe(true);
    const city = await getOk(api, '/api/changes', changesSchema);
    expect(city.chain).toBeNull();
    expect(items(city, 'projects').some((item) => item.targetId === projectId)).toBe(true);
  });

  test('bad dates, an upside-down or over-long window are 400s naming the field', async () => {
    await expectInvalid(api, '/api/changes?from=2026-02-30', 'from');
    await expectInvalid(api, '/api/changes?to=2026-13-01', 'to');
    await expectInvalid(api, '/api/changes?from=2026-06-15&to=2026-06-01', 'from');
    await expectInvalid(api, '/api/changes?from=2024-01-01&to=2026-01-01', 'from');
    await expectInvalid(api, '/api/changes?chain=abc', 'chain');
    await getError(api, '/api/changes?chain=999999', 404);
    // A whole leap year is allowed.
    await getOk(api, '/api/changes?from=2024-01-01&to=2024-12-31', changesSchema);
  });

  test('the export holds the same changes as a sheet, before and after in words', async () => {
    const res = await api.app.request(`/api/exports/changes?chain=${ids.chainA}&format=csv`, {
      headers: { cookie: api.cookie },
    });
    expect(res.status).toBe(200);
    const csv = await res.text();
    expect(csv).toContain('类别,产业链,事项,变化,变化前,变化后,评价,日期,操作人');
    const signedRow = csv.split('\n').find((line) => line.includes('本周签约项目'));
    expect(signedRow).toContain('签约');
    expect(signedRow).toContain(editor.displayName);
    const leadRow = csv.split('\n').find((line) => line.includes('阶段推进'));
    expect(leadRow).toContain(',阶段推进,线索,接洽,');
    const english = await api.app.request(
      '/api/exports/changes?from=2026-06-15&to=2026-06-01&format=csv&lang=en-US',
      { headers: { cookie: api.cookie } },
    );
    expect(english.status).toBe(400);
  });
});
