import type { z } from 'zod';
import type { ImportKind } from '../../contract/imports';
import type { CellType } from '../sheets';
import type { EntityKind } from '../writes/entity';
import { editedValues, snapshotWith, type Snapshot } from '../writes/snapshot';
import type { Transaction } from '../writes/transaction';
import type { Cell, CellResult } from './cells';
import type { References } from './references';

export type Values = Record<string, unknown>;

/** One column of a kind's sheet: the record field it fills and the headers that name it. */
export interface ImportColumn {
  /** The field the column fills (`parkId` for 所在园区), also how problems name the column. */
  key: string;
  zh: string;
  en: string;
  /** Other headers that name the column: the export's own (员工人数 for 从业人数). */
  aliases?: readonly string[];
  /** How the template writes the column's cells. */
  type: CellType;
  /** The column must be in the sheet (its cells may still be blank where the field allows). */
  required: boolean;
  /** The template's example cell, from records the user may name (their chain, a park). */
  example: string | number | ((sample: TemplateSample) => string | number);
  read(cell: Cell, references: References): CellResult<unknown>;
  /** How the preview shows a stored value of the field (a park's name, not its id). */
  show?(value: unknown, references: References): string | number | boolean | null;
}

/** Names of real records for the template's example row: it must import as it is. */
export interface TemplateSample {
  chain: string;
  park: string;
  firm: string;
  department: string;
  indicator: string;
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
  columns: readonly ImportColumn[];
  /** Values kept in other tables but imported with the record (a firm's `chainIds`). */
  relatedFields?: readonly string[];
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
