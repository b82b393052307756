import type { z } from 'zod';
import type { SessionUser } from '../../contract/auth';
import {
  MAX_LISTED_IMPORT_ITEMS,
  type ImportChange,
  type ImportPreview,
  type ImportProblem,
} from '../../contract/imports';
import { mayWriteChain } from '../writes/authorise';
import { columnForHeader } from '../sheets';
import type { Transaction } from '../writes/transaction';
import type { Cell } from './cells';
import type {
  ExistingRecord,
  ImportColumn,
  ImportKindSpec,
  ImportRecord,
  Values,
} from './import-kind';
import { importProblem } from './problems';
import { loadReferences, type References } from './references';

/** A sheet as read from the file: its header and its rows (numbered as the sheet shows them). */
export interface SheetRows {
  header: readonly string[];
  rows: readonly { rowNumber: number; cells: readonly Cell[] }[];
}

export interface PlannedUpdate {
  record: ImportRecord;
  existing: ExistingRecord;
}

/** What a file would do, checked against the database as it is now. */
export interface ImportPlan {
  problems: ImportProblem[];
  rows: number;
  inserts: ImportRecord[];
  updates: PlannedUpdate[];
  unchanged: ImportRecord[];
  changes: ImportChange[];
  /** Every matched record's id and version: the preview token covers them. */
  matched: string[];
}

/**
 * Which column each of the sheet's columns is, or the file's problems with its header. Headers
 * are the list's sheet description's, in either language; an export-only column (an exported
 * file's days overdue) is skipped, one the description does not know is a problem.
 */
export function mapHeader(spec: ImportKindSpec, header: readonly string[]) {
  const problems: ImportProblem[] = [];
  const seen = new Set<string>();
  const positions = new Map<string, number>();
  header.forEach((text, index) => {
    if (text.trim() === '') return;
    const sheetColumn = columnForHeader(spec.sheetColumns, text);
    const column = spec.columns.find((candidate) => candidate.sheet === sheetColumn);
    if (!sheetColumn) problems.push(importProblem(null, null, 'unknown_column', { header: text }));
    else if (seen.has(sheetColumn.key)) {
      const name = column?.key ?? sheetColumn.key;
      problems.push(importProblem(null, name, 'duplicate_column', { header: text }));
    } else {
      seen.add(sheetColumn.key);
      if (column) positions.set(column.key, index);
    }
  });
  for (const column of spec.columns) {
    if (column.required && !positions.has(column.key)) {
      const name = column.sheet.header['zh-CN'];
      problems.push(importProblem(null, column.key, 'missing_column', { header: name }));
    }
  }
  return { positions, problems };
}

/** JSON-comparable: lists in order, numbers as numbers, blanks as null. */
function comparable(value: unknown): string {
  if (value === undefined || value === null || value === '') return 'null';
  if (Array.isArray(value)) return JSON.stringify([...value].map(String).sort());
  return JSON.stringify(value);
}

/** A column's value in a record as the preview shows it: a name, not an id. */
function shown(
  column: ImportColumn | undefined,
  field: string,
  values: Values,
  references: References,
) {
  if (column?.fields) return column.show?.(undefined, references, values) ?? null;
  const value = values[field];
  if (value === undefined) return null;
  if (column?.show) return column.show(value, references, values);
  if (Array.isArray(value)) return value.join('、');
  return value as string | number | boolean | null;
}

/** The column each record field is shown and named by: its own, or the one it is resolved from. */
function columnsByField(spec: ImportKindSpec) {
  const byField = new Map<string, ImportColumn>();
  for (const column of spec.columns) {
    byField.set(column.key, column);
    for (const field of column.fields ?? []) byField.set(field, column);
  }
  return byField;
}

/** The first issue of each field, named by its column: `is required once started`. */
function schemaProblems(
  row: number,
  error: z.ZodError,
  byField: ReadonlyMap<string, ImportColumn>,
): ImportProblem[] {
  const seen = new Set<string>();
  const problems: ImportProblem[] = [];
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '');
    const column = byField.get(field)?.key ?? field;
    if (seen.has(column)) continue;
    seen.add(column);
    problems.push(
      issue.message === 'is required'
        ? importProblem(row, column || null, 'required')
        : importProblem(row, column || null, 'invalid', { message: issue.message }),
    );
  }
  return problems;
}

/**
 * Reads every row of the sheet as `spec`'s records, checks it, and matches it against the
 * database: the preview shows this plan, and the commit writes it.
 */
export async function planImport(
  tx: Transaction,
  user: SessionUser,
  spec: ImportKindSpec,
  sheet: SheetRows,
): Promise<ImportPlan> {
  const { positions, problems } = mapHeader(spec, sheet.header);
  const empty: ImportPlan = {
    problems,
    rows: 0,
    inserts: [],
    updates: [],
    unchanged: [],
    changes: [],
    matched: [],
  };
  if (problems.length > 0) return empty;

  const references = {
    ...(await loadReferences(tx)),
    ...(await spec.loadReferences?.(tx)),
  };
  const byField = columnsByField(spec);
  // Optional columns the file leaves out: an update keeps what is stored there, so taking a
  // column out of a sheet never blanks it in the database.
  const leftOut = spec.columns.filter((column) => !positions.has(column.key));
  const kept = new Set<string>([...spec.entity.fields, ...(spec.relatedFields ?? [])]);
  const records: ImportRecord[] = [];
  const firstRowOf = new Map<string, number>();
  let rows = 0;

  for (const { rowNumber, cells } of sheet.rows) {
    if (cells.every((cell) => cell === null || cell === undefined || String(cell).trim() === '')) {
      continue;
    }
    rows += 1;
    const raw: Values = {};
    const rowProblems: ImportProblem[] = [];
    for (const column of spec.columns) {
      const position = positions.get(column.key);
      const read = column.read(position === undefined ? null : cells[position], references);
      if (read.ok) raw[column.key] = read.value;
      else rowProblems.push(importProblem(rowNumber, column.key, read.code, read.params));
    }
    if (rowProblems.length > 0) {
      problems.push(...rowProblems);
      continue;
    }
    const resolved = spec.resolve ? spec.resolve(raw, references) : { values: raw };
    if ('problem' in resolved) {
      const { column, code, params } = resolved.problem;
      problems.push(importProblem(rowNumber, column, code, params));
      continue;
    }
    const checked = spec.schema.safeParse(resolved.values);
    if (!checked.success) {
      problems.push(...schemaProblems(rowNumber, checked.error, byField));
      continue;
    }
    const made = spec.toRecord({ ...resolved.values, ...checked.data }, references);
    if ('problem' in made) {
      const { column, code, params } = made.problem;
      problems.push(importProblem(rowNumber, column, code, params));
      continue;
    }
    const record: ImportRecord = {
      ...made.record,
      row: rowNumber,
      values: Object.fromEntries(
        Object.entries(made.record.values).filter(([field]) => kept.has(field)),
      ),
    };
    const firstRow = firstRowOf.get(record.key);
    if (firstRow !== undefined) {
      problems.push(importProblem(rowNumber, null, 'duplicate_key', { firstRow }));
      continue;
    }
    firstRowOf.set(record.key, rowNumber);
    records.push(record);
  }

  const existing = await spec.loadExisting(tx, records);
  const plan: ImportPlan = { ...empty, problems, rows };
  for (const record of records) {
    const stored = existing.get(record.key);
    const refused = outOfScope(user, record.chainIds, stored);
    if (refused !== undefined) {
      problems.push(
        importProblem(record.row, chainColumnOf(spec), 'not_editable', {
          chain: references.chains.labelOf(refused) ?? '—',
        }),
      );
      continue;
    }
    if (stored === null) {
      problems.push(importProblem(record.row, null, 'ambiguous_match'));
      continue;
    }
    if (stored) {
      for (const column of leftOut) {
        for (const field of [column.key, ...(column.fields ?? [])]) {
          if (field in stored.values) record.values[field] = stored.values[field];
        }
      }
    }
    const refusedByKind = spec.checkRecord?.(record, stored, references);
    if (refusedByKind) {
      const { column, code, params } = refusedByKind;
      problems.push(importProblem(record.row, column, code, params));
      continue;
    }
    if (stored === undefined) {
      plan.inserts.push(record);
      continue;
    }
    plan.matched.push(`${stored.entityId}:${stored.version}`);
    const changed = Object.keys(record.values).filter(
      (field) => comparable(record.values[field]) !== comparable(stored.values[field]),
    );
    if (changed.length === 0) {
      plan.unchanged.push(record);
      continue;
    }
    plan.updates.push({ record, existing: stored });
    if (plan.changes.length < MAX_LISTED_IMPORT_ITEMS) {
      // Fields resolved from one column (a member or a department) are that column's change.
      const columns = new Map(changed.map((field) => [byField.get(field)?.key ?? field, field]));
      plan.changes.push({
        row: record.row,
        action: 'update',
        key: record.keyLabel,
        changes: [...columns].map(([column, field]) => ({
          column,
          before: shown(byField.get(field), field, stored.values, references),
          after: shown(byField.get(field), field, record.values, references),
        })),
      });
    }
  }
  for (const record of plan.inserts) {
    if (plan.changes.length >= MAX_LISTED_IMPORT_ITEMS) break;
    plan.changes.push({ row: record.row, action: 'insert', key: record.keyLabel, changes: [] });
  }
  plan.changes.sort((a, b) => a.row - b.row);
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return plan;
}

/**
 * The chain that keeps the user from writing the row, if any. A new record's chains must all be
 * theirs; a stored one must be in one of their chains, and every chain the row adds or removes
 * (a firm moved into or out of a chain) must be theirs too.
 */
function outOfScope(
  user: SessionUser,
  chainIds: readonly (number | null)[],
  stored: ExistingRecord | null | undefined,
): number | null | undefined {
  const refused = (chainId: number | null) => !mayWriteChain(user, chainId);
  if (!stored) return chainIds.find(refused);
  const before = new Set(stored.chainIds);
  const after = new Set(chainIds);
  const moved = [
    ...chainIds.filter((id) => !before.has(id)),
    ...stored.chainIds.filter((id) => !after.has(id)),
  ];
  const movedRefused = moved.find(refused);
  if (movedRefused !== undefined) return movedRefused;
  const all = [...stored.chainIds, ...chainIds];
  return all.some((chainId) => !refused(chainId)) ? undefined : all[0];
}

function chainColumnOf(spec: ImportKindSpec): string {
  return spec.columns.some((column) => column.key === 'chainIds') ? 'chainIds' : 'chainId';
}

/**
 * The preview's token: a digest of the file and of every matched record's id and version. The
 * commit recomputes it; a different file or a record changed meanwhile gives another token.
 */
export async function previewToken(kind: string, file: Uint8Array<ArrayBuffer>, plan: ImportPlan) {
  const fileDigest = await crypto.subtle.digest('SHA-256', file);
  const matched = new TextEncoder().encode(`${kind}\n${[...plan.matched].sort().join('\n')}`);
  const joined = new Uint8Array(fileDigest.byteLength + matched.byteLength);
  joined.set(new Uint8Array(fileDigest), 0);
  joined.set(matched, fileDigest.byteLength);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', joined));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function previewOf(spec: ImportKindSpec, plan: ImportPlan, token: string): ImportPreview {
  return {
    kind: spec.name,
    columns: spec.columns.map(({ key, sheet }) => ({
      key,
      zh: sheet.header['zh-CN'],
      en: sheet.header['en-US'],
    })),
    rows: plan.rows,
    inserts: plan.inserts.length,
    updates: plan.updates.length,
    unchanged: plan.unchanged.length,
    problems: plan.problems.slice(0, MAX_LISTED_IMPORT_ITEMS),
    problemCount: plan.problems.length,
    changes: plan.changes,
    preview: token,
  };
}
