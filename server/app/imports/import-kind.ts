import type { z } from 'zod';
import type { ImportKind } from '../../contract/imports';
import type { SheetColumn } from '../sheets';
import type { EntityKind, WriteContext } from '../writes/entity';
import { editedValues, snapshotWith, type Snapshot } from '../writes/snapshot';
import type { Transaction } from '../writes/transaction';
import type { Cell, CellResult } from './cells';
import type { ImportPlan } from './plan';
import type { References } from './references';

export type Values = Record<string, unknown>;

/**
 * How the importer reads one of the list's sheet columns. The headers, type and vocabulary are
 * the sheet column's own (server/app/sheets/columns), shared with the export and the template.
 */
export interface ImportField {
  /** The record field the column fills, where it is not the column's key (`parkId` for `park`). */
  field?: string;
  /** The column must be in the sheet (its cells may still be blank where the field allows). */
  required: boolean;
  /** The template's example cell, from records the user may name (their chain, a park). */
  example: string | number | ((sample: TemplateSample) => string | number);
  read(cell: Cell, references: References): CellResult<unknown>;
  /**
   * The record fields the kind's `resolve` makes of this column, where a name only means a record
   * together with another column (a lead's link of its chain, an owner who is a member or a
   * department): their problems and changes are shown as this column's.
   */
  fields?: readonly string[];
  /**
   * How the preview shows the field's stored value (a park's name, not its id); `values` is the
   * whole record, for a column of several `fields`.
   */
  show?(value: unknown, references: References, values: Values): string | number | boolean | null;
}

/** An importable sheet column: `key` is the field it fills, also how problems name it. */
export interface ImportColumn extends ImportField {
  key: string;
  sheet: SheetColumn<never>;
}

/**
 * The importable columns of a list, in the sheet's order: one reader for each column of the
 * description that is not `exportOnly`, and none for any other (checked when the module loads).
 */
export function importColumns<Row>(
  sheetColumns: readonly SheetColumn<Row>[],
  fields: Record<string, ImportField>,
): ImportColumn[] {
  const importable = sheetColumns.filter((column) => !column.exportOnly);
  const stray = Object.keys(fields).filter((key) => !importable.some((c) => c.key === key));
  if (stray.length > 0) throw new Error(`No importable sheet column: ${stray.join(', ')}`);
  return importable.map((column) => {
    const field = fields[column.key];
    if (!field) throw new Error(`The sheet column ${column.key} has no import reader`);
    return { ...field, key: field.field ?? column.key, sheet: column as SheetColumn<never> };
  });
}

/** Names of real records for the template's example row: it must import as it is. */
export interface TemplateSample {
  chain: string;
  park: string;
  firm: string;
  department: string;
  indicator: string;
  /** A target firm of the chain and a gap of its map that firm has no lead for yet. */
  targetFirm: string;
  gapLink: string;
}

/** A row read and checked: what it would write, and the natural key that matches it. */
export interface ImportRecord {
  row: number;
  /** The natural key, normalised: the same record always gives the same text. */
  key: string;
  /** The key as the preview shows it. */
  keyLabel: string;
  /** Every chain the record will belong to: the user must be allowed to write each. */
  chainIds: (number | null)[];
  /** Columns an insert sets besides the fields (the chain, the indicator and period). */
  identity: Values;
  /** The entity kind's fields (and related values, such as a firm's chains). */
  values: Values;
}

/** A problem of one cell: the column, and the code and params the SPA translates. */
export interface CellProblem {
  column: string;
  code: string;
  params?: Record<string, string | number>;
}

export type RecordOrProblem = { record: Omit<ImportRecord, 'row'> } | { problem: CellProblem };

/** A stored record a row matched, as its snapshot's edited values and its version. */
export interface ExistingRecord {
  entityId: string;
  version: number;
  chainIds: (number | null)[];
  /** The fields a row may change, to compare with the row's. */
  values: Values;
  /** The whole record as the audit trail keeps it: the import's `before`. */
  snapshot: Snapshot;
}

/**
 * One kind of list that can be imported, described once: its columns, how a read row becomes a
 * record, and how records are matched by their natural key. Writes go through `entity`, so the
 * audit trail, history and revert treat imported changes like any other edit.
 */
export interface ImportKindSpec {
  name: ImportKind;
  entity: EntityKind;
  /** The list's sheet description: its headers name the file's columns, export-only ones too. */
  sheetColumns: readonly SheetColumn<never>[];
  columns: readonly ImportColumn[];
  /** Values kept in other tables but imported with the record (a firm's `chainIds`). */
  relatedFields?: readonly string[];
  /** Records only the kind reads (a chain's links, its task force): loaded with the references. */
  loadReferences?(tx: Transaction): Promise<Partial<References>>;
  /**
   * Turns the names of columns with `fields` into those fields' values (ids), before the
   * schema runs: a name that means nothing is the row's problem.
   */
  resolve?(values: Values, references: References): { values: Values } | { problem: CellProblem };
  /** The rules a record must keep, run on the columns' values (the contract's write schema). */
  schema: z.ZodType<Values>;
  /**
   * The record of a checked row, or a problem that needs the references (an indicator's
   * threshold order, a quarter the indicator does not have): `{ column, code, params }`.
   */
  toRecord(values: Values, references: References): RecordOrProblem;
  /** The stored records of these keys; null for a key two stored records share. */
  loadExisting(
    tx: Transaction,
    records: readonly ImportRecord[],
  ): Promise<Map<string, ExistingRecord | null>>;
  /**
   * The rules of the kind's own write check that depend on the stored record (judged only when
   * a field changes, as an edit judges them): a problem, or null.
   */
  checkRecord?(
    record: ImportRecord,
    stored: ExistingRecord | undefined,
    references: References,
  ): CellProblem | null;
  /**
   * Writes, in the commit's transaction and before the records, what a record's write makes
   * with it (a signed lead's project), setting the fields that name it on the planned records.
   */
  beforeWrite?(context: WriteContext, plan: ImportPlan): Promise<void>;
}

/** A stored row as the import compares it: the entity's edited fields, as JSON. */
export function existingRecord(
  kind: EntityKind,
  row: Record<string, unknown>,
  chainIds: (number | null)[],
  related: Values = {},
): ExistingRecord {
  const snapshot = snapshotWith(kind, row as never, related);
  return {
    entityId: kind.entityIdOf(row as never),
    version: snapshot.version,
    chainIds,
    values: editedValues(kind, snapshot),
    snapshot,
  };
}

/** Adds a stored record under its key; a key met twice matches no row (it would be a guess). */
export function addExisting(
  found: Map<string, ExistingRecord | null>,
  key: string,
  record: ExistingRecord,
) {
  found.set(key, found.has(key) ? null : record);
}
