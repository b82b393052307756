import { screen, waitFor, within } from '@testing-library/react';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { firmColumns } from '@server/app/sheets/columns/firms';
import { serverError } from '@mocks/faults';
import { setupApiServer } from '../support/api-server';
import { renderApp } from '../support/render-app';

const api = setupApiServer({ signIn: 'viewer' });

/** What the page handed to the browser's download: the file and the name it is saved as. */
interface SavedFile {
  blob: Blob;
  name: string;
}

describe('export buttons', () => {
  let saved: SavedFile[] = [];
  let requested: URL[] = [];

  beforeEach(() => {
    saved = [];
    requested = [];
    const blobs = new Map<string, Blob>();
    // jsdom has no object URLs and does not download: record what would be saved instead.
    URL.createObjectURL = (blob: Blob) => {
      const url = `blob:test/${blobs.size}`;
      blobs.set(url, blob);
      return url;
    };
    URL.revokeObjectURL = () => undefined;
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      const blob = blobs.get(this.href);
      if (blob) saved.push({ blob, name: this.download });
    });
    api.server.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      if (url.pathname.startsWith('/api/exports/')) requested.push(url);
    });
  });

  afterEach(() => {
    api.server.events.removeAllListeners();
    vi.restoreAllMocks();
  });

  it('exports the list with its filters and sort, not its page, in the interface language', async () => {
    const { user } = renderApp('/firms?tag=single_champion&sort=revenue&order=desc&page=1');
    const table = await screen.findByRole('table', { name: '企业列表' });
    const shownNames = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell')[0]?.textContent ?? '');

    const exports = screen.getByRole('group', { name: '导出' });
    await user.click(within(exports).getByRole('button', { name: '导出 Excel (.xlsx)' }));

    await waitFor(() => expect(saved).toHaveLength(1));
    expect(Object.fromEntries(requested[0]?.searchParams ?? [])).toEqual({
      tag: 'single_champion',
      sort: 'revenue',
      order: 'desc',
      format: 'xlsx',
      lang: 'zh-CN',
    });
    expect(saved[0]?.name).toMatch(/^企业_\d{4}-\d{2}-\d{2}\.xlsx$/);

    const workbook = new ExcelJS.Workbook();
    const bytes = await saved[0]?.blob.arrayBuffer();
    await workbook.xlsx.load(bytes as ExcelJS.Buffer);
    const worksheet = workbook.worksheets[0];
    const header = (worksheet?.getRow(1).values as ExcelJS.CellValue[]).slice(1);
    expect(header).toEqual(firmColumns.map((column) => column.header['zh-CN']));
    const names = Array.from(
      { length: (worksheet?.rowCount ?? 1) - 1 },
      (_, index) => worksheet?.getCell(index + 2, 1).value,
    );
    expect(names.length).toBe(shownNames.length);
    names.forEach((name, index) => expect(shownNames[index]).toContain(name));
  });

  it('says the export failed and saves nothing when the server fails', async () => {
    api.server.use(serverError({ path: '*/api/exports/projects' }));
    const { user } = renderApp('/projects');
    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: '导出 CSV' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('导出失败：服务器出错（500）');
    expect(saved).toEqual([]);
    expect(screen.getByRole('button', { name: '导出 CSV' })).toBeEnabled();
  });

  it('exports the audit trail with the audit page’s filters', async () => {
    await api.signInAs('admin');
    const { user } = renderApp('/admin/audit?chain=1&action=update&from=2026-06-01&page=2');
    await screen.findByRole('heading', { name: '全市修改记录' });
    const exports = screen.getByRole('group', { name: '导出' });
    await user.click(within(exports).getByRole('button', { name: '导出 CSV' }));

    await waitFor(() => expect(saved).toHaveLength(1));
    expect(requested[0]?.pathname).toBe('/api/exports/audit');
    expect(Object.fromEntries(requested[0]?.searchParams ?? [])).toEqual({
      chainId: '1',
      action: 'update',
      from: '2026-06-01',
      format: 'csv',
      lang: 'zh-CN',
    });
    expect(saved[0]?.name).toMatch(/^修改记录_\d{4}-\d{2}-\d{2}\.csv$/);
    await api.signInAs('viewer');
  });

  it('exports the chain page’s policies for that chain', async () => {
    const { user } = renderApp('/chains/1');
    const section = await screen.findByRole('region', { name: '扶持政策' });
    const exports = within(section).getByRole('group', { name: '导出' });
    await user.click(within(exports).getByRole('button', { name: '导出 Excel (.xlsx)' }));

    await waitFor(() => expect(saved).toHaveLength(1));
    expect(requested[0]?.pathname).toBe('/api/exports/policies');
    expect(Object.fromEntries(requested[0]?.searchParams ?? [])).toEqual({
      chain: '1',
      format: 'xlsx',
      lang: 'zh-CN',
    });
    expect(saved[0]?.name).toMatch(/^扶持政策_\d{4}-\d{2}-\d{2}\.xlsx$/);
  });

  it('exports everything from the overview as one workbook', async () => {
    const { user } = renderApp('/');
    await user.click(await screen.findByRole('button', { name: '全部导出' }));

    await waitFor(() => expect(saved).toHaveLength(1));
    expect(requested[0]?.pathname).toBe('/api/exports/all');
    expect(Object.fromEntries(requested[0]?.searchParams ?? [])).toEqual({ lang: 'zh-CN' });
    expect(saved[0]?.name).toMatch(/^全部数据_\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await saved[0]?.blob.arrayBuffer()) as ExcelJS.Buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).not.toContain('修改记录');
    expect(workbook.worksheets.map((sheet) => sheet.name)).toContain('扶持政策');
  });
});
