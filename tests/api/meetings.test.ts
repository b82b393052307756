import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { meetingDetailSchema, meetingPageSchema } from '../../server/contract/meetings';
import { overviewSchema } from '../../server/contract/overview';
import { problemDetailSchema } from '../../server/contract/problems';
import { createTestUser } from '../support/sessions';
import { engines } from '../support/test-database';
import { expectInvalid, getError, getOk, sqlNumber, sqlRows, useTestApi } from './support/api';
import { write } from './support/investment';
import { meetingBody } from './support/meetings';
import { expectSorted } from './support/order';
import { loadSampleIds, problemBody, type SampleIds } from './support/writes';

interface Saved {
  id: number;
  version: number;
  chainId: number | null;
  firmIds: number[];
}
interface Refused {
  error: { code: string; fields?: Record<string, string> };
  current?: { version: number };
}

describe.each(engines)('GET /api/meetings on %s', (engine) => {
  const api = useTestApi(engine, { sample: true });
  const list = (query: string) => getOk(api, `/api/meetings?${query}`, meetingPageSchema);

  test('all 192 meetings, the latest first, with their firms and problems counted', async () => {
    const page = await list('pageSize=100');
    expect(page.total).toBe(192);
    expectSorted(page.items, (meeting) => meeting.heldOn, 'desc');
    const [first] = page.items;
    if (!first) throw new Error('No meeting');
    const [counts] = await sqlRows(
      api,
      sql`select (select count(*)::int from meeting_firms where meeting_id = ${first.id}) as firms,
                 (select count(*)::int from problems where meeting_id = ${first.id}) as problems,
                 (select count(*)::int from problems where meeting_id = ${first.id}
                    and status = 'resolved') as resolved`,
    );
    expect(first).toMatchObject({
      firmCount: counts?.firms,
      problemCount: counts?.problems,
      resolvedCount: counts?.resolved,
    });
  });

  test('filters by chain, dates and text', async () => {
    const [row] = await sqlRows(api, sql`select chain_id from meetings where chain_id is not null`);
    const chain = Number(row?.chain_id);
    const ofChain = await list(`chain=${chain}&pageSize=100`);
    expect(ofChain.total).toBe(
      await sqlNumber(api, sql`select count(*)::int from meetings where chain_id = ${chain}`),
    );
    expect(ofChain.items.every((meeting) => meeting.chain?.id === chain)).toBe(true);

    const ranged = await list('from=2026-01-01&to=2026-03-31&pageSize=100');
    expect(ranged.total).toBe(
      await sqlNumber(
        api,
        sql`select count(*)::int from meetings where held_on between '2026-01-01' and '2026-03-31'`,
      ),
    );
    expect(ranged.total).toBeGreaterThan(0);
    expect(
      ranged.items.every((item) => item.heldOn >= '2026-01-01' && item.heldOn <= '2026-03-31'),
    ).toBe(true);

    const cityWide = await list(`q=${encodeURIComponent('全市重点企业')}&pageSize=100`);
    expect(cityWide.total).toBe(
      await sqlNumber(api, sql`select count(*)::int from meetings where chain_id is null`),
    );
  });

  test('forChain: the meetings a problem of the chain may name, its own and the city-wide', async () => {
    const [row] = await sqlRows(api, sql`select chain_id from meetings where chain_id is not null`);
    const chain = Number(row?.chain_id);
    const page = await list(`forChain=${chain}&to=2026-03-31&pageSize=100`);
    expect(page.total).toBe(
      await sqlNumber(
        api,
        sql`select count(*)::int from meetings where (chain_id = ${chain} or chain_id is null)
            and held_on <= '2026-03-31' and withdrawn_at is null`,
      ),
    );
    expect(page.items.some((meeting) => meeting.chain === null)).toBe(true);
    expect(page.items.some((meeting) => meeting.chain?.id === chain)).toBe(true);
    expect(
      page.items.every((meeting) => meeting.chain === null || meeting.chain.id === chain),
    ).toBe(true);
  });

  test('refuses bad filters with 400 naming the parameter', async () => {
    await expectInvalid(api, '/api/meetings?from=2026-02-30', 'from');
    await expectInvalid(api, '/api/meetings?from=0000-01-01', 'from');
    await expectInvalid(api, '/api/meetings?from=2026-05-01&to=2026-04-01', 'to');
    await expectInvalid(api, '/api/meetings?chain=x', 'chain');
    await expectInvalid(api, '/api/meetings?forChain=0', 'forChain');
    await expectInvalid(api, '/api/meetings?sort=title', 'sort');
  });

  test('one meeting: its firms by name and the problems raised there with their status', async () => {
    const [row] = await sqlRows(
      api,
      sql`select meeting_id as id, count(*)::int as n from problems
          group by meeting_id order by n desc, meeting_id limit 1`,
    );
    const meeting = await getOk(api, `/api/meetings/${Number(row?.id)}`, meetingDetailSchema);
    expect(meeting.problems).toHaveLength(Number(row?.n));
    expect(meeting.firms).toHaveLength(meeting.firmCount);
    const statuses = await sqlRows(
      api,
      sql`select id, status from problems where meeting_id = ${meeting.id}`,
    );
    for (const problem of meeting.problems) {
      expect(statuses).toContainEqual({ id: problem.id, status: problem.status });
    }
    await getError(api, '/api/meetings/999999', 404);
    await expectInvalid(api, '/api/meetings/abc', 'id');
  });
});

describe.each(engines)('meeting writes on %s', (engine) => {
  const api = useTestApi(engine, { sample: true });
  let ids: SampleIds;
  let editorA: string;
  let admin: string;

  beforeAll(async () => {
    ids = await loadSampleIds(api.db);
    editorA = (await createTestUser(api.db, { role: 'editor', chainIds: [ids.chainA] })).cookie;
    admin = (await createTestUser(api.db, { role: 'admin' })).cookie;
  });

  const post = <T>(cookie: string, body: unknown, status?: number) =>
    write<T>(api.app, cookie, 'POST', '/api/meetings', body, status);

  test('an editor records a meeting of their chain: versioned, audited, shown', async () => {
    const saved = await post<Saved>(editorA, meetingBody(ids.chainA, [ids.firmOfA]));
    expect(saved).toMatchObject({ chainId: ids.chainA, firmIds: [ids.firmOfA], version: 1 });
    const audit = await sqlNumber(
      api,
      sql`select count(*)::int from audit_events
          where entity_type = 'meeting' and entity_id = ${String(saved.id)} and action = 'create'`,
    );
    expect(audit).toBe(1);
    const shown = await getOk(api, `/api/meetings/${saved.id}`, meetingDetailSchema);
    expect(shown.firms.map((firm) => firm.id)).toEqual([ids.firmOfA]);

    const changed = await write<Saved>(api.app, editorA, 'PUT', `/api/meetings/${saved.id}`, {
      ...meetingBody(ids.chainA, []),
      version: saved.version,
    });
    expect(changed).toMatchObject({ version: 2, firmIds: [] });
    const stale = await write<Refused>(
      api.app,
      editorA,
      'PUT',
      `/api/meetings/${saved.id}`,
      { ...meetingBody(ids.chainA, [ids.firmOfA]), version: saved.version },
      409,
    );
    expect(stale.current?.version).toBe(2);
  });

  test('another chain’s meeting, or a city-wide one, is not an editor’s to record or move to', async () => {
    const before = await sqlNumber(api, sql`select count(*)::int from meetings`);
    await post(editorA, meetingBody(ids.chainB, []), 403);
    await post(editorA, meetingBody(null, []), 403);
    expect(await sqlNumber(api, sql`select count(*)::int from meetings`)).toBe(before);
    const own = await post<Saved>(editorA, meetingBody(ids.chainA, []));
    await write(
      api.app,
      editorA,
      'PUT',
      `/api/meetings/${own.id}`,
      { ...meetingBody(ids.chainB, []), version: own.version },
      403,
    );
    await post(admin, meetingBody(null, [ids.firmOfA]));
  });

  test.each([
    ['title', { title: ' ' }],
    ['heldOn', { heldOn: '2026-02-30' }],
    ['heldOn', { heldOn: '0000-01-01' }],
    ['chainId', { chainId: 999_999 }],
    ['chainId', { chainId: 'a' }],
    ['firmIds', { firmIds: [999_999] }],
    ['firmIds', { firmIds: [1, 1] }],
    ['place', { place: 'x'.repeat(201) }],
    ['notes', { notes: 'a\u0000b' }],
  ])('refuses a bad %s with 400 naming it', async (field, change) => {
    const body = { ...meetingBody(ids.chainA, [ids.firmOfA]), ...change };
    const refused = await post<Refused>(admin, body, 400);
    expect(Object.keys(refused.error.fields ?? {})).toContain(field);
  });

  test('withdrawing a meeting takes it and its problems out of the overview’s figures', async () => {
    const [row] = await sqlRows(
      api,
      sql`select m.id, m.version, count(p.id)::int as n from meetings m
          join problems p on p.meeting_id = m.id where m.chain_id = ${ids.chainA}
          and m.withdrawn_at is null group by m.id order by m.id limit 1`,
    );
    const before = await getOk(api, '/api/overview', overviewSchema);
    await write(
      api.app,
      editorA,
      'POST',
      `/api/meetings/${Number(row?.id)}/withdraw`,
      { version: Number(row?.version) },
      200,
    );
    const after = await getOk(api, '/api/overview', overviewSchema);
    expect(after.headline.meetings.meetings).toBe(before.headline.meetings.meetings - 1);
    expect(after.headline.meetings.problems).toBe(
      before.headline.meetings.problems - Number(row?.n),
    );
    const listed = await getOk(
      api,
      `/api/meetings?chain=${ids.chainA}&pageSize=100`,
      meetingPageSchema,
    );
    expect(listed.items.map((meeting) => meeting.id)).not.toContain(Number(row?.id));
  });

  test('a problem names the meeting it was raised at: of its chain, held by then', async () => {
    const meeting = await post<Saved>(admin, {
      ...meetingBody(ids.chainA, [ids.firmOfA]),
      heldOn: '2026-05-20',
    });
    const other = await post<Saved>(admin, meetingBody(ids.chainB, []));
    const path = `/api/chains/${ids.chainA}/problems`;
    const raised = { ...problemBody('座谈会上提出'), raisedOn: '2026-06-01' };
    const late = await write<Refused>(
      api.app,
      editorA,
      'POST',
      path,
      { ...raised, raisedOn: '2026-05-01', meetingId: meeting.id },
      400,
    );
    expect(Object.keys(late.error.fields ?? {})).toEqual(['meetingId']);
    const elsewhere = await write<Refused>(
      api.app,
      editorA,
      'POST',
      path,
      { ...raised, meetingId: other.id },
      400,
    );
    expect(Object.keys(elsewhere.error.fields ?? {})).toEqual(['meetingId']);
    const created = await write<{ id: number }>(api.app, editorA, 'POST', path, {
      ...raised,
      meetingId: meeting.id,
    });
    const problem = await getOk(api, `/api/problems/${created.id}`, problemDetailSchema);
    expect(problem.meeting).toMatchObject({ id: meeting.id, heldOn: '2026-05-20' });
    const shown = await getOk(api, `/api/meetings/${meeting.id}`, meetingDetailSchema);
    expect(shown.problems.map((item) => item.id)).toEqual([created.id]);
  });

  test('a withdrawn meeting is no new problem’s source; a problem naming it keeps it', async () => {
    const meeting = await post<Saved>(admin, {
      ...meetingBody(ids.chainA, []),
      heldOn: '2026-05-20',
    });
    const path = `/api/chains/${ids.chainA}/problems`;
    const raised = { ...problemBody('撤回前提出'), meetingId: meeting.id };
    const kept = await write<Saved>(api.app, editorA, 'POST', path, raised);
    await write(api.app, admin, 'POST', `/api/meetings/${meeting.id}/withdraw`, {
      version: meeting.version,
    });

    const refused = await write<Refused>(api.app, editorA, 'POST', path, raised, 400);
    expect(refused.error.fields?.meetingId).toMatch(/withdrawn/);
    const edited = await write<Saved>(api.app, editorA, 'PUT', `/api/problems/${kept.id}`, {
      ...raised,
      title: '撤回后改写',
      version: kept.version,
    });
    expect(edited.version).toBe(kept.version + 1);
    const problem = await getOk(api, `/api/problems/${kept.id}`, problemDetailSchema);
    expect(problem.meeting?.id).toBe(meeting.id);
  });
});
