import { and, asc, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSheetFile } from '../../server/app/sheets';
import {
  auditEvents,
  chainLinks,
  chains,
  departments,
  leads,
  projects,
  taskForceMembers,
} from '../../server/db/schema';
import { createTestUser } from '../support/sessions';
import { engines } from '../support/test-database';
import { sqlRows, useTestApi } from './support/api';
import { importFile, postFile, previewedCommitPath } from './support/import-files';
import { campaignBody, linkWithStrength, targetFirmBody, write } from './support/investment';
import { fingerprintQuery, loadSampleIds, type SampleIds } from './support/writes';

/*
 * The 招商 leads list imported from a sheet: names resolved within the row's chain, the lead
 * form's rules (the action against the link, the owner, the campaign), and signing in a sheet
 * making the project as the form does.
 */

describe.each(engines)('leads import on %s', (engine) => {
  const api = useTestApi(engine, { sample: true });
  let ids: SampleIds;
  let admin: string;
  let editorOfA: string;
  let chainName: string;
  let chainBName: string;
  let department: string;
  let member: { id: number; name: string };
  let firmName: string;
  let firmId: number;
  let missingLink: { id: number; name: string };
  let strongLink: { id: number; name: string };
  let campaignOfB: string;

  const linkName = async (id: number) =>
    (
      await api.db.select({ name: chainLinks.name }).from(chainLinks).where(eq(chainLinks.id, id))
    )[0]?.name ?? '';

  beforeAll(async () => {
    ids = await loadSampleIds(api.db);
    admin = (await createTestUser(api.db, { role: 'admin' })).cookie;
    editorOfA = (await createTestUser(api.db, { role: 'editor', chainIds: [ids.chainA] })).cookie;
    const chainRows = await api.db.select().from(chains).orderBy(asc(chains.id));
    chainName = chainRows.find((chain) => chain.id === ids.chainA)?.name ?? '';
    chainBName = chainRows.find((chain) => chain.id === ids.chainB)?.name ?? '';
    department =
      (await api.db.select().from(departments).orderBy(asc(departments.id)))[0]?.name ?? '';
    const [firstMember] = await api.db
      .select({ id: taskForceMembers.id, name: taskForceMembers.name })
      .from(taskForceMembers)
      .where(eq(taskForceMembers.chainId, ids.chainA))
      .orderBy(asc(taskForceMembers.id));
    member = firstMember ?? { id: 0, name: '' };
    const missing = await linkWithStrength(api.db, ids.chainA, 'missing', 3);
    const strong = await linkWithStrength(api.db, ids.chainA, 'strong', 4);
    missingLink = { id: missing, name: await linkName(missing) };
    strongLink = { id: strong, name: await linkName(strong) };
    const firm = await write<{ id: number; name: string }>(
      api.app,
      admin,
      'POST',
      '/api/target-firms',
      targetFirmBody([ids.chainA], [missing]),
    );
    firmName = firm.name;
    firmId = firm.id;
    campaignOfB = (
      await write<{ name: string }>(
        api.app,
        admin,
        'POST',
        '/api/campaigns',
        campaignBody([ids.chainB]),
      )
    ).name;
  }, 60_000);

  const fingerprint = () => sqlRows(api, fingerprintQuery);

  const newLead = (changes: Record<string, string | number | null> = {}) => ({
    chainId: chainName,
    targetFirmId: firmName,
    link: missingLink.name,
    action: '补链',
    owner: department,
    stage: '线索',
    identifiedOn: '2026-09-01',
    expectedInvestmentYi: 12.5,
    ...changes,
  });

  it('the exported leads of a chain preview as all unchanged', async () => {
    const res = await api.app.request(`/api/exports/leads?format=xlsx&chain=${ids.chainA}`, {
      headers: { cookie: editorOfA },
    });
    expect(res.status).toBe(200);
    const file = new Uint8Array(await res.arrayBuffer());
    const exported = await readSheetFile(file);
    expect(exported.header).toEqual(expect.arrayContaining(['终止原因', '备注', '签约项目']));
    const preview = await postFile(api.app, '/api/imports/leads/preview?name=e.xlsx', file, {
      cookie: editorOfA,
    });
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    expect(preview.body.problems).toEqual([]);
    expect(preview.body).toMatchObject({ inserts: 0, updates: 0 });
    expect(preview.body.unchanged).toBe(exported.rows.length);
    expect(preview.body.unchanged).toBeGreaterThan(0);
  });

  it('a row at 签约 makes the lead and its project; leaving 签约 lets go of the project', async () => {
    const signing = await importFile('leads', [
      newLead({
        stage: '签约',
        contactedOn: '2026-09-05',
        visitedOn: '2026-09-20',
        negotiatingOn: '2026-10-01',
        signedOn: '2026-11-02',
      }),
    ]);
    const path = await previewedCommitPath(api.app, 'leads', signing, editorOfA);
    const commit = await postFile(api.app, path, signing, { cookie: editorOfA });
    expect(commit.status, JSON.stringify(commit.body)).toBe(201);
    expect(commit.body.inserted).toBe(1);

    const [lead] = await api.db
      .select()
      .from(leads)
      .where(and(eq(leads.targetFirmId, firmId), eq(leads.linkId, missingLink.id)));
    expect(lead).toMatchObject({ stage: 'signed', ownerMemberId: null, action: 'fill' });
    expect(lead?.projectId).not.toBeNull();
    const [project] = await api.db
      .select()
      .from(projects)
      .where(eq(projects.id, lead?.projectId ?? 0));
    expect(project).toMatchObject({
      chainId: ids.chainA,
      origin: 'investment_promotion',
      linkId: missingLink.id,
      investmentYi: 12.5,
      stage: 'signed',
      signedOn: '2026-11-02',
    });
    const audited = await api.db
      .select({ type: auditEvents.entityType, action: auditEvents.action })
      .from(auditEvents)
      .where(
        sql`(${auditEvents.entityType} = 'project' and ${auditEvents.entityId} = ${String(project?.id)})
          or (${auditEvents.entityType} = 'lead' and ${auditEvents.entityId} = ${String(lead?.id)})`,
      );
    expect(audited).toEqual(
      expect.arrayContaining([
        { type: 'project', action: 'create' },
        { type: 'lead', action: 'create' },
      ]),
    );

    // Back to 洽谈, owned by a member of the task force now: the same lead, matched by its key.
    const back = await importFile('leads', [
      newLead({
        stage: '洽谈',
        owner: member.name,
        contactedOn: '2026-09-05',
        visitedOn: '2026-09-20',
        negotiatingOn: '2026-10-01',
      }),
    ]);
    const preview = await postFile(api.app, '/api/imports/leads/preview?name=b.csv', back, {
      cookie: editorOfA,
    });
    expect(preview.body).toMatchObject({ inserts: 0, updates: 1 });
    const changed = preview.body.changes?.[0]?.changes.map((change) => change.column);
    expect(changed).toEqual(expect.arrayContaining(['owner', 'stage', 'signedOn']));
    expect(changed).not.toContain('ownerMemberId');
    const path2 = `/api/imports/leads?name=b.csv&preview=${String(preview.body.preview)}`;
    expect((await postFile(api.app, path2, back, { cookie: editorOfA })).status).toBe(201);
    const [after] = await api.db
      .select()
      .from(leads)
      .where(eq(leads.id, lead?.id ?? 0));
    expect(after).toMatchObject({
      stage: 'negotiating',
      projectId: null,
      ownerMemberId: member.id,
      ownerDepartmentId: null,
      version: (lead?.version ?? 0) + 1,
    });
    // The project stays: withdrawing it is its own decision.
    expect(
      (
        await api.db
          .select()
          .from(projects)
          .where(eq(projects.id, project?.id ?? 0))
      ).length,
    ).toBe(1);
  });

  it('rows that break the lead form’s rules are named, and the commit writes nothing', async () => {
    const file = await importFile('leads', [
      newLead({ link: strongLink.name }),
      newLead({ owner: '没有这个人' }),
      newLead({ campaignId: campaignOfB }),
      newLead({ chainId: chainBName, link: null }),
      newLead({ link: '没有这个环节' }),
      newLead({ owner: null }),
    ]);
    const preview = await postFile(api.app, '/api/imports/leads/preview?name=bad.csv', file, {
      cookie: editorOfA,
    });
    expect(preview.status).toBe(200);
    expect(preview.body.problems?.map(({ row, column, code }) => ({ row, column, code }))).toEqual([
      { row: 2, column: 'action', code: 'invalid' },
      { row: 3, column: 'owner', code: 'unknown_reference' },
      { row: 4, column: 'campaignId', code: 'invalid' },
      { row: 5, column: 'link', code: 'required' },
      { row: 6, column: 'link', code: 'unknown_reference' },
      { row: 7, column: 'owner', code: 'required' },
    ]);
    const before = await fingerprint();
    const path = `/api/imports/leads?name=bad.csv&preview=${String(preview.body.preview)}`;
    const commit = await postFile(api.app, path, file, { cookie: editorOfA });
    expect(commit.status).toBe(400);
    expect(await fingerprint()).toEqual(before);
  });

  it('a lead of another chain is refused: 403 at commit, nothing written', async () => {
    const [linkOfB] = await api.db
      .select({ name: chainLinks.name })
      .from(chainLinks)
      .where(and(eq(chainLinks.chainId, ids.chainB), eq(chainLinks.strength, 'missing')))
      .orderBy(asc(chainLinks.id));
    if (!linkOfB) throw new Error('Chain B has no missing link');
    const file = await importFile('leads', [
      newLead({ chainId: chainBName, link: linkOfB.name, owner: department }),
    ]);
    const preview = await postFile(api.app, '/api/imports/leads/preview?name=b.csv', file, {
      cookie: editorOfA,
    });
    expect(preview.body.problems?.map((problem) => problem.code)).toEqual(['not_editable']);
    const before = await fingerprint();
    const path = `/api/imports/leads?name=b.csv&preview=${String(preview.body.preview)}`;
    expect((await postFile(api.app, path, file, { cookie: editorOfA })).status).toBe(403);
    expect(await fingerprint()).toEqual(before);
  });
});
