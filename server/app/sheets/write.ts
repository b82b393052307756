import Papa from 'papaparse';
import type { SheetFormat } from '../../contract/sheets';
import type { CellType, Sheet } from './columns';
import { toCsvValue, toWorkbookValue } from './cell-values';

export type { SheetFormat } from '../../contract/sheets';

export const sheetContentTypes: Record<SheetFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

const dateFormats: Partial<Record<CellType, string>> = {
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm',
  integer: '0',
};

/** Excel allows 31 characters and none of : \ / ? * [ ] in a sheet's name. */
const MAX_SHEET_NAME = 31;

/**
 * Writes the sheets as one XLSX workbook, or the first sheet as CSV (UTF-8 with a BOM, which is
 * how Excel knows the file is UTF-8 and shows Chinese). Text that a spreadsheet would take for a
 * formula is never one: XLSX stores it as a text cell, CSV gets OWASP's leading apostrophe.
 */
export async function writeWorkbook(sheets: Sheet[], format: SheetFormat): Promise<Uint8Array> {
  return format === 'csv' ? writeCsv(sheets[0]) : writeXlsx(sheets);
}

function writeCsv(sheet: Sheet | undefined): Uint8Array {
  if (!sheet) throw new Error('A CSV file needs a sheet');
  const text = Papa.unparse(
    {
      fields: sheet.columns.map((column) => column.header),
      data: sheet.rows.map((row) =>
        row.map((value, index) => toCsvValue(sheet.columns[index]?.type ?? 'text', value)),
      ),
    },
    { escapeFormulae: true, newline: '\r\n' },
  );
  return new TextEncoder().encode(`\uFEFF${text}`);
}

async function writeXlsx(sheets: Sheet[]): Promise<Uint8Array> {
  // Loaded on first use: neither the server's start nor the demo's first page pays for it.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheetName(sheet.name), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    worksheet.columns = sheet.columns.map((column, index) => ({
      header: column.header,
      width: columnWidth(column.header, sheet.rows, index),
      style: {
        numFmt: column.numberFormat ?? dateFormats[column.type],
      },
    }));
    worksheet.getRow(1).font = { bold: true };
    for (const row of sheet.rows) {
      worksheet.addRow(
        row.map((value, index) => toWorkbookValue(sheet.columns[index]?.type ?? 'text', value)),
      );
    }
  }
  const bytes = await workbook.xlsx.writeBuffer();
  return new Uint8Array(bytes as unknown as ArrayBuffer);
}

function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, ' ').slice(0, MAX_SHEET_NAME);
}

/** Wide enough for the header and most values; Chinese characters take two columns. */
function columnWidth(header: string, rows: Sheet['rows'], index: number): number {
  const sample = rows.slice(0, 200).map((row) => {
    const value = row[index];
    return value instanceof Date ? 'yyyy-mm-dd hh:mm' : String(value ?? '');
  });
  const widest = Math.max(...[header, ...sample].map(displayWidth));
  return Math.min(50, Math.max(8, widest + 2));
}

function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += (char.codePointAt(0) ?? 0) > 0x2e7f ? 2 : 1;
  return width;
}
