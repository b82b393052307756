import { and, eq, inArray } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import {
  firmChains,
  firms,
  projects,
  techAssistantChains,
  techAssistantFirms,
  techAssistants,
  techMatches,
  techNeeds,
  techSupplies,
} from '../../../db/schema';
import { invalidField } from '../../errors';
import type { Transaction } from '../transaction';
import { bothLists, firstChain, idList } from './investment';
import { chainsMustExist, kind, nameSortKeyOf, numericId } from './support';

/*
 * 科技创新. A need and its matches are of one chain, which never changes: its task force writes
 * them. A supply is of no chain (administrators keep the list). A 科技助理 is in every chain they
 * serve: like a target firm, a change needs all of them, before and after.
 */

/** The field names a live record of `table`, or the body is refused naming it. */
async function liveRecord(
  tx: Transaction,
  table: PgTable & { id: AnyPgColumn; withdrawnAt: AnyPgColumn },
  field: string,
  id: unknown,
  what: string,
) {
  if (typeof id !== 'number') return;
  const [row] = await tx
    .select({ withdrawnAt: table.withdrawnAt })
    .from(table)
    .where(eq(table.id, id));
  if (!row) throw invalidField(field, `names no ${what}`);
  if (row.withdrawnAt) throw invalidField(field, `names a withdrawn ${what}`);
}

/** The field changes (or the record is new): only then is a rule of the moment judged again. */
function changed<Row extends Record<string, unknown>>(
  row: Row | undefined,
  values: Record<string, unknown>,
  field: keyof Row & string,
) {
  return values[field] !== undefined && (!row || row[field] !== values[field]);
}

/** 技术需求: raised by a firm of its chain. */
export const techNeedKind = kind({
  type: 'tech_need',
  table: techNeeds,
  where: (entityId) => eq(techNeeds.id, numericId(entityId)),
  entityIdOf: (row) => String(row.id),
  chainIdOf: (row) => row.chainId,
  identity: ['id', 'chainId'],
  fields: [
    'firmId',
    'title',
    'kind',
    'description',
    'urgency',
    'raisedOn',
    'status',
    'withdrawnAt',
  ],
  async check({ tx }, values, { chainId, row }) {
    if (!changed(row, values, 'firmId') || chainId === null) return;
    await liveRecord(tx, firms, 'firmId', values.firmId, 'firm');
    const onChain = await tx
      .select({ firmId: firmChains.firmId })
      .from(firmChains)
      .where(and(eq(firmChains.firmId, values.firmId as number), eq(firmChains.chainId, chainId)));
    if (onChain.length === 0) throw invalidField('firmId', 'is not a firm of this chain');
  },
});

/** 技术供给: an institute, a university or a team; city-wide, of no chain. */
export const techSupplyKind = kind({
  type: 'tech_supply',
  table: techSupplies,
  derive: nameSortKeyOf,
  where: (entityId) => eq(techSupplies.id, numericId(entityId)),
  entityIdOf: (row) => String(row.id),
  chainIdOf: () => null,
  identity: ['id'],
  fields: [
    'name',
    'nameEn',
    'kind',
    'network',
    'isLocal',
    'field',
    'offers',
    'contact',
    'withdrawnAt',
  ],
});

/** 科技助理: serves one or more chains and firms of those chains. */
export const techAssistantKind = kind({
  type: 'tech_assistant',
  table: techAssistants,
  derive: nameSortKeyOf,
  where: (entityId) => eq(techAssistants.id, numericId(entityId)),
  entityIdOf: (row) => String(row.id),
  chainIdOf: (row, tx) =>
    firstChain(
      tx,
      techAssistantChains,
      techAssistantChains.assistantId,
      techAssistantChains.chainId,
      row.id,
    ),
  chainIdsOf: (snapshot) => (snapshot.chainIds as number[] | undefined) ?? [],
  identity: ['id'],
  fields: [
    'name',
    'supplyId',
    'homeInstitute',
    'batch',
    'termStartsOn',
    'termEndsOn',
    'withdrawnAt',
  ],
  related: bothLists(
    idList(
      techAssistantChains,
      techAssistantChains.assistantId,
      techAssistantChains.chainId,
      'chainIds',
      'assistantId',
      'chainId',
    ),
    idList(
      techAssistantFirms,
      techAssistantFirms.assistantId,
      techAssistantFirms.firmId,
      'firmIds',
      'assistantId',
      'firmId',
    ),
  ),
  async check({ tx }, values, { row }) {
    await chainsMustExist(tx, 'chainIds', values.chainIds);
    if (changed(row, values, 'supplyId')) {
      await liveRecord(tx, techSupplies, 'supplyId', values.supplyId, 'technology supplier');
    }
    const firmIds = values.firmIds as number[] | undefined;
    const chainIds = values.chainIds as number[] | undefined;
    if (!firmIds || firmIds.length === 0 || !chainIds) return;
    const served = await tx
      .selectDistinct({ firmId: firmChains.firmId })
      .from(firmChains)
      .where(and(inArray(firmChains.firmId, firmIds), inArray(firmChains.chainId, chainIds)));
    if (served.length !== firmIds.length) {
      throw invalidField('firmIds', 'names a firm that is not of the chains listed');
    }
  },
});

/** 技术对接: a need of the chain matched with a supply, by a 科技助理 of the chain or none. */
export const techMatchKind = kind({
  type: 'tech_match',
  table: techMatches,
  where: (entityId) => eq(techMatches.id, numericId(entityId)),
  entityIdOf: (row) => String(row.id),
  chainIdOf: (row) => row.chainId,
  identity: ['id', 'chainId', 'needId'],
  fields: [
    'supplyId',
    'assistantId',
    'stage',
    'startedOn',
    'intentOn',
    'contractOn',
    'landedOn',
    'failedOn',
    'amountWan',
    'projectId',
    'note',
    'withdrawnAt',
  ],
  async check({ tx }, values, { chainId, row }) {
    if (changed(row, values, 'supplyId')) {
      await liveRecord(tx, techSupplies, 'supplyId', values.supplyId, 'technology supplier');
    }
    if (changed(row, values, 'assistantId') && typeof values.assistantId === 'number') {
      await liveRecord(tx, techAssistants, 'assistantId', values.assistantId, 'assistant');
      const serves = await tx
        .select({ chainId: techAssistantChains.chainId })
        .from(techAssistantChains)
        .where(
          and(
            eq(techAssistantChains.assistantId, values.assistantId),
            eq(techAssistantChains.chainId, chainId ?? -1),
          ),
        );
      if (serves.length === 0) {
        throw invalidField('assistantId', 'is not a 科技助理 of this chain');
      }
    }
    if (changed(row, values, 'projectId') && typeof values.projectId === 'number') {
      const [project] = await tx
        .select({ chainId: projects.chainId, withdrawnAt: projects.withdrawnAt })
        .from(projects)
        .where(eq(projects.id, values.projectId));
      if (!project || project.chainId !== chainId) {
        throw invalidField('projectId', 'is not a project of this chain');
      }
      if (project.withdrawnAt) throw invalidField('projectId', 'names a withdrawn project');
    }
  },
});
