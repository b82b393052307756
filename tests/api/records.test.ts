import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { clusterDetailSchema, clusterPageSchema } from '../../server/contract/clusters';
import { firmDetailSchema, firmPageSchema } from '../../server/contract/firms';
import { overviewSchema } from '../../server/contract/overview';
import { parkPageSchema } from '../../server/contract/parks';
import {
  auditEvents,
  chains,
  firms,
  chainLinkFirms,
  chainLinks,
  clusterChains,
  firmChains,
  parks,
} from '../../server/db/schema';
import { createTestUser } from '../support/sessions';
import { engines } from '../support/test-database';
import { getOk, useTestApi } from './support/api';
import { importFile, previewedCommitPath } from './support/import-files';
import { loadSampleIds, sendWrite, type SampleIds } from './support/writes';

const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** A valid 统一社会信用代码 ending `n`: its GB 32100-2015 check character computed. */
export function creditCode(n: number): string {
  const body = `91510700MA${String(n).padStart(7, '0')}`;
  const sum = WEIGHTS.reduce((t, w, i) => t + CODE_CHARS.indexOf(body[i] as string) * w, 0);
  return body + CODE_CHARS[(31 - (sum % 31)) % 31];
}

let counter = Math.floor(Math.random() * 1_000_000);
const next = () => (counter += 1);

interface Answer {
  status: number;
  body: unknown;
}
const body = (answer: Answer) => answer.body as Record<string, unknown> & { version: number };
const fieldsOf = (answer: Answer) =>
  (answer.body as { error: { fields?: Record<string, string> } }).error.fields ?? {};

describe.each(engines)('firms, parks and clusters written on %s', (engine) => {
  const api = useTestApi(engine, { sample: true });
  let ids: SampleIds;
  let editor: string;
  let otherEditor: string;
  let bothEditor: string;
  let admin: string;
  let parkId: number;

  beforeAll(async () => {
    ids = await loadSampleIds(api.db);
    editor = (await createTestUser(api.db, { role: 'editor', chainIds: [ids.chainA] })).cookie;
    otherEditor = (await createTestUser(api.db, { role: 'editor', chainIds: [ids.chainB] })).cookie;
    bothEditor = (
      await createTestUser(api.db, { role: 'editor', chainIds: [ids.chainA, ids.chainB] })
    ).cookie;
    admin = (await createTestUser(api.db, { role: 'admin' })).cookie;
    const [park] = await api.db.select({ id: parks.id }).from(parks).limit(1);
    parkId = park?.id as number;
  });

  const write = (
    method: 'POST' | 'PUT',
    path: string,
    payload: unknown,
    cookie: string,
    headers?: Record<string, string>,
  ) => sendWrite(api.app, { method, path: `/api${path}`, body: payload }, { cookie, headers });

  const firmBody = (overrides: Record<string, unknown> = {}) => ({
    name: `测试企业${next()}`,
    nameEn: null,
    creditCode: creditCode(next()),
    parkId,
    chainIds: [ids.chainA],
    revenueBand: 'under_100m',
    revenueYi: 0.5,
    tags: ['tech_sme'],
    foundedYear: 2018,
    employees: 40,
    ...overrides,
  });

  const createFirm = async (overrides: Record<string, unknown> = {}, cookie = editor) => {
    const answer = await write('POST', '/firms', firmBody(overrides), cookie);
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    return body(answer);
  };

  describe('firms', () => {
    it('creates a firm in the editor’s chain, audited, and shows it on its page and in the list', async () => {
      const firm = await createFirm({ nameEn: 'Test Firm' });
      expect(firm).toMatchObject({ chainIds: [ids.chainA], parkId, version: 1, withdrawnAt: null });
      const page = await getOk(api, `/api/firms/${firm.id}`, firmDetailSchema);
      expect(page).toMatchObject({ name: firm.name, nameEn: 'Test Firm', employees: 40 });
      const list = await getOk(api, `/api/firms?q=${firm.creditCode}`, firmPageSchema);
      expect(list.items.map((item) => item.id)).toEqual([firm.id]);
      const audit = await api.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.entityType, 'firm'), eq(auditEvents.entityId, String(firm.id))));
      expect(audit.map((event) => event.action)).toEqual(['create']);
    });

    it('refuses an editor a firm outside their chains, or in none', async () => {
      const other = await write('POST', '/firms', firmBody({ chainIds: [ids.chainB] }), editor);
      expect(other.status).toBe(403);
      const both = await write(
        'POST',
        '/firms',
        firmBody({ chainIds: [ids.chainA, ids.chainB] }),
        editor,
      );
      expect(both.status).toBe(403);
      const none = await write('POST', '/firms', firmBody({ chainIds: [] }), editor);
      expect(none.status).toBe(403);
      const byAdmin = await write('POST', '/firms', firmBody({ chainIds: [] }), admin);
      expect(byAdmin.status).toBe(201);
    });

    it('answers 400 per field: checksum, park, chains, band, year', async () => {
      const code = creditCode(next());
      const wrongCheck = code.slice(0, 17) + (code.endsWith('0') ? '1' : '0');
      const cases: [Record<string, unknown>, string][] = [
        [{ creditCode: wrongCheck }, 'creditCode'],
        [{ creditCode: 'ABC' }, 'creditCode'],
        [{ parkId: 999_999 }, 'parkId'],
        [{ chainIds: [ids.chainA, 999_999] }, 'chainIds'],
        [{ chainIds: [ids.chainA, ids.chainA] }, 'chainIds'],
        [{ revenueBand: 'huge' }, 'revenueBand'],
        [{ foundedYear: 1700 }, 'foundedYear'],
        [{ name: '  ' }, 'name'],
        [{ employees: -1 }, 'employees'],
      ];
      for (const [overrides, field] of cases) {
        const answer = await write('POST', '/firms', firmBody(overrides), admin);
        expect(answer.status, `${field}: ${JSON.stringify(answer.body)}`).toBe(400);
        expect(Object.keys(fieldsOf(answer))).toContain(field);
      }
    });

    it('refuses a credit code another firm has with a 400 on creditCode, on create and edit', async () => {
      const first = await createFirm();
      const again = await write(
        'POST',
        '/firms',
        firmBody({ creditCode: first.creditCode }),
        editor,
      );
      expect(again.status).toBe(400);
      expect(fieldsOf(again).creditCode).toMatch(/another firm/);
      const second = await createFirm();
      const edit = await write(
        'PUT',
        `/firms/${second.id}`,
        { ...firmBody({ creditCode: first.creditCode }), version: second.version },
        editor,
      );
      expect(edit.status).toBe(400);
      expect(fieldsOf(edit).creditCode).toMatch(/another firm/);
    });

    it('accepts a lower-case code and a blank one', async () => {
      const code = creditCode(next());
      const lower = await createFirm({ creditCode: code.toLowerCase() });
      expect(lower.creditCode).toBe(code);
      const blank = await createFirm({ creditCode: '' });
      expect(blank.creditCode).toBeNull();
    });

    it('edits every field, and answers 409 with the current firm to a stale version', async () => {
      const firm = await createFirm();
      const changed = firmBody({ name: `改名${next()}`, tags: ['high_tech'], revenueYi: 12.5 });
      const saved = await write('PUT', `/firms/${firm.id}`, { ...changed, version: 1 }, editor);
      expect(saved.status, JSON.stringify(saved.body)).toBe(200);
      expect(body(saved)).toMatchObject({ name: changed.name, tags: ['high_tech'], version: 2 });
      const stale = await write('PUT', `/firms/${firm.id}`, { ...changed, version: 1 }, editor);
      expect(stale.status).toBe(409);
      expect((stale.body as { current: { version: number } }).current.version).toBe(2);
    });

    it('moving a firm needs every chain before and after; leaving a chain leaves its links', async () => {
      const firm = await createFirm({ chainIds: [ids.chainA, ids.chainB] }, bothEditor);
      await api.db
        .insert(chainLinkFirms)
        .values({ linkId: ids.linkOfA, firmId: firm.id as number });
      const [linkOfB] = await api.db
        .select({ id: chainLinks.id })
        .from(chainLinks)
        .where(eq(chainLinks.chainId, ids.chainB))
        .limit(1);
      await api.db
        .insert(chainLinkFirms)
        .values({ linkId: linkOfB?.id as number, firmId: firm.id as number });
      const onlyB = { ...firmBody({ chainIds: [ids.chainB] }), creditCode: firm.creditCode };
      const byEditorOfA = await write('PUT', `/firms/${firm.id}`, { ...onlyB, version: 1 }, editor);
      expect(byEditorOfA.status).toBe(403);
      const byEditorOfB = await write(
        'PUT',
        `/firms/${firm.id}`,
        { ...onlyB, version: 1 },
        otherEditor,
      );
      expect(byEditorOfB.status).toBe(403);
      const byBoth = await write('PUT', `/firms/${firm.id}`, { ...onlyB, version: 1 }, bothEditor);
      expect(byBoth.status, JSON.stringify(byBoth.body)).toBe(200);
      const links = await api.db
        .select({ linkId: chainLinkFirms.linkId })
        .from(chainLinkFirms)
        .where(eq(chainLinkFirms.firmId, firm.id as number));
      expect(links.map((row) => row.linkId)).toEqual([linkOfB?.id]);
    });

    it('withdraws a firm with its reason: gone from lists and counts, its page says so; restore brings it back', async () => {
      const firm = await createFirm();
      const listed = async (query = '') =>
        (await getOk(api, `/api/firms?q=${firm.creditCode}${query}`, firmPageSchema)).items.map(
          (item) => item.id,
        );
      const badReason = await write(
        'POST',
        `/firms/${firm.id}/withdraw`,
        { version: 1, reason: 'bankrupt' },
        editor,
      );
      expect(badReason.status).toBe(400);
      expect(Object.keys(fieldsOf(badReason))).toEqual(['reason']);
      const withdrawn = await write(
        'POST',
        `/firms/${firm.id}/withdraw`,
        { version: 1, reason: 'moved_out' },
        editor,
      );
      expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200);
      expect(body(withdrawn)).toMatchObject({ withdrawalReason: 'moved_out', version: 2 });
      expect(await listed()).toEqual([]);
      expect(await listed('&withdrawn=include')).toEqual([firm.id]);
      expect(await listed('&withdrawn=only')).toEqual([firm.id]);
      const page = await getOk(api, `/api/firms/${firm.id}`, firmDetailSchema);
      expect(page.withdrawnAt).not.toBeNull();
      expect(page.withdrawalReason).toBe('moved_out');

      const stale = await write('POST', `/firms/${firm.id}/restore`, { version: 1 }, editor);
      expect(stale.status).toBe(409);
      const restored = await write('POST', `/firms/${firm.id}/restore`, { version: 2 }, editor);
      expect(restored.status).toBe(200);
      expect(body(restored)).toMatchObject({ withdrawnAt: null, withdrawalReason: null });
      expect(await listed()).toEqual([firm.id]);
      const events = await api.db
        .select({ action: auditEvents.action })
        .from(auditEvents)
        .where(and(eq(auditEvents.entityType, 'firm'), eq(auditEvents.entityId, String(firm.id))))
        .orderBy(auditEvents.id);
      expect(events.map((event) => event.action)).toEqual(['create', 'withdraw', 'restore']);
    });

    it('exports skip a withdrawn firm unless withdrawn=include', async () => {
      const firm = await createFirm();
      const withdrawn = await write(
        'POST',
        `/firms/${firm.id}/withdraw`,
        { version: 1, reason: 'deregistered' },
        editor,
      );
      expect(withdrawn.status).toBe(200);
      const exported = async (query: string) => {
        const response = await api.app.request(
          `/api/exports/firms?format=csv&q=${firm.creditCode}${query}`,
          { headers: { cookie: editor } },
        );
        expect(response.status).toBe(200);
        return response.text();
      };
      expect(await exported('')).not.toContain(firm.name as string);
      expect(await exported('&withdrawn=include')).toContain(firm.name as string);
    });

    it('an import matching a withdrawn firm updates it, and it stays withdrawn', async () => {
      const firm = await createFirm();
      const withdrawn = await write(
        'POST',
        `/firms/${firm.id}/withdraw`,
        { version: 1, reason: 'moved_out' },
        editor,
      );
      expect(withdrawn.status).toBe(200);
      const [chain] = await api.db.select().from(chains).where(eq(chains.id, ids.chainA));
      const file = await importFile('firms', [
        {
          name: firm.name as string,
          creditCode: firm.creditCode as string,
          chainIds: chain?.name ?? '',
          revenueBand: '十亿级',
          revenueYi: 7.5,
        },
      ]);
      const path = await previewedCommitPath(api.app, 'firms', file, admin);
      const commit = await sendWrite(api.app, { method: 'POST', path, file }, { cookie: admin });
      expect([200, 201], JSON.stringify(commit.body)).toContain(commit.status);
      const [stored] = await api.db
        .select()
        .from(firms)
        .where(eq(firms.id, firm.id as number));
      expect(stored).toMatchObject({ revenueYi: 7.5, withdrawalReason: 'moved_out' });
      expect(stored?.withdrawnAt).not.toBeNull();
    });

    it('reverts an edit of a firm from its history', async () => {
      const firm = await createFirm();
      const renamed = await write(
        'PUT',
        `/firms/${firm.id}`,
        { ...firmBody({ name: '改后名称' }), creditCode: firm.creditCode, version: 1 },
        editor,
      );
      expect(renamed.status).toBe(200);
      const [event] = await api.db
        .select({ id: auditEvents.id })
        .from(auditEvents)
        .where(
          and(
            eq(auditEvents.entityType, 'firm'),
            eq(auditEvents.entityId, String(firm.id)),
            eq(auditEvents.action, 'update'),
          ),
        );
      const reverted = await write(
        'POST',
        `/audit-events/${event?.id}/revert`,
        { version: 2 },
        editor,
      );
      expect(reverted.status, JSON.stringify(reverted.body)).toBe(200);
      const page = await getOk(api, `/api/firms/${firm.id}`, firmDetailSchema);
      expect(page.name).toBe(firm.name);
    });

    it('refuses with a 400 a revert to a credit code another firm has since taken', async () => {
      const firm = await createFirm();
      const oldCode = firm.creditCode as string;
      const recoded = await write(
        'PUT',
        `/firms/${firm.id}`,
        { ...firmBody({ name: firm.name }), version: 1 },
        editor,
      );
      expect(recoded.status, JSON.stringify(recoded.body)).toBe(200);
      await createFirm({ creditCode: oldCode });
      const [event] = await api.db
        .select({ id: auditEvents.id })
        .from(auditEvents)
        .where(
          and(
            eq(auditEvents.entityType, 'firm'),
            eq(auditEvents.entityId, String(firm.id)),
            eq(auditEvents.action, 'update'),
          ),
        );
      const reverted = await write(
        'POST',
        `/audit-events/${event?.id}/revert`,
        { version: 2 },
        editor,
      );
      expect(reverted.status, JSON.stringify(reverted.body)).toBe(400);
      const page = await getOk(api, `/api/firms/${firm.id}`, firmDetailSchema);
      expect(page.version).toBe(2);
      expect(page.creditCode).toBe(body(recoded).creditCode);
    });

    it('makes one firm for a create retried with the same Idempotency-Key', async () => {
      const payload = firmBody();
      const key = `firm-${next()}`;
      const first = await write('POST', '/firms', payload, editor, { 'idempotency-key': key });
      const second = await write('POST', '/firms', payload, editor, { 'idempotency-key': key });
      expect(first.status).toBe(201);
      expect(second.status).toBe(201);
      expect(body(second).id).toBe(body(first).id);
    });
  });

  describe('parks', () => {
    const parkBody = (overrides: Record<string, unknown> = {}) => ({
      name: `测试园区${next()}`,
      nameEn: null,
      district: '涪城区',
      isSpecialty: true,
      areaKm2: 3.2,
      occupancyRate: 0.85,
      outputYi: 120,
      chains: [{ chainId: ids.chainA, isMain: true }],
      ...overrides,
    });

    it('creates, edits, withdraws and restores a park hosting the editor’s chain', async () => {
      const created = await write('POST', '/parks', parkBody(), editor);
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      const park = body(created);
      expect(park).toMatchObject({ chains: [{ chainId: ids.chainA, isMain: true }] });
      const edit = await write(
        'PUT',
        `/parks/${park.id}`,
        { ...parkBody({ name: park.name, occupancyRate: 0.9 }), version: 1 },
        editor,
      );
      expect(edit.status).toBe(200);
      expect(body(edit).occupancyRate).toBe(0.9);
      const stale = await write('PUT', `/parks/${park.id}`, { ...parkBody(), version: 1 }, editor);
      expect(stale.status).toBe(409);
      const listed = async (query = '') =>
        (await getOk(api, `/api/parks?q=${park.name}${query}`, parkPageSchema)).items.length;
      expect(await listed()).toBe(1);
      const withdrawn = await write('POST', `/parks/${park.id}/withdraw`, { version: 2 }, editor);
      expect(withdrawn.status).toBe(200);
      expect(await listed()).toBe(0);
      expect(await listed('&withdrawn=include')).toBe(1);
      const restored = await write('POST', `/parks/${park.id}/restore`, { version: 3 }, editor);
      expect(restored.status).toBe(200);
      expect(await listed()).toBe(1);
    });

    it('refuses an editor a park hosting another chain, or none; 400 per field; unique name', async () => {
      const other = await write(
        'POST',
        '/parks',
        parkBody({ chains: [{ chainId: ids.chainB, isMain: true }] }),
        editor,
      );
      expect(other.status).toBe(403);
      const none = await write('POST', '/parks', parkBody({ chains: [] }), editor);
      expect(none.status).toBe(403);
      for (const [overrides, field] of [
        [{ occupancyRate: 1.5 }, 'occupancyRate'],
        [{ areaKm2: -1 }, 'areaKm2'],
        [{ district: '' }, 'district'],
        [{ chains: [{ chainId: 999_999, isMain: false }] }, 'chains'],
      ] as const) {
        const answer = await write('POST', '/parks', parkBody(overrides), admin);
        expect(answer.status, field).toBe(400);
        expect(Object.keys(fieldsOf(answer))).toContain(field);
      }
      const first = body(await write('POST', '/parks', parkBody(), admin));
      const twin = await write('POST', '/parks', parkBody({ name: first.name }), admin);
      expect(twin.status).toBe(400);
      expect(fieldsOf(twin).name).toMatch(/another park/);
    });
  });

  describe('clusters and their yearly assessments', () => {
    const clusterBody = (overrides: Record<string, unknown> = {}) => ({
      name: `测试集群${next()}`,
      nameEn: null,
      level: 'provincial',
      status: 'candidate',
      recognisedOn: null,
      recognisedBy: null,
      description: null,
      chainIds: [ids.chainA],
      ...overrides,
    });

    it('creates a cluster, changes its status, and the overview’s figures follow; withdrawn it leaves them', async () => {
      const overview = () => getOk(api, '/api/overview', overviewSchema);
      const before = (await overview()).headline.clusters.provincial;
      const created = await write('POST', '/clusters', clusterBody(), editor);
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      const cluster = body(created);
      const recognised = await write(
        'PUT',
        `/clusters/${cluster.id}`,
        {
          ...clusterBody({
            name: cluster.name,
            status: 'recognised',
            recognisedOn: '2026-03-01',
            recognisedBy: '省经信厅',
          }),
          version: 1,
        },
        editor,
      );
      expect(recognised.status, JSON.stringify(recognised.body)).toBe(200);
      expect((await overview()).headline.clusters.provincial).toBe(before + 1);
      const withdrawn = await write(
        'POST',
        `/clusters/${cluster.id}/withdraw`,
        { version: 2 },
        editor,
      );
      expect(withdrawn.status).toBe(200);
      expect((await overview()).headline.clusters.provincial).toBe(before);
      const list = await getOk(api, `/api/clusters?q=${cluster.name}`, clusterPageSchema);
      expect(list.total).toBe(0);
      const page = await getOk(api, `/api/clusters/${cluster.id}`, clusterDetailSchema);
      expect(page.withdrawnAt).not.toBeNull();
    });

    it('keeps yearly assessments as records: create, edit, one a year, 409, withdraw, restore', async () => {
      const cluster = body(await write('POST', '/clusters', clusterBody(), editor));
      const path = `/clusters/${cluster.id}/assessments`;
      const created = await write(
        'POST',
        path,
        { year: 2024, result: 'good', note: '良好' },
        editor,
      );
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      const assessment = body(created);
      const sameYear = await write(
        'POST',
        path,
        { year: 2024, result: 'good', note: null },
        editor,
      );
      expect(sameYear.status).toBe(400);
      expect(Object.keys(fieldsOf(sameYear))).toEqual(['year']);
      const badResult = await write(
        'POST',
        path,
        { year: 2025, result: 'great', note: null },
        editor,
      );
      expect(Object.keys(fieldsOf(badResult))).toEqual(['result']);
      const byOther = await write(
        'POST',
        path,
        { year: 2025, result: 'good', note: null },
        otherEditor,
      );
      expect(byOther.status).toBe(403);
      const missing = await write(
        'POST',
        '/clusters/999999/assessments',
        { year: 2025, result: 'good', note: null },
        admin,
      );
      expect(missing.status).toBe(404);

      const edited = await write(
        'PUT',
        `/cluster-assessments/${assessment.id}`,
        { year: 2024, result: 'excellent', note: null, version: 1 },
        editor,
      );
      expect(edited.status).toBe(200);
      const stale = await write(
        'PUT',
        `/cluster-assessments/${assessment.id}`,
        { year: 2024, result: 'qualified', note: null, version: 1 },
        editor,
      );
      expect(stale.status).toBe(409);
      let page = await getOk(api, `/api/clusters/${cluster.id}`, clusterDetailSchema);
      expect(page.assessments).toMatchObject([
        { year: 2024, result: 'excellent', withdrawnAt: null },
      ]);
      const withdrawn = await write(
        'POST',
        `/cluster-assessments/${assessment.id}/withdraw`,
        { version: 2 },
        editor,
      );
      expect(withdrawn.status).toBe(200);
      page = await getOk(api, `/api/clusters/${cluster.id}`, clusterDetailSchema);
      expect(page.assessments[0]?.withdrawnAt).not.toBeNull();
      const restored = await write(
        'POST',
        `/cluster-assessments/${assessment.id}/restore`,
        { version: 3 },
        editor,
      );
      expect(restored.status).toBe(200);
    });

    it('a cluster of no chain is for administrators; its chains need scope before and after', async () => {
      const none = await write('POST', '/clusters', clusterBody({ chainIds: [] }), editor);
      expect(none.status).toBe(403);
      const cluster = body(await write('POST', '/clusters', clusterBody(), editor));
      const move = await write(
        'PUT',
        `/clusters/${cluster.id}`,
        { ...clusterBody({ name: cluster.name, chainIds: [ids.chainB] }), version: 1 },
        editor,
      );
      expect(move.status).toBe(403);
      const chainsNow = await api.db
        .select({ chainId: clusterChains.chainId })
        .from(clusterChains)
        .where(eq(clusterChains.clusterId, cluster.id as number));
      expect(chainsNow).toEqual([{ chainId: ids.chainA }]);
    });
  });

  it('firm chains are not touched by a refused write', async () => {
    const rows = await api.db.select().from(firmChains).where(eq(firmChains.firmId, ids.firmOfA));
    expect(rows.length).toBeGreaterThan(0);
  });
});
