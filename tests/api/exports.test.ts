import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { cityWallClock } from '../../server/app/sheets/cell-values';
import { auditEventColumns } from '../../server/app/sheets/columns/audit-events';
import { policyColumns } from '../../server/app/sheets/columns/policies';
import { indicatorValueColumns } from '../../server/app/sheets/columns/indicator-values';
import { clusterColumns } from '../../server/app/sheets/columns/clusters';
import { firmColumns } from '../../server/app/sheets/columns/firms';
import { meetingColumns } from '../../server/app/sheets/columns/meetings';
import { parkColumns } from '../../server/app/sheets/columns/parks';
import { problemColumns } from '../../server/app/sheets/columns/problems';
import { auditPageSchema } from '../../server/contract/audit';
import { auditEvents } from '../../server/db/schema';
import { chainDetailSchema } from '../../server/contract/chains';
import { chainIndicatorsSchema } from '../../server/contract/indicators';
import { clusterPageSchema } from '../../server/contract/clusters';
import { firmPageSchema } from '../../server/contract/firms';
import { parkPageSchema } from '../../server/contract/parks';
import { meetingPageSchema } from '../../server/contract/meetings';
import { problemPageSchema } from '../../server/contract/problems';
import { projectPageSchema } from '../../server/contract/projects';
import { createTestUser } from '../support/sessions';
import { SAMPLE_TODAY } from '../support/sample-clock';
import { engines } from '../support/test-database';
import {
  expectInvalid,
  getError,
  getOk,
  sqlNumber,
  sqlRows,
  useTestApi,
  type TestApi,
} from './support/api';

async function download(api: TestApi, path: string) {
  const res = await api.app.request(path, { headers: { cookie: api.cookie } });
  expect(res.status).toBe(200);
  return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
}

/** The same API as an administrator. */
async function asAdmin(api: TestApi): Promise<TestApi> {
  const { cookie } = await createTestUser(api.db, { role: 'admin' });
  return { app: api.app, db: api.db, cookie };
}

async function worksheetOf(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const [worksheet] = workbook.worksheets;
  if (!worksheet) throw new Error('no worksheet');
  return worksheet;
}

/** The values of row `n`, 1-based as in the sheet. */
const rowOf = (worksheet: ExcelJS.Worksheet, n: number) =>
  (worksheet.getRow(n).values as ExcelJS.CellValue[]).slice(1);

describe.each(engines)('exports on %s', (engine) => {
  const api = useTestApi(engine, { sample: true });

  test('firms as XLSX: Chinese headers, the filtered list in its sort, real numbers', async () => {
    const filters = 'tag=single_champion&sort=revenue&order=desc';
    const page = await getOk(api, `/api/firms?${filters}&pageSize=100`, firmPageSchema);
    expect(page.total).toBeGreaterThan(1);
    expect(page.total).toBeLessThanOrEqual(100);
    const { res, bytes } = await download(api, `/api/exports/firms?${filters}&format=xlsx`);
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers.get('cache-control')).toContain('no-store');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="firms_${SAMPLE_TODAY}.xlsx"; filename*=UTF-8''${encodeURIComponent(`企业_${SAMPLE_TODAY}.xlsx`)}`,
    );
    const worksheet = await worksheetOf(bytes);
    expect(worksheet.name).toBe('企业');
    expect(rowOf(worksheet, 1)).toEqual(firmColumns.map((column) => column.header['zh-CN']));
    expect(worksheet.rowCount).toBe(page.total + 1);
    const names = page.items.map((_, index) => worksheet.getCell(index + 2, 1).value);
    expect(names).toEqual(page.items.map((firm) => firm.name));
    const revenueColumn = firmColumns.findIndex((column) => column.key === 'revenueYi') + 1;
    page.items.forEach((firm, index) => {
      const cell = worksheet.getCell(index + 2, revenueColumn);
      expect(cell.value).toBe(firm.revenueYi);
    });
    expect(worksheet.getCell(2, revenueColumn).type).toBe(ExcelJS.ValueType.Number);
  });

  test('projects as CSV in English: UTF-8 with BOM, days as YYYY-MM-DD', async () => {
    const filters = 'stage=started&sort=investment&order=asc';
    const page = await getOk(api, `/api/projects?${filters}&pageSize=100`, projectPageSchema);
    const { res, bytes } = await download(
      api,
      `/api/exports/projects?${filters}&format=csv&lang=en-US`,
    );
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain("filename*=UTF-8''Projects_");
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<string[]>(new TextDecoder().decode(bytes), {
      skipEmptyLines: true,
    });
    const [header = [], ...rows] = parsed.data;
    expect(header.slice(0, 3)).toEqual(['Name', 'English name', 'Chain']);
    expect(header).toContain('Investment (100M CNY)');
    expect(rows.map((row) => row[0])).toEqual(page.items.map((project) => project.name));
    const signedOn = header.indexOf('Signed on');
    expect(rows.map((row) => row[signedOn])).toEqual(page.items.map((project) => project.signedOn));
  });

  test('meetings as XLSX: the list’s filters and order, city-wide ones named so', async () => {
    const filters = 'from=2026-01-01&to=2026-03-31&sort=heldOn&order=asc';
    const page = await getOk(api, `/api/meetings?${filters}&pageSize=100`, meetingPageSchema);
    expect(page.total).toBeGreaterThan(0);
    expect(page.total).toBeLessThanOrEqual(100);
    const worksheet = await worksheetOf(
      (await download(api, `/api/exports/meetings?${filters}`)).bytes,
    );
    expect(rowOf(worksheet, 1)).toEqual(meetingColumns.map((column) => column.header['zh-CN']));
    expect(worksheet.rowCount).toBe(page.total + 1);
    const column = (key: string) => meetingColumns.findIndex((each) => each.key === key) + 1;
    page.items.forEach((meeting, index) => {
      expect(worksheet.getCell(index + 2, column('title')).value).toBe(meeting.title);
      expect(worksheet.getCell(index + 2, column('chain')).value).toBe(
        meeting.chain?.name ?? '全市',
      );
      expect(worksheet.getCell(index + 2, column('firmCount')).value).toBe(meeting.firmCount);
    });
    expect(worksheet.getCell(2, column('heldOn')).type).toBe(ExcelJS.ValueType.Date);
    await expectInvalid(api, '/api/exports/meetings?from=2026-05-01&to=2026-04-01', 'to');
    expect((await api.app.request('/api/exports/meetings')).status).toBe(401);
  });

  test('projects as XLSX: days are date cells', async () => {
    const page = await getOk(api, '/api/projects?sort=signedOn&order=asc', projectPageSchema);
    const worksheet = await worksheetOf((await download(api, '/api/exports/projects')).bytes);
    const signedOn = rowOf(worksheet, 1).indexOf('签约日期') + 1;
    const cell = worksheet.getCell(worksheet.rowCount, signedOn);
    expect(cell.type).toBe(ExcelJS.ValueType.Date);
    expect(cell.numFmt).toBe('yyyy-mm-dd');
    expect((cell.value as Date).toISOString().slice(0, 10)).toBe(page.items[0]?.signedOn);
  });

  test('text that starts like a formula is never one, in XLSX or CSV', async () => {
    const [target] = await sqlRows(api, sql`select id from problems order by id limit 1`);
    const title = '=HYPERLINK("http://evil.example","点我")';
    await api.db.execute(sql`update problems set title = ${title} where id = ${target?.id}`);
    const query = `q=${encodeURIComponent('evil.example')}`;
    const page = await getOk(api, `/api/problems?${query}`, problemPageSchema);
    expect(page.items.map((problem) => problem.title)).toEqual([title]);

    const worksheet = await worksheetOf(
      (await download(api, `/api/exports/problems?${query}`)).bytes,
    );
    expect(rowOf(worksheet, 1)).toEqual(problemColumns.map((column) => column.header['zh-CN']));
    const cell = worksheet.getCell(2, 1);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe(title);

    const csv = (await download(api, `/api/exports/problems?${query}&format=csv`)).bytes;
    const [, row] = Papa.parse<string[]>(new TextDecoder().decode(csv)).data;
    expect(row?.[0]).toBe(`'${title}`);
  });

  test('parks as XLSX: the filtered parks, occupancy and output as numbers', async () => {
    const page = await getOk(api, '/api/parks?specialty=true&sort=name', parkPageSchema);
    expect(page.total).toBeGreaterThan(1);
    const { bytes } = await download(api, '/api/exports/parks?specialty=true&sort=name&lang=en-US');
    const worksheet = await worksheetOf(bytes);
    expect(worksheet.name).toBe('Parks');
    expect(rowOf(worksheet, 1)).toEqual(parkColumns.map((column) => column.header['en-US']));
    expect(worksheet.rowCount).toBe(page.total + 1);
    const output = parkColumns.findIndex((column) => column.key === 'outputYi') + 1;
    page.items.forEach((park, index) => {
      expect(worksheet.getCell(index + 2, 1).value).toBe(park.name);
      expect(worksheet.getCell(index + 2, output).value).toBe(park.outputYi);
    });
  });

  test('clusters as CSV: the filtered clusters with their level as a label', async () => {
    const page = await getOk(api, '/api/clusters?level=national&sort=name', clusterPageSchema);
    expect(page.total).toBeGreaterThan(0);
    const { bytes } = await download(
      api,
      '/api/exports/clusters?level=national&sort=name&format=csv',
    );
    const [header = [], ...rows] = Papa.parse<string[]>(new TextDecoder().decode(bytes), {
      skipEmptyLines: true,
    }).data;
    expect(header).toEqual(clusterColumns.map((column) => column.header['zh-CN']));
    expect(rows.map((row) => row[0])).toEqual(page.items.map((cluster) => cluster.name));
    expect(new Set(rows.map((row) => row[header.indexOf('级别')]))).toEqual(new Set(['国家级']));
  });

  test('audit trail: administrators get the page’s filters newest first, times as date cells', async () => {
    const admin = await asAdmin(api);
    const [chain] = await sqlRows(api, sql`select id from chains order by id limit 1`);
    const chainId = Number(chain?.id);
    await api.db.insert(auditEvents).values([
      ...[1, 2, 3].map((n) => ({
        at: new Date(`2026-11-0${n}T08:30:00Z`),
        actor: 'auditor',
        action: 'update',
        entityType: 'policy',
        entityId: String(n),
        chainId,
        before: { title: `旧${n}`, status: 'issued' },
        after: { title: `新${n}`, status: 'issued' },
      })),
      { actor: 'auditor', action: 'create', entityType: 'problem', entityId: '9', chainId },
    ]);
    const filters = `action=update&chainId=${chainId}`;
    const page = await getOk(admin, `/api/audit-events?${filters}&pageSize=100`, auditPageSchema);
    expect(page.items.map((event) => event.entityId)).toEqual(['3', '2', '1']);

    const zh = await worksheetOf((await download(admin, `/api/exports/audit?${filters}`)).bytes);
    expect(zh.name).toBe('修改记录');
    expect(rowOf(zh, 1)).toEqual(auditEventColumns.map((column) => column.header['zh-CN']));
    expect(zh.rowCount).toBe(page.total + 1);
    page.items.forEach((event, index) => {
      const at = zh.getCell(index + 2, 1);
      expect(at.type).toBe(ExcelJS.ValueType.Date);
      expect(at.value).toEqual(cityWallClock(new Date(event.at)));
      expect(zh.getCell(index + 2, 3).value).toBe('修改');
      expect(zh.getCell(index + 2, 5).value).toBe(event.entityId);
    });
    expect(zh.getCell(2, 1).value).toEqual(new Date('2026-11-03T16:30:00Z'));
    expect(zh.getCell(2, 6).value).toBe(
      (await sqlRows(api, sql`select name from chains where id = ${chainId}`))[0]?.name,
    );
    expect(zh.getCell(2, 7).value).toBe('title: 旧3 → 新3');

    const en = await worksheetOf(
      (await download(admin, `/api/exports/audit?${filters}&lang=en-US`)).bytes,
    );
    expect(rowOf(en, 1)).toEqual(auditEventColumns.map((column) => column.header['en-US']));
    expect(en.getCell(2, 3).value).toBe('Changed');
  });

  test('audit trail: only administrators may export it', async () => {
    const editor = await createTestUser(api.db, { role: 'editor' });
    for (const cookie of [api.cookie, editor.cookie]) {
      const res = await api.app.request('/api/exports/audit', { headers: { cookie } });
      expect(res.status).toBe(403);
    }
    expect((await api.app.request('/api/exports/audit')).status).toBe(401);
  });

  test('policies: one chain’s package as the chain page lists it, or every chain’s', async () => {
    const [chain] = await sqlRows(
      api,
      sql`select chain_id as id from policies where issued_on is not null
          group by chain_id order by count(*) desc limit 1`,
    );
    const detail = await getOk(api, `/api/chains/${chain?.id}`, chainDetailSchema);
    const listed = detail.fiveOnes.policy_package.policies;
    expect(listed.length).toBeGreaterThan(1);
    const retiredAt = new Date('2026-05-04T02:00:00Z');
    await api.db.execute(
      sql`update policies set retired_at = ${retiredAt} where id = ${listed[0]?.id}`,
    );

    const zh = await worksheetOf(
      (await download(api, `/api/exports/policies?chain=${chain?.id}`)).bytes,
    );
    expect(zh.name).toBe('扶持政策');
    expect(rowOf(zh, 1)).toEqual(policyColumns.map((column) => column.header['zh-CN']));
    expect(zh.rowCount).toBe(listed.length + 1);
    const column = (key: string) => policyColumns.findIndex((c) => c.key === key) + 1;
    listed.forEach((policy, index) => {
      expect(zh.getCell(index + 2, column('chain')).value).toBe(detail.name);
      expect(zh.getCell(index + 2, column('title')).value).toBe(policy.title);
      expect(zh.getCell(index + 2, column('budgetWan')).value).toBe(policy.budgetWan);
    });
    const issuedOn = zh.getCell(2, column('issuedOn'));
    expect(issuedOn.type).toBe(ExcelJS.ValueType.Date);
    expect((issuedOn.value as Date).toISOString().slice(0, 10)).toBe(listed[0]?.issuedOn);
    expect(zh.getCell(2, column('retired')).value).toBe('已废止');
    expect(zh.getCell(2, column('retiredAt')).value).toEqual(new Date('2026-05-04T10:00:00Z'));
    expect(zh.getCell(3, column('retired')).value).toBe('有效');

    const en = await worksheetOf(
      (await download(api, `/api/exports/policies?chain=${chain?.id}&lang=en-US`)).bytes,
    );
    expect(rowOf(en, 1)).toEqual(policyColumns.map((c) => c.header['en-US']));
    expect(en.getCell(2, column('retired')).value).toBe('Retired');

    const everyChain = await worksheetOf((await download(api, '/api/exports/policies')).bytes);
    const total = await sqlNumber(api, sql`select count(*)::int as n from policies`);
    expect(total).toBeGreaterThan(listed.length);
    expect(everyChain.rowCount).toBe(total + 1);
    expect((await api.app.request('/api/exports/policies')).status).toBe(401);
  });

  test('indicator values: one chain’s figures as its chain page has them, or every chain’s', async () => {
    const [chain] = await sqlRows(
      api,
      sql`select chain_id as id from indicators group by chain_id order by chain_id limit 1`,
    );
    const { indicators } = await getOk(
      api,
      `/api/chains/${chain?.id}/indicators`,
      chainIndicatorsSchema,
    );
    const figures = indicators.flatMap((indicator) =>
      indicator.values.map((value) => ({ indicator, value })),
    );
    expect(figures.length).toBeGreaterThan(1);

    const zh = await worksheetOf(
      (await download(api, `/api/exports/indicator-values?chain=${chain?.id}`)).bytes,
    );
    expect(zh.name).toBe('指标数据');
    expect(rowOf(zh, 1)).toEqual(indicatorValueColumns.map((column) => column.header['zh-CN']));
    expect(zh.rowCount).toBe(figures.length + 1);
    const [first] = figures;
    expect(rowOf(zh, 2).slice(2, 7)).toEqual([
      first?.indicator.code,
      first?.indicator.name,
      first?.indicator.unit,
      first?.value.period,
      first?.value.value,
    ]);
    expect(zh.getCell(2, 7).type).toBe(ExcelJS.ValueType.Number);

    const en = await worksheetOf(
      (await download(api, `/api/exports/indicator-values?chain=${chain?.id}&lang=en-US`)).bytes,
    );
    expect(rowOf(en, 1)).toEqual(indicatorValueColumns.map((column) => column.header['en-US']));

    const everyChain = await worksheetOf(
      (await download(api, '/api/exports/indicator-values')).bytes,
    );
    const total = await sqlNumber(api, sql`select count(*)::int as n from indicator_values`);
    expect(total).toBeGreaterThan(figures.length);
    expect(everyChain.rowCount).toBe(total + 1);
    expect((await api.app.request('/api/exports/indicator-values')).status).toBe(401);
  });

  test('export all: one workbook, a sheet per list with the list’s total; audit for admins only', async () => {
    const totals = await Promise.all([
      getOk(api, '/api/firms', firmPageSchema),
      getOk(api, '/api/parks', parkPageSchema),
      getOk(api, '/api/clusters', clusterPageSchema),
      getOk(api, '/api/projects', projectPageSchema),
      getOk(api, '/api/problems', problemPageSchema),
    ]).then((pages) => pages.map((page) => page.total));
    totals.push(
      await sqlNumber(api, sql`select count(*)::int from policies`),
      await sqlNumber(api, sql`select count(*)::int from indicator_values`),
    );
    const { res, bytes } = await download(api, '/api/exports/all');
    expect(res.headers.get('content-disposition')).toContain(`chainboard_${SAMPLE_TODAY}.xlsx`);
    const viewerBook = new ExcelJS.Workbook();
    await viewerBook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    expect(viewerBook.worksheets.map((sheet) => sheet.name)).toEqual([
      '企业',
      '园区',
      '产业集群',
      '项目',
      '企业问题',
      '扶持政策',
      '指标数据',
    ]);
    expect(viewerBook.worksheets.map((sheet) => sheet.rowCount - 1)).toEqual(totals);

    const admin = await asAdmin(api);
    const audit = await getOk(admin, '/api/audit-events', auditPageSchema);
    const adminBook = new ExcelJS.Workbook();
    await adminBook.xlsx.load(
      (await download(admin, '/api/exports/all?lang=en-US')).bytes as unknown as ExcelJS.Buffer,
    );
    const names = adminBook.worksheets.map((sheet) => sheet.name);
    expect(names).toEqual([
      'Firms',
      'Parks',
      'Clusters',
      'Projects',
      'Problems',
      'Policies',
      'Indicators',
      'Audit trail',
    ]);
    expect(adminBook.worksheets.map((sheet) => sheet.rowCount - 1)).toEqual([
      ...totals,
      audit.total,
    ]);
    expect(rowOf(adminBook.getWorksheet('Audit trail') as ExcelJS.Worksheet, 1)).toEqual(
      auditEventColumns.map((column) => column.header['en-US']),
    );
    expect((await api.app.request('/api/exports/all')).status).toBe(401);
  });

  test('refuses bad parameters and requests without a session', async () => {
    await expectInvalid(api, '/api/exports/firms?format=xls', 'format');
    await expectInvalid(api, '/api/exports/firms?lang=fr', 'lang');
    await expectInvalid(api, '/api/exports/projects?sort=nope', 'sort');
    const res = await api.app.request('/api/exports/firms');
    expect(res.status).toBe(401);
    expect((await getError(api, '/api/exports/nothing', 404)).error.code).toBe('not_found');
  });
});
