import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSheetFile, toSheet, writeWorkbook, type SheetLanguage } from '../../server/app/sheets';
import {
  indicatorValueColumns,
  indicatorValuesSheetName,
} from '../../server/app/sheets/columns/indicator-values';
import {
  auditEvents,
  chains,
  firmChains,
  firms,
  indicators,
  indicatorValues,
  parks,
} from '../../server/db/schema';
import { createTestUser } from '../support/sessions';
import { engines } from '../support/test-database';
import { sqlRows, useTestApi } from './support/api';
import { importFile, postFile, previewedCommitPath } from './support/import-files';
import { fingerprintQuery, loadSampleIds, sendWrite, type SampleIds } from './support/writes';

/*
 * Imports through the routes: templates that import as they are, round trips, every bad file,
 * scope, stale previews and retries. A refused import leaves every table as it was.
 */

describe.each(engines)('imports on %s', (engine) => {
  const api = useTestApi(engine, { sample: true });
  let ids: SampleIds;
  let admin: string;
  let editorOfA: string;
  let editorOfB: string;
  let viewer: string;

  beforeAll(async () => {
    ids = await loadSampleIds(api.db);
    admin = (await createTestUser(api.db, { role: 'admin' })).cookie;
    editorOfA = (await createTestUser(api.db, { role: 'editor', chainIds: [ids.chainA] })).cookie;
    editorOfB = (await createTestUser(api.db, { role: 'editor', chainIds: [ids.chainB] })).cookie;
    viewer = (await createTestUser(api.db, { role: 'viewer' })).cookie;
    // The sample's figures are all of closed (locked) quarters; these tests are about the
    // importer, so an administrator reopens them (indicator-trust.test.ts tests the lock).
    const periods = await api.db
      .selectDistinct({ period: indicatorValues.period })
      .from(indicatorValues);
    for (const { period } of periods) {
      const reopened = await sendWrite(
        api.app,
        {
          method: 'POST',
          path: `/api/indicator-periods/${period}/reopen`,
          body: { until: '2026-06-30', reason: '导入测试', version: null },
        },
        { cookie: admin },
      );
      expect(reopened.status, JSON.stringify(reopened.body)).toBe(200);
    }
  }, 60_000);

  /** The firms of chain A as a sheet: what an export of the list gives. */
  async function firmRowsOfA() {
    const rows = await api.db
      .select({ firm: firms, park: parks.name })
      .from(firms)
      .innerJoin(firmChains, eq(firmChains.firmId, firms.id))
      .leftJoin(parks, eq(parks.id, firms.parkId))
      .where(eq(firmChains.chainId, ids.chainA))
      .orderBy(asc(firms.id))
      .limit(8);
    const chainLinks = await api.db
      .select({ firmId: firmChains.firmId, name: chains.name })
      .from(firmChains)
      .innerJoin(chains, eq(chains.id, firmChains.chainId))
      .where(
        inArray(
          firmChains.firmId,
          rows.map((row) => row.firm.id),
        ),
      );
    return rows.map(({ firm, park }) => ({
      name: firm.name,
      nameEn: firm.nameEn,
      creditCode: firm.creditCode,
      parkId: park,
      chainIds: chainLinks
        .filter((link) => link.firmId === firm.id)
        .map((link) => link.name)
        .join('、'),
      revenueBand: firm.revenueBand,
      revenueYi: firm.revenueYi,
      tags: firm.tags.join('、'),
      foundedYear: firm.foundedYear,
      employees: firm.employees,
    }));
  }

  const fingerprint = () => sqlRows(api, fingerprintQuery);

  it.each(['firms', 'projects', 'problems', 'indicator-values', 'leads'] as const)(
    'the %s template (xlsx and csv) previews as one insert and imports',
    async (kind) => {
      for (const format of ['xlsx', 'csv'] as const) {
        const res = await api.app.request(`/api/imports/${kind}/template?format=${format}`, {
          headers: { cookie: editorOfA },
        });
        expect(res.status).toBe(200);
        const file = new Uint8Array(await res.arrayBuffer());
        expect((await readSheetFile(file)).header[0]).toMatch(/[\u4e00-\u9fff]/);
        const preview = await postFile(
          api.app,
          `/api/imports/${kind}/preview?name=t.${format}`,
          file,
          { cookie: editorOfA },
        );
        expect(preview.status, JSON.stringify(preview.body)).toBe(200);
        expect(preview.body.problems).toEqual([]);
        // The second format's example is the same record: already there after the first.
        if (format === 'csv') continue;
        expect(preview.body.inserts).toBe(1);
        const path = `/api/imports/${kind}?name=t.xlsx&preview=${preview.body.preview}`;
        const commit = await postFile(api.app, path, file, { cookie: editorOfA });
        expect(commit.status, JSON.stringify(commit.body)).toBe(201);
        expect(commit.body.inserted).toBe(1);
      }
    },
  );

  it('round trip: the exported firms preview as unchanged; changed figures update exactly', async () => {
    const rows = await firmRowsOfA();
    const [chainA] = await api.db.select().from(chains).where(eq(chains.id, ids.chainA));
    const chainAName = chainA?.name ?? '';
    const unchanged = await postFile(
      api.app,
      '/api/imports/firms/preview?name=f.xlsx',
      await importFile('firms', rows, 'xlsx'),
      { cookie: editorOfA },
    );
    expect(unchanged.body).toMatchObject({ inserts: 0, updates: 0, unchanged: rows.length });

    const changed = rows.map((row, index) =>
      index < 2 ? { ...row, revenueYi: Number(row.revenueYi ?? 0) + 1.5 } : row,
    );
    const newFirm = {
      name: '导入测试新企业',
      creditCode: '91510703MA6TEXTQ2L',
      chainIds: chainAName,
      revenueBand: '十亿级',
    };
    const file = await importFile('firms', [...changed, newFirm], 'xlsx');
    const preview = await postFile(api.app, '/api/imports/firms/preview?name=f.xlsx', file, {
      cookie: editorOfA,
    });
    expect(preview.body.problems).toEqual([]);
    expect(preview.body).toMatchObject({ inserts: 1, updates: 2, unchanged: rows.length - 2 });
    const updates = preview.body.changes?.filter((change) => change.action === 'update') ?? [];
    expect(updates.map((change) => change.changes.map((c) => c.column))).toEqual([
      ['revenueYi'],
      ['revenueYi'],
    ]);

    const commit = await postFile(
      api.app,
      `/api/imports/firms?name=f.xlsx&preview=${preview.body.preview}`,
      file,
      { cookie: editorOfA, headers: { 'idempotency-key': 'round-trip-1' } },
    );
    expect(commit.status, JSON.stringify(commit.body)).toBe(201);
    expect(commit.body).toMatchObject({ inserted: 1, updated: 2 });
    const codes = changed.slice(0, 2).map((row) => row.creditCode as string);
    const stored = await api.db.select().from(firms).where(inArray(firms.creditCode, codes));
    expect(stored.map((firm) => firm.version)).toEqual([2, 2]);
    const events = await api.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.entityType, 'firm'),
          inArray(
            auditEvents.entityId,
            stored.map((firm) => String(firm.id)),
          ),
        ),
      );
    expect(events.map((event) => event.action)).toEqual(['update', 'update']);
    const [added] = await api.db
      .select()
      .from(firms)
      .where(eq(firms.creditCode, '91510703MA6TEXTQ2L'));
    expect(added).toMatchObject({ version: 1, revenueBand: 'over_1b' });

    // The same commit again (a retry after a lost answer) answers the same and writes nothing.
    const before = await fingerprint();
    const retry = await postFile(
      api.app,
      `/api/imports/firms?name=f.xlsx&preview=${preview.body.preview}`,
      file,
      { cookie: editorOfA, headers: { 'idempotency-key': 'round-trip-1' } },
    );
    expect(retry.body).toEqual(commit.body);
    expect(await fingerprint()).toEqual(before);
  });

  it('the firms list exported from the app (its own route) previews as all unchanged', async () => {
    const res = await api.app.request(`/api/exports/firms?format=xlsx&chain=${ids.chainA}`, {
      headers: { cookie: editorOfA },
    });
    expect(res.status).toBe(200);
    const file = new Uint8Array(await res.arrayBuffer());
    const preview = await postFile(api.app, '/api/imports/firms/preview?name=e.xlsx', file, {
      cookie: editorOfA,
    });
    expect(preview.body.problems).toEqual([]);
    expect(preview.body).toMatchObject({ inserts: 0, updates: 0 });
    expect(preview.body.unchanged).toBeGreaterThan(0);
  });

  it('a column left out of the file keeps its stored values', async () => {
    const res = await api.app.request(`/api/exports/firms?format=csv&chain=${ids.chainA}`, {
      headers: { cookie: editorOfA },
    });
    const exported = await readSheetFile(new Uint8Array(await res.arrayBuffer()));
    const dropped = exported.header.indexOf('员工人数');
    expect(dropped).toBeGreaterThan(-1);
    const csv = [exported.header, ...exported.rows.map((row) => row.cells)]
      .map((cells) =>
        cells
          .filter((_, index) => index !== dropped)
          .map((cell) => `"${String(cell ?? '').replaceAll('"', '""')}"`)
          .join(','),
      )
      .join('\r\n');
    const employeesBefore = await sqlRows(api, sql`select id, employees from firms order by id`);

    const preview = await postFile(
      api.app,
      '/api/imports/firms/preview?name=e.csv',
      new TextEncoder().encode(csv),
      { cookie: editorOfA },
    );
    expect(preview.body.problems).toEqual([]);
    expect(preview.body).toMatchObject({ inserts: 0, updates: 0 });
    expect(preview.body.unchanged).toBe(exported.rows.length);
    expect(await sqlRows(api, sql`select id, employees from firms order by id`)).toEqual(
      employeesBefore,
    );
  });

  /** The workbook with one cell changed: the cell under `header` in sheet row `row`. */
  async function withCell(
    file: Uint8Array,
    header: string,
    row: number,
    change: (v: unknown) => ExcelJS.CellValue,
  ) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file as unknown as ExcelJS.Buffer);
    const [sheet] = workbook.worksheets;
    if (!sheet) throw new Error('no worksheet');
    const headers = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1);
    const cell = sheet.getCell(row, headers.indexOf(header) + 1);
    cell.value = change(cell.value);
    return new Uint8Array(await workbook.xlsx.writeBuffer());
  }

  /** Chain A's indicator figures as the indicator export's columns write them. */
  async function indicatorValuesFile(language: SheetLanguage) {
    const rows = await api.db
      .select({
        chainCode: chains.code,
        chainName: chains.name,
        indicatorCode: indicators.code,
        indicatorName: indicators.name,
        unit: indicators.unit,
        period: indicatorValues.period,
        value: indicatorValues.value,
        target: indicatorValues.target,
        warningThreshold: indicatorValues.warningThreshold,
        excellentThreshold: indicatorValues.excellentThreshold,
        asOf: indicatorValues.asOf,
        source: indicatorValues.source,
        enteredAt: indicatorValues.enteredAt,
      })
      .from(indicatorValues)
      .innerJoin(indicators, eq(indicators.id, indicatorValues.indicatorId))
      .innerJoin(chains, eq(chains.id, indicators.chainId))
      .where(eq(indicators.chainId, ids.chainA))
      .orderBy(asc(indicatorValues.id));
    const sheet = toSheet(
      indicatorValuesSheetName,
      indicatorValueColumns,
      rows.map((row) => ({ ...row, enteredBy: null })),
      language,
    );
    return { rows: rows.length, file: await writeWorkbook([sheet], 'xlsx') };
  }

  const exported = (list: string, language: SheetLanguage) => async () => {
    const res = await api.app.request(
      `/api/exports/${list}?format=xlsx&lang=${language}&chain=${ids.chainA}`,
      { headers: { cookie: editorOfA } },
    );
    expect(res.status).toBe(200);
    const file = new Uint8Array(await res.arrayBuffer());
    return { rows: (await readSheetFile(file)).rows.length, file };
  };

  const roundTrips: [
    string,
    () => Promise<{ rows: number; file: Uint8Array }>,
    string,
    (value: unknown) => ExcelJS.CellValue,
    string,
  ][] = [
    [
      'projects',
      exported('projects', 'en-US'),
      'Investment (100M CNY)',
      (v) => Number(v) + 1,
      'investmentYi',
    ],
    ['problems', exported('problems', 'zh-CN'), '类别', (v) => `${String(v)}（改）`, 'category'],
    [
      'indicator-values',
      () => indicatorValuesFile('zh-CN'),
      '实际值',
      (v) => Number(v) + 0.5,
      'value',
    ],
    [
      'indicator-values',
      () => indicatorValuesFile('en-US'),
      'Target',
      (v) => Number(v) + 2,
      'target',
    ],
  ];

  it.each(roundTrips)(
    'round trip of exported %s: all unchanged; one changed cell is the one update',
    async (kind, exportFile, header, change, field) => {
      const { rows, file } = await exportFile();
      expect(rows).toBeGreaterThan(1);
      const same = await postFile(api.app, `/api/imports/${kind}/preview?name=e.xlsx`, file, {
        cookie: editorOfA,
      });
      expect(same.status, JSON.stringify(same.body)).toBe(200);
      expect(same.body).toMatchObject({ problems: [], inserts: 0, updates: 0, unchanged: rows });

      const edited = await withCell(file, header, 3, change);
      const preview = await postFile(api.app, `/api/imports/${kind}/preview?name=e.xlsx`, edited, {
        cookie: editorOfA,
      });
      expect(preview.body).toMatchObject({
        problems: [],
        inserts: 0,
        updates: 1,
        unchanged: rows - 1,
      });
      expect(preview.body.changes).toEqual([
        expect.objectContaining({
          row: 3,
          action: 'update',
          changes: [expect.objectContaining({ column: field })],
        }),
      ]);
      const commit = await postFile(
        api.app,
        `/api/imports/${kind}?name=e.xlsx&preview=${preview.body.preview}`,
        edited,
        { cookie: editorOfA },
      );
      expect(commit.status, JSON.stringify(commit.body)).toBe(201);
      expect(commit.body).toMatchObject({ inserted: 0, updated: 1 });
    },
  );

  it('an indicator figure changed in the sheet is the one update', async () => {
    const [value] = await api.db
      .select({ row: indicatorValues, code: indicators.code })
      .from(indicatorValues)
      .innerJoin(indicators, eq(indicators.id, indicatorValues.indicatorId))
      .where(eq(indicators.chainId, ids.chainA))
      .limit(1);
    if (!value) throw new Error('no indicator value');
    const [chain] = await api.db.select().from(chains).where(eq(chains.id, ids.chainA));
    const row = {
      chainId: chain?.code ?? '',
      indicator: value.code,
      period: value.row.period,
      value: value.row.value,
      target: value.row.target,
      warningThreshold: value.row.warningThreshold,
      excellentThreshold: value.row.excellentThreshold,
      asOf: value.row.asOf,
      source: value.row.source,
    };
    const same = await postFile(
      api.app,
      '/api/imports/indicator-values/preview',
      await importFile('indicator-values', [row]),
      { cookie: editorOfA },
    );
    expect(same.body).toMatchObject({ unchanged: 1, updates: 0, problems: [] });
    const file = await importFile('indicator-values', [{ ...row, value: 123.25 }]);
    const path = await previewedCommitPath(api.app, 'indicator-values', file, editorOfA);
    const commit = await postFile(api.app, path, file, { cookie: editorOfA });
    expect(commit.body).toMatchObject({ updated: 1, inserted: 0 });
    const [stored] = await api.db
      .select()
      .from(indicatorValues)
      .where(eq(indicatorValues.id, value.row.id));
    expect(stored).toMatchObject({ value: 123.25, version: value.row.version + 1 });
  });

  it('one bad row: the preview names it, the commit is 400 and writes nothing', async () => {
    const rows = await firmRowsOfA();
    const file = await importFile('firms', [
      { ...rows[0], revenueYi: 99 },
      { ...rows[1], revenueYi: 'lots', foundedYear: 1500 },
    ]);
    const preview = await postFile(api.app, '/api/imports/firms/preview', file, { cookie: admin });
    expect(preview.body.problems).toEqual([
      expect.objectContaining({ row: 3, column: 'revenueYi', code: 'invalid_number' }),
    ]);
    const before = await fingerprint();
    const commit = await postFile(
      api.app,
      `/api/imports/firms?preview=${preview.body.preview}`,
      file,
      { cookie: admin },
    );
    expect(commit.status).toBe(400);
    expect(commit.body.problems?.[0]).toMatchObject({ row: 3, code: 'invalid_number' });
    expect(await fingerprint()).toEqual(before);
  });

  const utf8 = (text: string) => new TextEncoder().encode(text);
  const badFiles: [string, () => Promise<Uint8Array> | Uint8Array, string][] = [
    ['empty', () => new Uint8Array(0), 'empty'],
    [
      'an image',
      () => Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2]),
      'unsupported_type',
    ],
    ['a damaged workbook', () => zipSync({ 'notes.txt': utf8('hello') }), 'malformed'],
    [
      'a zip bomb',
      () => zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(2 * 1024 * 1024) }),
      'zip_bomb',
    ],
    [
      'mixed encodings',
      () => Uint8Array.from([...utf8('企业名称\n'), 0xff, 0xfe, 0x81, 0x0a]),
      'encoding',
    ],
    ['over the size limit', () => new Uint8Array(10 * 1024 * 1024 + 1).fill(0x41), 'too_large'],
  ];

  it.each(badFiles)(
    '%s: a clear 400 at preview and commit, nothing written',
    async (_, make, code) => {
      const file = await make();
      const before = await fingerprint();
      for (const path of ['/api/imports/firms/preview', '/api/imports/firms?preview=x']) {
        const answer = await postFile(api.app, path, file, { cookie: admin });
        expect(answer.status, JSON.stringify(answer.body)).toBe(400);
        expect(answer.body.error).toMatchObject({ code: 'invalid_file', fields: { file: code } });
      }
      expect(await fingerprint()).toEqual(before);
    },
  );

  it('missing, unknown and duplicate columns are the file’s problems', async () => {
    const file = await importFile('firms', [{ name: '某企业', creditCode: 'X' }], 'csv', [
      'name',
      'name',
      'creditCode',
    ]);
    const text = new TextDecoder()
      .decode(file)
      .replace('统一社会信用代码', '统一社会信用代码,备注');
    const answer = await postFile(api.app, '/api/imports/firms/preview', utf8(text), {
      cookie: admin,
    });
    expect(answer.status).toBe(400);
    const codes = answer.body.problems?.map((problem) => `${problem.code}:${problem.column}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        'duplicate_column:name',
        'unknown_column:null',
        'missing_column:chainIds',
        'missing_column:revenueBand',
      ]),
    );
  });

  it('rows of another chain: problems in the preview, 403 at commit, nothing written', async () => {
    // A firm of chain A alone: a firm also in B would be the B editor's too.
    const onlyOfA = (await firmRowsOfA()).find((row) => !row.chainIds.includes('、'));
    const file = await importFile('firms', [{ ...onlyOfA, employees: 7 }]);
    const preview = await postFile(api.app, '/api/imports/firms/preview', file, {
      cookie: editorOfB,
    });
    expect(preview.body.problems).toEqual([
      expect.objectContaining({ row: 2, code: 'not_editable' }),
    ]);
    const before = await fingerprint();
    const commit = await postFile(
      api.app,
      `/api/imports/firms?preview=${preview.body.preview}`,
      file,
      { cookie: editorOfB },
    );
    expect(commit.status).toBe(403);
    expect(await fingerprint()).toEqual(before);
  });

  it('viewers may neither preview, commit nor download a template', async () => {
    const file = await importFile('firms', []);
    expect(
      (await postFile(api.app, '/api/imports/firms/preview', file, { cookie: viewer })).status,
    ).toBe(403);
    expect(
      (await postFile(api.app, '/api/imports/firms?preview=x', file, { cookie: viewer })).status,
    ).toBe(403);
    const template = await api.app.request('/api/imports/firms/template', {
      headers: { cookie: viewer },
    });
    expect(template.status).toBe(403);
  });

  // PGlite runs one transaction at a time: only PostgreSQL can have two inserts clash.
  it.runIf(engine === 'postgres')(
    'a new firm another writer commits while the import inserts it: 409, not 500',
    async () => {
      const [chainA] = await api.db.select().from(chains).where(eq(chains.id, ids.chainA));
      const creditCode = '91510703MA6RACE018';
      const file = await importFile('firms', [
        { name: '抢先写入的企业', creditCode, chainIds: chainA?.name ?? '', revenueBand: '十亿级' },
      ]);
      const path = await previewedCommitPath(api.app, 'firms', file, editorOfA);
      let commit: Promise<{ status: number }> | undefined;
      // The other writer's firm is inserted but not committed: the import plans an insert of
      // the same credit code and waits on it; the other writer's commit makes its insert clash.
      await api.db.transaction(async (tx) => {
        await tx.insert(firms).values({ name: '另一写入者', creditCode, revenueBand: 'over_1b' });
        commit = postFile(api.app, path, file, { cookie: editorOfA });
        for (let waiting = 0; waiting === 0;) {
          await new Promise((resolve) => setTimeout(resolve, 20));
          const [row] = await sqlRows(
            api,
            sql`select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()`,
          );
          waiting = Number((row as { n: number } | undefined)?.n ?? 0);
        }
      });
      expect((await commit)?.status).toBe(409);
    },
  );

  it('a record changed since the preview: 409, preview again, nothing written', async () => {
    const rows = await firmRowsOfA();
    const file = await importFile('firms', [{ ...rows[2], employees: 4321 }]);
    const path = await previewedCommitPath(api.app, 'firms', file, editorOfA);
    await api.db
      .update(firms)
      .set({ version: 99 })
      .where(eq(firms.creditCode, rows[2]?.creditCode as string));
    const before = await fingerprint();
    const commit = await postFile(api.app, path, file, { cookie: editorOfA });
    expect(commit.status).toBe(409);
    expect(await fingerprint()).toEqual(before);
  });
});
