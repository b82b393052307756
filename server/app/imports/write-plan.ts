import { and, eq } from 'drizzle-orm';
import { appendAuditEvents, type AuditEntry } from '../writes/audit';
import type { EditableTable, WriteContext } from '../writes/entity';
import { snapshotWith } from '../writes/snapshot';
import type { ImportKindSpec, Values } from './import-kind';
import type { ImportPlan } from './plan';
import { ImportChangedError } from './problems';

/** Rows per insert statement: ~15 parameters each stays well under PostgreSQL's 65,535. */
const INSERT_CHUNK = 1000;

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

  for (let start = 0; start < plan.inserts.length; start += INSERT_CHUNK) {
    const chunk = plan.inserts.slice(start, start + INSERT_CHUNK);
    const parts = chunk.map((record) => split(spec, record.values));
    const inserted = (await tx
      .insert(table)
      .values(
        chunk.map((record, index) => ({
          ...record.identity,
          ...parts[index]?.own,
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

  for (const { record, existing } of plan.updates) {
    const { own, related } = split(spec, record.values);
    const [updated] = (await tx
      .update(table)
      .set({ ...own, ...stamp, ...versionColumns(existing.version + 1) })
      .where(and(kind.where(existing.entityId), eq(table.version, existing.version)))
      .returning()) as Record<string, unknown>[];
    if (!updated) throw new ImportChangedError();
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
      after: snapshotWith(kind, updated as never, related),
    });
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
