/**
 * One description of a list's columns serves its export, its import template and the importer's
 * header matching, so a file we write is a file we can read back.
 */

import { sheetLanguages, type SheetLanguage } from '../../contract/sheets';

export { sheetLanguages, type SheetLanguage } from '../../contract/sheets';

/**
 * How a column's values are written and read: `date` is a calendar day (`YYYY-MM-DD` or a Date at
 * UTC midnight), `datetime` an instant, shown in the city's time zone.
 */
export type CellType = 'text' | 'integer' | 'number' | 'date' | 'datetime';

/** A value as written to a sheet, and as read back (CSV cells come back as text). */
export type CellValue = string | number | Date | null;

export type Localized = Record<SheetLanguage, string>;

export interface SheetColumn<Row> {
  /** Stable name used by the importer; never shown. */
  key: string;
  /** With the unit where there is one: 营业收入（亿元） / Revenue (100M CNY). */
  header: Localized;
  type: CellType;
  /** The cell for `row`; references are written by their unique Chinese name, the import key. */
  value: (row: Row, language: SheetLanguage) => CellValue;
  /**
   * For a closed vocabulary: each value's label. The cell holds the label in the sheet's language
   * (several joined by `、` when `multiple`); the importer maps a label in either language back.
   */
  choices?: Record<string, Localized>;
  multiple?: boolean;
  /** An Excel number format for `number` columns, e.g. `0.00` for amounts. */
  numberFormat?: string;
  /**
   * Written by the export, never read by the importer: figures the app derives (days overdue, the
   * last progress update), names shown beside a code, fields no edit sets. The template leaves
   * it out; the importer skips it when a file has it (an exported file imports back).
   */
  exportOnly?: true;
}

/** A sheet ready to write: headers already in the chosen language. */
export interface Sheet {
  name: string;
  columns: { header: string; type: CellType; numberFormat?: string }[];
  rows: CellValue[][];
}

/** Builds one sheet from a list's columns and rows, headed in `language`. */
export function toSheet<Row>(
  name: Localized,
  columns: readonly SheetColumn<Row>[],
  rows: readonly Row[],
  language: SheetLanguage,
): Sheet {
  return {
    name: name[language],
    columns: columns.map(({ header, type, numberFormat }) => ({
      header: header[language],
      type,
      ...(numberFormat ? { numberFormat } : {}),
    })),
    rows: rows.map((row) => columns.map((column) => column.value(row, language))),
  };
}

/** The separator of several values in one cell (a firm's chains, its tags). */
export const LIST_SEPARATOR = '、';

/** The label of a vocabulary value, or the values' labels joined, for `choices` columns. */
export function choiceLabel(
  choices: Record<string, Localized>,
  values: string | readonly string[],
  language: SheetLanguage,
): string {
  const list = typeof values === 'string' ? [values] : values;
  return list.map((value) => choices[value]?.[language] ?? value).join(LIST_SEPARATOR);
}

/** Several names in one cell. */
export function joinNames(refs: readonly { name: string }[]): string | null {
  return refs.length > 0 ? refs.map((ref) => ref.name).join(LIST_SEPARATOR) : null;
}

/** Finds the column a file's header names, in either language (the importer's header match). */
export function columnForHeader<Row>(
  columns: readonly SheetColumn<Row>[],
  header: string,
): SheetColumn<Row> | undefined {
  const wanted = normalizeHeader(header);
  return columns.find((column) =>
    sheetLanguages.some((language) => normalizeHeader(column.header[language]) === wanted),
  );
}

/** Headers typed by hand vary in width of brackets and spaces: 营业收入(亿元) = 营业收入（亿元）. */
function normalizeHeader(header: string): string {
  return header.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}
