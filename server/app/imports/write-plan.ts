import { getTableColumns, inArray, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { appendAuditEvents, type AuditEntry } from '../writes/audit';
import type { EditableTable, WriteContext } from '../writes/entity';
import { snapshotWith } from '../writes/snapshot';
import type { ImportKindSpec, Values } from './import-kind';
import type { ImportPlan, PlannedUpdate } from './plan';
import { ImportChangedError } from './problems';

/** Rows per insert statement: ~15 parameters each stays well under PostgreSQL's 65,535. */
const INSERT_CHUNK = 1000;

/** Updates per statement: one JSON parameter, kept to a size the server parses quickly. */
const UPDATE_CHUNK = 1000;

function split(spec: ImportKindSpec, values: Values) {
  const own: Values = {};
  const related: Values = {};
  const fields = new Set<string>(spec.entity.fields);
  for (const [field, value] of Object.entries(values)) {
    if (fields.has(field)) own[field] = value;
    else related[field] = value;
  }
  return { own, related };
}

/**
 * Writes a checked plan in the caller's transaction: inserts at version 1 in multi-row
 * statements, updates with the next version (refused with 409 if the record moved on since it
 * was read), and one audit event per record, shaped as the editors' own writes keep them.
 */
export async function writePlan(context: WriteContext, spec: ImportKindSpec, plan: ImportPlan) {
  const { tx, user, now } = context;
  const kind = spec.entity;
  const table = kind.table as EditableTable;
  const versionColumns = (version: number) => ({
    version,
    updatedAt: now,
    updatedBy: user.username,
  });
  const stamp = kind.stamp?.(context) ?? {};
  const audit: AuditEntry[] = [];
  await spec.beforeWrite?.(context, plan);

  for (let start = 0; start < plan.inserts.length; start += INSERT_CHUNK) {
    const chunk = plan.inserts.slice(start, start + INSERT_CHUNK);
    const parts = chunk.map((record) => split(spec, record.values));
    const inserted = (await tx
      .insert(table)
      .values(
        chunk.map((record, index) => ({
          ...record.identity,
          ...parts[index]?.own,
          ...kind.derive?.(parts[index]?.own ?? {}),
          ...stamp,
          ...versionColumns(1),
        })),
      )
      .returning()) as Record<string, unknown>[];
    if (inserted.length !== chunk.length)
      throw new Error(`${kind.type}: an insert returned no row`);
    const created = inserted.map((row, index) => ({
      entityId: kind.entityIdOf(row as never),
      values: parts[index]?.related ?? {},
    }));
    if (kind.related?.storeNew) await kind.related.storeNew(tx, created);
    else
      for (const { entityId, values } of created)
        await storeRelated(context, spec, entityId, values);
    for (const [index, row] of inserted.entries()) {
      const related = parts[index]?.related ?? {};
      const entityId = kind.entityIdOf(row as never);
      audit.push({
        action: 'create',
        entityType: kind.type,
        entityId,
        chainId: chunk[index]?.chainIds[0] ?? null,
        before: null,
        after: snapshotWith(kind, row as never, related),
      });
    }
  }

  for (let start = 0; start < plan.updates.length; start += UPDATE_CHUNK) {
    const chunk = plan.updates.slice(start, start + UPDATE_CHUNK);
    const updated = await updateChunk(context, spec, chunk, {
      ...stamp,
      updatedAt: now,
      updatedBy: user.username,
    });
    for (const { record, existing } of chunk) {
      const row = updated.get(existing.entityId);
      if (!row) throw new ImportChangedError();
      const { related } = split(spec, record.values);
      // Most updates change a figure, not a firm's chains: rewrite those only when they differ.
      const relatedChanged = Object.entries(related).some(
        ([field, value]) => JSON.stringify(value) !== JSON.stringify(existing.values[field]),
      );
      if (relatedChanged) await storeRelated(context, spec, existing.entityId, related);
      audit.push({
        action: 'update',
        entityType: kind.type,
        entityId: existing.entityId,
        chainId: existing.chainIds[0] ?? null,
        before: existing.snapshot,
        after: snapshotWith(kind, row as never, related),
      });
    }
  }
  await appendAuditEvents(tx, user, now, audit);
}

async function storeRelated(
  context: WriteContext,
  spec: ImportKindSpec,
  entityId: string,
  related: Values,
) {
  if (spec.entity.related && Object.keys(related).length > 0) {
    await spec.entity.related.store(context.tx, entityId, related);
  }
}

/**
 * One statement for a chunk of updates: the rows' new fields as JSON, typed by the table's own
 * row type (json_populate_recordset), and `constants` (who and when) set on every row, each
 * applied only where the record is still at the version the plan read. Answers the updated rows by entity id, read back whole for the audit trail; a
 * record missing from the answer was changed meanwhile.
 */
async function updateChunk(
  { tx }: WriteContext,
  spec: ImportKindSpec,
  chunk: readonly PlannedUpdate[],
  constants: Values,
): Promise<Map<string, Record<string, unknown>>> {
  const kind = spec.entity;
  const table = kind.table as EditableTable & { id: PgColumn };
  const columns = getTableColumns(table);
  const name = (field: string) => sql.identifier((columns[field] as PgColumn).name);
  const edited = kind.fields.filter((field) => chunk.some(({ record }) => field in record.values));
  // A field only some records set (a signed lead's new project) keeps the others' values.
  const valuesOf = ({ record, existing }: PlannedUpdate) =>
    Object.fromEntries(
      edited.map((field) => [
        field,
        (field in record.values ? record.values[field] : existing.values[field]) ?? null,
      ]),
    );
  const rowValues = chunk.map((update): Record<string, unknown> => {
    const values = valuesOf(update);
    return { ...values, ...kind.derive?.(values) };
  });
  const fields = [...new Set(rowValues.flatMap((values) => Object.keys(values)))];
  const rows = chunk.map(({ existing }, index) => ({
    id: Number(existing.entityId),
    version: existing.version,
    ...Object.fromEntries(
      fields.map((field) => [(columns[field] as PgColumn).name, rowValues[index]?.[field] ?? null]),
    ),
  }));
  const assignments = [
    ...fields.map((field) => sql`${name(field)} = j.${name(field)}`),
    ...Object.entries(constants).map(([field, value]) => sql`${name(field)} = ${value}`),
    sql`${name('version')} = t.${name('version')} + 1`,
  ];
  const updated = (await tx.execute(sql`
    update ${table} as t set ${sql.join(assignments, sql`, `)}
    from json_populate_recordset(null::${table}, ${JSON.stringify(rows)}::json) as j
    where t.${name('id')} = j.${name('id')} and t.${name('version')} = j.${name('version')}
    returning t.${name('id')} as id`)) as unknown as { rows: { id: number }[] };
  const ids = updated.rows.map((row) => Number(row.id));
  const stored =
    ids.length === 0
      ? []
      : ((await tx.select().from(table).where(inArray(table.id, ids))) as Record<
          string,
          unknown
        >[]);
  return new Map(stored.map((row) => [kind.entityIdOf(row as never), row]));
}
