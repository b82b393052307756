import { Unzip, UnzipInflate } from 'fflate';
import Papa from 'papaparse';
import type { CellValue } from './columns';
import { SheetFileError, sheetLimits } from './errors';

export interface SheetFileRow {
  /** The row's number as the spreadsheet shows it: the header is row 1. */
  rowNumber: number;
  /** One cell per header column: text trimmed, empty as null; CSV cells are all text. */
  cells: CellValue[];
}

export interface SheetFile {
  format: 'xlsx' | 'csv';
  /** Which encoding a CSV was read as; GB18030 is what Chinese Excel's plain "CSV" saves. */
  encoding?: 'utf-8' | 'gb18030';
  header: string[];
  rows: SheetFileRow[];
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];

/**
 * Reads the first worksheet of an XLSX or a CSV file, judged by its content, not its name. Any
 * file it cannot read safely and completely is refused with a SheetFileError, before anything
 * is done with it.
 */
export async function readSheetFile(bytes: Uint8Array, fileName?: string): Promise<SheetFile> {
  if (bytes.length === 0) throw new SheetFileError('empty', 'The file is empty');
  if (bytes.length > sheetLimits.fileBytes) {
    throw new SheetFileError(
      'too_large',
      `The file is larger than ${sheetLimits.fileBytes / 1024 / 1024} MB`,
    );
  }
  if (startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, EMPTY_ZIP_MAGIC)) return readXlsx(bytes);
  return readCsv(bytes, fileName);
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

/**
 * Decompresses every entry once, counting what comes out (a zip's declared sizes may lie), and
 * stops at the first limit crossed, so a zip bomb costs at most the limit to discover.
 */
function checkZipEntries(bytes: Uint8Array): void {
  let entries = 0;
  let total = 0;
  let refusal: SheetFileError | undefined;
  const unzip = new Unzip((file) => {
    entries += 1;
    if (entries > sheetLimits.zipEntries) {
      refusal ??= new SheetFileError('zip_bomb', 'The workbook has too many parts');
      return;
    }
    let entryBytes = 0;
    file.ondata = (error, chunk) => {
      if (refusal) return;
      if (error) {
        refusal = new SheetFileError('malformed', 'The workbook is damaged and cannot be read');
        return;
      }
      entryBytes += chunk.length;
      total += chunk.length;
      const compressed = Math.max(file.size ?? 0, 1);
      if (total > sheetLimits.unzippedBytes) {
        refusal = new SheetFileError(
          'zip_bomb',
          `The workbook unpacks to more than ${sheetLimits.unzippedBytes / 1024 / 1024} MB`,
        );
      } else if (
        entryBytes > 1024 * 1024 &&
        entryBytes / compressed > sheetLimits.compressionRatio
      ) {
        refusal = new SheetFileError('zip_bomb', 'The workbook is compressed implausibly tightly');
      }
      if (refusal) file.terminate();
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    unzip.push(bytes, true);
  } catch {
    refusal ??= new SheetFileError('malformed', 'The workbook is damaged and cannot be read');
  }
  if (refusal) throw refusal;
  if (entries === 0) throw new SheetFileError('malformed', 'The workbook has no content');
}

async function readXlsx(bytes: Uint8Array): Promise<SheetFile> {
  checkZipEntries(bytes);
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as a Node Buffer; it hands it to JSZip, which takes any bytes.
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    throw new SheetFileError('malformed', 'The file is not a valid Excel workbook (.xlsx)');
  }
  const worksheet = workbook.worksheets[0];
  if (!worksheet) throw new SheetFileError('malformed', 'The workbook has no worksheet');
  if (worksheet.rowCount - 1 > sheetLimits.dataRows) throw tooManyRows();

  const headerCells = rowValues(worksheet.getRow(1).values, worksheet.columnCount, 1);
  const header = trimTrailingEmpty(headerCells).map((cell) => (cell === null ? '' : String(cell)));
  const rows: SheetFileRow[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells = rowValues(row.values, header.length, rowNumber);
    if (cells.some((cell) => cell !== null)) rows.push({ rowNumber, cells });
  });
  return checked({ format: 'xlsx', header, rows });
}

/** exceljs gives a row's values 1-based and sparse, each plain or an object by cell kind. */
function rowValues(values: unknown, width: number, rowNumber: number): CellValue[] {
  const list = Array.isArray(values) ? values : [];
  return Array.from({ length: width }, (_, index) =>
    workbookCell(list[index + 1], rowNumber, index + 1),
  );
}

function workbookCell(value: unknown, rowNumber: number, column: number): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return trimmedText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: unknown }).result;
      if (result === undefined) {
        throw new SheetFileError(
          'formula_without_value',
          `The formula in row ${rowNumber}, column ${column} has no saved value; open the file in Excel and save it again`,
        );
      }
      return workbookCell(result, rowNumber, column);
    }
    if ('richText' in value) {
      const parts = (value as { richText: { text: string }[] }).richText;
      return trimmedText(parts.map((part) => part.text).join(''));
    }
    if ('text' in value) return workbookCell((value as { text: unknown }).text, rowNumber, column);
    if ('error' in value) return String((value as { error: unknown }).error);
  }
  return trimmedText(String(value));
}

function readCsv(bytes: Uint8Array, fileName: string | undefined): SheetFile {
  if (looksBinary(bytes)) {
    throw new SheetFileError(
      'unsupported_type',
      `${fileName ?? 'The file'} is neither an Excel workbook (.xlsx) nor a CSV file`,
    );
  }
  const { text, encoding } = decodeText(bytes);
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  const broken = parsed.errors.find((error) => error.type !== 'Delimiter');
  if (broken) {
    throw new SheetFileError(
      'malformed',
      `The CSV cannot be read at row ${(broken.row ?? 0) + 1}: ${broken.message}`,
    );
  }
  const [headerRow = [], ...records] = parsed.data;
  if (records.length > sheetLimits.dataRows) throw tooManyRows();
  const header = trimTrailingEmpty(headerRow.map(csvCell)).map((cell) => String(cell ?? ''));
  const rows: SheetFileRow[] = [];
  records.forEach((record, index) => {
    const cells = Array.from({ length: header.length }, (_, column) => csvCell(record[column]));
    if (cells.some((cell) => cell !== null)) rows.push({ rowNumber: index + 2, cells });
  });
  return checked({ format: 'csv', encoding, header, rows });
}

/** A CSV cell as text, without the apostrophe our export puts before formula-like text. */
function csvCell(value: string | undefined): string | null {
  const text = value ?? '';
  return trimmedText(/^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text);
}

/**
 * A text file has no NUL or other control bytes besides tab, line feed, carriage return and the
 * form feed some exports leave; images, PDFs, old .xls files and the like all do.
 */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  if (String.fromCharCode(...head.subarray(0, 5)) === '%PDF-') return true;
  return head.some(
    (byte) => byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c,
  );
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const gb18030 = new TextDecoder('gb18030', { fatal: true });

/**
 * UTF-8 (with or without BOM) is the format we ask for. Chinese Excel's plain "CSV" is GB18030,
 * so a file that is GB18030 throughout is accepted too. A file with some lines in one and some
 * in the other (rows pasted together from two sources) cannot be read correctly: refused.
 */
function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gb18030' } {
  const hasBom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return { text: utf8.decode(body), encoding: 'utf-8' };
  } catch {
    // not UTF-8 throughout: see whether it is GB18030 throughout
  }
  if (!hasBom && !hasUtf8Line(body)) {
    try {
      return { text: gb18030.decode(body), encoding: 'gb18030' };
    } catch {
      // neither
    }
  }
  throw new SheetFileError(
    'encoding',
    'The file mixes text encodings; save it from Excel as "CSV UTF-8" and try again',
  );
}

/** A line with non-ASCII text that is valid UTF-8: in a file that is not, it means mixed. */
function hasUtf8Line(bytes: Uint8Array): boolean {
  let start = 0;
  for (let index = 0; index <= bytes.length; index++) {
    if (index < bytes.length && bytes[index] !== 0x0a) continue;
    const line = bytes.subarray(start, index);
    start = index + 1;
    if (!line.some((byte) => byte >= 0x80)) continue;
    try {
      utf8.decode(line);
      return true;
    } catch {
      // this line is not UTF-8
    }
  }
  return false;
}

function trimmedText(value: string): string | null {
  const text = value.trim();
  return text === '' ? null : text;
}

function trimTrailingEmpty(cells: CellValue[]): CellValue[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === null) end -= 1;
  return cells.slice(0, end);
}

function tooManyRows(): SheetFileError {
  return new SheetFileError(
    'too_many_rows',
    `The file has more than ${sheetLimits.dataRows.toLocaleString('en-US')} rows`,
  );
}

function checked(file: SheetFile): SheetFile {
  if (file.header.length === 0) throw new SheetFileError('empty', 'The file has no header row');
  if (file.rows.length === 0) throw new SheetFileError('empty', 'The file has no data rows');
  return file;
}
