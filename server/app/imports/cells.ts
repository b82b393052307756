import { isoDateSchema } from '../../contract/common';
import type { Localized } from '../sheets';

/*
 * Reading one spreadsheet cell as the value a column wants. XLSX cells come typed (numbers,
 * dates, text); CSV cells are all text. Each reader takes either and answers the value or the
 * problem code the SPA translates.
 */

/** A cell as the sheet reader gives it. */
export type Cell = string | number | boolean | Date | null | undefined;

export type CellResult<T> =
  { ok: true; value: T } | { ok: false; code: string; params?: Record<string, string | number> };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const fail = <T>(code: string, params?: Record<string, string | number>): CellResult<T> => ({
  ok: false,
  code,
  params,
});

/** The cell as text, trimmed; empty, blank and missing cells are null. */
export function textOf(cell: Cell): string | null {
  if (cell === null || cell === undefined) return null;
  const text = cell instanceof Date ? dayOf(cell) : String(cell).trim();
  return text === '' ? null : text;
}

/** A calendar date written into a cell is midnight UTC of that day (how exceljs reads it). */
function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function readText(cell: Cell): CellResult<string | null> {
  return ok(textOf(cell));
}

/** Numbers as typed, or text such as `1,234.5`; thousands separators are allowed. */
export function readNumber(cell: Cell): CellResult<number | null> {
  if (typeof cell === 'number') return Number.isFinite(cell) ? ok(cell) : fail('invalid_number');
  const text = textOf(cell)?.replace(/[,，]/g, '');
  if (text === undefined || text === null) return ok(null);
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text)) return fail('invalid_number');
  return ok(Number(text));
}

export function readWholeNumber(cell: Cell): CellResult<number | null> {
  const read = readNumber(cell);
  if (!read.ok || read.value === null) return read;
  return Number.isInteger(read.value) ? read : fail('invalid_whole_number');
}

/** `2026-06-15`, `2026/6/15` or a date cell; anything else is a problem, not a guess. */
export function readDate(cell: Cell): CellResult<string | null> {
  if (cell instanceof Date) {
    return Number.isNaN(cell.getTime()) ? fail('invalid_date') : ok(dayOf(cell));
  }
  const text = textOf(cell);
  if (text === null) return ok(null);
  const parts = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (!parts) return fail('invalid_date');
  const iso = `${parts[1]}-${parts[2]?.padStart(2, '0')}-${parts[3]?.padStart(2, '0')}`;
  return isoDateSchema.safeParse(iso).success ? ok(iso) : fail('invalid_date');
}

/** Several names in one cell, separated by 、 , ， ; or ；. */
export function readList(cell: Cell): CellResult<string[]> {
  const text = textOf(cell);
  if (text === null) return ok([]);
  return ok(
    text
      .split(/[、,，;；]/)
      .map((part) => part.trim())
      .filter((part) => part !== ''),
  );
}

/**
 * One of a vocabulary, by its code (`in_production`) or by its label in either language
 * (`已投产`, `In production`), whichever the sheet uses; the labels are the sheet column's.
 */
export function readChoice<Code extends string>(
  cell: Cell,
  labels: Readonly<Record<Code, Localized>>,
): CellResult<Code | null> {
  const text = textOf(cell);
  if (text === null) return ok(null);
  const wanted = text.toLowerCase();
  for (const [code, names] of Object.entries(labels) as [Code, Localized][]) {
    if (
      code.toLowerCase() === wanted ||
      Object.values(names).some((name) => name.toLowerCase() === wanted)
    ) {
      return ok(code);
    }
  }
  return fail('invalid_choice', { value: text });
}
