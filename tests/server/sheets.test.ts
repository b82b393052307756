import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import {
  readSheetFile,
  SheetFileError,
  sheetLimits,
  toSheet,
  writeWorkbook,
  type SheetColumn,
  type SheetFileErrorCode,
} from '../../server/app/sheets';

interface Sample {
  name: string;
  employees: number | null;
  revenueYi: number | null;
  foundedOn: string | null;
  updatedAt: Date | null;
}

const columns: SheetColumn<Sample>[] = [
  { key: 'name', header: { 'zh-CN': '名称', 'en-US': 'Name' }, type: 'text', value: (r) => r.name },
  {
    key: 'employees',
    header: { 'zh-CN': '员工人数', 'en-US': 'Employees' },
    type: 'integer',
    value: (r) => r.employees,
  },
  {
    key: 'revenueYi',
    header: { 'zh-CN': '营业收入（亿元）', 'en-US': 'Revenue (100M CNY)' },
    type: 'number',
    numberFormat: '0.00',
    value: (r) => r.revenueYi,
  },
  {
    key: 'foundedOn',
    header: { 'zh-CN': '成立日期', 'en-US': 'Founded on' },
    type: 'date',
    value: (r) => r.foundedOn,
  },
  {
    key: 'updatedAt',
    header: { 'zh-CN': '更新时间', 'en-US': 'Updated at' },
    type: 'datetime',
    value: (r) => r.updatedAt,
  },
];

const samples: Sample[] = [
  {
    name: '绵阳京东方光电科技有限公司',
    employees: 3200,
    revenueYi: 123.45,
    foundedOn: '2017-03-01',
    // 02:30 UTC is 10:30 in the city (UTC+8).
    updatedAt: new Date('2026-11-28T02:30:00Z'),
  },
  { name: 'Minus Co', employees: null, revenueYi: -1.5, foundedOn: null, updatedAt: null },
];

const sheet = (language: 'zh-CN' | 'en-US' = 'zh-CN') =>
  toSheet({ 'zh-CN': '企业', 'en-US': 'Firms' }, columns, samples, language);

async function refusal(bytes: Uint8Array, fileName?: string): Promise<SheetFileErrorCode> {
  const error: unknown = await readSheetFile(bytes, fileName).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(SheetFileError);
  return (error as SheetFileError).code;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('writing and reading back', () => {
  test('XLSX keeps every cell type: text, integers, numbers, days and city times', async () => {
    const file = await readSheetFile(await writeWorkbook([sheet()], 'xlsx'));
    expect(file.format).toBe('xlsx');
    expect(file.header).toEqual(['名称', '员工人数', '营业收入（亿元）', '成立日期', '更新时间']);
    expect(file.rows).toEqual([
      {
        rowNumber: 2,
        cells: [
          '绵阳京东方光电科技有限公司',
          3200,
          123.45,
          new Date('2017-03-01T00:00:00Z'),
          new Date('2026-11-28T10:30:00Z'),
        ],
      },
      { rowNumber: 3, cells: ['Minus Co', null, -1.5, null, null] },
    ]);
  });

  test('XLSX cells are real numbers and dates with formats, under a bold frozen header', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await writeWorkbook([sheet('en-US')], 'xlsx')) as unknown as ExcelJS.Buffer,
    );
    const [worksheet] = workbook.worksheets;
    if (!worksheet) throw new Error('no worksheet');
    expect(worksheet.name).toBe('Firms');
    expect(worksheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(worksheet.getCell('A1').font?.bold).toBe(true);
    expect(worksheet.getCell('C1').value).toBe('Revenue (100M CNY)');
    expect(worksheet.getCell('B2').type).toBe(ExcelJS.ValueType.Number);
    expect(worksheet.getCell('C3').value).toBe(-1.5);
    expect(worksheet.getCell('C2').numFmt).toBe('0.00');
    expect(worksheet.getCell('D2').type).toBe(ExcelJS.ValueType.Date);
    expect(worksheet.getCell('D2').numFmt).toBe('yyyy-mm-dd');
    expect(worksheet.getColumn(1).width).toBeGreaterThan(20);
  });

  test('CSV is UTF-8 with a BOM, and reads back as text', async () => {
    const bytes = await writeWorkbook([sheet()], 'csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.split('\r\n')[1]).toBe(
      '绵阳京东方光电科技有限公司,3200,123.45,2017-03-01,2026-11-28 10:30:00',
    );
    const file = await readSheetFile(bytes, 'firms.csv');
    expect(file).toMatchObject({ format: 'csv', encoding: 'utf-8' });
    expect(file.header[2]).toBe('营业收入（亿元）');
    expect(file.rows[1]).toEqual({ rowNumber: 3, cells: ['Minus Co', null, '-1.5', null, null] });
  });
});

describe('formula injection', () => {
  const dangerous = ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'];
  const rows: Sample[] = dangerous.map((name) => ({
    name,
    employees: null,
    revenueYi: -7,
    foundedOn: null,
    updatedAt: null,
  }));
  const injected = () => [toSheet({ 'zh-CN': '企业', 'en-US': 'Firms' }, columns, rows, 'en-US')];

  test('XLSX stores formula-like text as text cells; negative numbers stay numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await writeWorkbook(injected(), 'xlsx')) as unknown as ExcelJS.Buffer,
    );
    const [worksheet] = workbook.worksheets;
    if (!worksheet) throw new Error('no worksheet');
    dangerous.forEach((text, index) => {
      const cell = worksheet.getCell(index + 2, 1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeFalsy();
      // XML reads a carriage return as a line feed; either way it stays text.
      expect(cell.value).toBe(text.replace('\r', '\n'));
      expect(worksheet.getCell(index + 2, 3).value).toBe(-7);
    });
  });

  test('CSV puts an apostrophe before formula-like text, not before numbers', async () => {
    const bytes = await writeWorkbook(injected(), 'csv');
    const parsed = Papa.parse<string[]>(new TextDecoder().decode(bytes));
    const names = parsed.data.slice(1, dangerous.length + 1).map((row) => row[0]);
    expect(names).toEqual(dangerous.map((text) => `'${text}`));
    expect(parsed.data[1]?.[2]).toBe('-7');
    const file = await readSheetFile(bytes);
    expect(file.rows.map((row) => row.cells[0])).toEqual(dangerous.map((text) => text.trim()));
  });
});

describe('files refused', () => {
  const csvWithRows = (count: number) => utf8(`name\n${'x\n'.repeat(count)}`);

  test('an empty file, a header without rows, and blank rows only', async () => {
    expect(await refusal(new Uint8Array())).toBe('empty');
    expect(await refusal(utf8('名称,金额\r\n'))).toBe('empty');
    expect(await refusal(utf8('\uFEFF名称,金额\r\n,\r\n \r\n'))).toBe('empty');
  });

  test('a file over the size limit, and one over the row limit', async () => {
    expect(await refusal(new Uint8Array(sheetLimits.fileBytes + 1).fill(0x61))).toBe('too_large');
    expect(await refusal(csvWithRows(sheetLimits.dataRows + 1))).toBe('too_many_rows');
    expect((await readSheetFile(csvWithRows(3))).rows).toHaveLength(3);
  });

  test('a PNG, an old .xls and a PDF named as spreadsheets', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(await refusal(png, 'firms.xlsx')).toBe('unsupported_type');
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(await refusal(xls, 'firms.xls')).toBe('unsupported_type');
    expect(await refusal(utf8('%PDF-1.7\n%âãÏÓ\n'), 'firms.csv')).toBe('unsupported_type');
  });

  test('a broken zip, a truncated workbook, and a zip that is no workbook', async () => {
    expect(await refusal(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]))).toBe(
      'malformed',
    );
    const workbook = await writeWorkbook([sheet()], 'xlsx');
    expect(await refusal(workbook.subarray(0, workbook.length / 2))).toBe('malformed');
    expect(await refusal(zipSync({ 'notes.txt': utf8('hello') }))).toBe('malformed');
  });

  test('a zip bomb: a tiny file unpacking to megabytes, or thousands of entries', async () => {
    const bomb = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(2 * 1024 * 1024) });
    expect(bomb.length).toBeLessThan(64 * 1024);
    expect(await refusal(bomb)).toBe('zip_bomb');
    const parts = Object.fromEntries(
      Array.from({ length: sheetLimits.zipEntries + 1 }, (_, index) => [
        `part${index}.xml`,
        utf8('<a/>'),
      ]),
    );
    expect(await refusal(zipSync(parts))).toBe('zip_bomb');
  });

  test('a formula without a saved value', async () => {
    const workbook = new ExcelJS.Workbook();
    const worksheet = workbook.addWorksheet('S');
    worksheet.addRow(['名称', '金额']);
    worksheet.addRow(['甲', { formula: '1+1', result: 2 }]);
    worksheet.addRow(['乙', { formula: '2+2' }]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(await refusal(bytes)).toBe('formula_without_value');
    worksheet.spliceRows(3, 1);
    const saved = await readSheetFile(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(saved.rows[0]?.cells).toEqual(['甲', 2]);
  });
});

describe('CSV encodings', () => {
  // 名称,金额 / 企业,12 in GB18030 (GBK), as Chinese Excel's plain "CSV" saves it.
  const gbkHeader = [0xc3, 0xfb, 0xb3, 0xc6, 0x2c, 0xbd, 0xf0, 0xb6, 0xee, 0x0d, 0x0a];
  const gbkRow = [0xc6, 0xf3, 0xd2, 0xb5, 0x2c, 0x31, 0x32, 0x0d, 0x0a];

  test('GB18030 throughout is read as GB18030', async () => {
    const file = await readSheetFile(new Uint8Array([...gbkHeader, ...gbkRow]));
    expect(file).toMatchObject({ encoding: 'gb18030', header: ['名称', '金额'] });
    expect(file.rows[0]?.cells).toEqual(['企业', '12']);
  });

  test('UTF-8 lines mixed with GBK lines are refused, with or without a BOM', async () => {
    const mixed = new Uint8Array([...utf8('名称,金额\r\n'), ...gbkRow]);
    expect(await refusal(mixed)).toBe('encoding');
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...gbkHeader, ...gbkRow]);
    expect(await refusal(withBom)).toBe('encoding');
  });

  test('a CSV that does not parse is malformed', async () => {
    expect(await refusal(utf8('名称,金额\r\n"未闭合,12\r\n'))).toBe('malformed');
  });
});
