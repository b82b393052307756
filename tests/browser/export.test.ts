import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firmColumns } from '../../server/app/sheets/columns/firms';
import type { FirmPage } from '../../server/contract/firms';
import { startApp, type AppProcess } from './support/app-process';
import { launchChromium } from './support/browser';
import { apiReader, sampleViewer, signIn } from './support/sign-in';

describe('export in a real browser', () => {
  let app: AppProcess;
  let browser: BrowserContext;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('downloads the filtered firms as a workbook that holds what the API lists', async () => {
    const filters = 'tag=single_champion&sort=revenue&order=desc';
    const page = await browser.newPage();
    await signIn(page, app.url, sampleViewer, `/firms?${filters}`);
    await page.getByRole('table', { name: '企业列表' }).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 Excel (.xlsx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^企业_\d{4}-\d{2}-\d{2}\.xlsx$/);
    const path = await download.path();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(path)) as unknown as ExcelJS.Buffer);
    const [worksheet] = workbook.worksheets;
    if (!worksheet) throw new Error('The download has no worksheet');

    const get = await apiReader(app.url);
    const firms = await get<FirmPage>(`/api/firms?${filters}&pageSize=100`);
    expect(firms.total).toBeGreaterThan(1);
    const header = (worksheet.getRow(1).values as ExcelJS.CellValue[]).slice(1);
    expect(header).toEqual(firmColumns.map((column) => column.header['zh-CN']));
    const names = Array.from(
      { length: worksheet.rowCount - 1 },
      (_, index) => worksheet.getCell(index + 2, 1).value,
    );
    expect(names).toEqual(firms.items.map((firm) => firm.name));
  });
});
