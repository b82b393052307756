import { and, eq, inArray } from 'drizzle-orm';
import type { AuditEntityType } from '../../contract/audit';
import type { FiveOneItem } from '../../contract/common';
import {
  chainLeaderFirms,
  chainLinkFirms,
  chainLinks,
  chains,
  chiefScientists,
  departments,
  firmChains,
  firms,
  fiveOnes,
  indicatorValues,
  indicators,
  parks,
  policies,
  problems,
  projects,
  statusReports,
  taskForceMembers,
  taskForces,
} from '../../db/schema';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { invalidField } from '../errors';
import type { EditableTable, EntityKind, WriteContext } from './entity';
import type { Transaction } from './transaction';
import { cityDay } from '../../contract/city-time';

/*
 * Every kind of record users edit, described once. Routes write through these, the audit trail
 * names them, and a revert finds its record by them.
 */

/** An id the audit trail stores as text; anything else names no record. */
function numericId(entityId: string): number {
  return /^\d{1,10}$/.test(entityId) ? Number(entityId) : -1;
}

/** Refuses a body whose `field` names a record that does not exist. */
async function mustExist(
  tx: Transaction,
  table: PgTable & { id: PgColumn },
  field: string,
  id: unknown,
  message: string,
) {
  if (typeof id !== 'number') return;
  const found = await tx.select({ id: table.id }).from(table).where(eq(table.id, id));
  if (found.length === 0) throw invalidField(field, message);
}

function kind<Table extends EditableTable>(definition: EntityKind<Table>): EntityKind<Table> {
  return definition;
}

/** One list of kinds of different tables: each keeps its own types where it is defined. */
const anyKind = <Table extends EditableTable>(definition: EntityKind<Table>) =>
  definition as unknown as EntityKind;

export const chainStatusKind = kind({
  type: 'chain_status',
  table: chains,
  where: (entityId) => eq(chains.id, numericId(entityId)),
  entityIdOf: (row) => String(row.id),
  chainIdOf: (row) => row.id,
  identity: ['id'],
  fields: ['status', 'statusNote'],
  stamp: ({ user, now }) => ({ statusSetBy: user.displayName, statusUpdatedAt: now }),
});

/** `3:leader_firm`: a chain's row of one of the five ones. */
export const fiveOneEntityId = (chainId: number, item: FiveOneItem) => `${chainId}:${item}`;

export const fiveOneKind = kind({
  type: 'five_one',
  table: fiveOnes,
  where: (entityId) => {
    const [chainId = '', item = ''] = entityId.split(':');
    return and(eq(fiveOnes.chainId, numericId(chainId)), eq(fiveOnes.item, item as FiveOneItem));
  },
  entityIdOf: (row) => fiveOneEntityId(row.chainId, row.item),
  chainIdOf: (row) => row.chainId,
  identity: ['chainId', 'item'],
  fields: ['state', 'note'],
});

export const leaderFirmKind = kind({
  type: 'leader_firm',
  table: chainLeaderFirms,
  where: (entityId) => eq(chainLeaderFirms.chainId, numericId(entityId)),
  entityIdOf: (row) => String(row.chainId),
  chainIdOf: (row) => row.chainId,
  identity: ['chainId'],
  fields: ['firmId', 'reason', 'designatedOn'],
  check: ({ tx }, values) => mustExist(tx, firms, 'firmId', values.firmId, 'names no firm'),
});

export const chiefScientistKind = kind({
  type: 'chief_scientist',
  table: chiefScientists,
  where: (entityId) => eq(chiefScientists.chainId, numericId(entityId)),
  entityIdOf: (row) => String(row.chainId),
  chainIdOf: (row) => row.chainId,
  identity: ['chainId'],
  fields: ['name', 'title', 'affiliation', 'field', 'appointedOn'],
});

const noDepartment = 'names no department';

export const taskForceKind = kind({
  type: 'task_force',
  table: taskForces,
  where: (entityId) => eq(taskForces.chainId, numericId(entityId)),
  entityIdOf: (row) => String(row.chainId),
  chainIdOf: (row) => row.chainId,
  identity: ['chainId'],
  fields: ['headName', 'headTitle', 'leadDepartmentId', 'meetingCadence', 'lastMeetingOn'],
  check: ({ tx }, values) =>
    mustExist(tx, departments, 'leadDepartmentId', values.leadDepartmentId, noDepartment),
});

export const taskForceMemberKind = kind({
  type: 'task_force_member',
  table: taskForceMembers,
  where: (entityId) => eq(taskForceMembers.id, numericId(entityId)),
  entityIdOf: (row) => String(row.id),
  chainIdOf: (row) => row.chainId,
  identity: ['id', 'chainId'],
  fields: ['name', 'role', 'departmentId'],
  check: ({ tx }, values) =>
    mustExist(tx, departments, 'departmentId', values.departmentId, noDepartment),
});

export const policyKind = kind({
  type: 'policy',
  table: policies,
  where: (entityId) => eq(policies.id, numericId(entityId)),
  entityIdOf: (row) => String(row.id),
  chainIdOf: (row) => row.chainId,
  identity: ['id', 'chainId'],
  fields: [
    'title',
    'docNumber',
    'issuer',
    'issuedOn',
    'status',
    'budgetWan',
    'disbursedWan',
    'beneficiaries',
    'retiredAt',
  ],
});

/** A chain link's member firms live in their own table; they are edited with the link. */
const chainLinkFirmIds = {
  async load(tx: Transaction, entityId: string) {
    const rows = await tx
      .select({ firmId: chainLinkFirms.firmId })
      .from(chainLinkFirms)
      .where(eq(chainLinkFirms.linkId, numericId(entityId)))
      .orderBy(chainLinkFirms.firmId);
    return { firmIds: rows.map((row) => row.firmId) };
  },
  async store(tx: Transaction, entityId: string, values: Record<string, unknown>) {
    const linkId = numericId(entityId);
    const firmIds = values.firmIds as number[] | undefined;
    if (!firmIds) return;
    await tx.delete(chainLinkFirms).where(eq(chainLinkFirms.linkId, linkId));
    if (firmIds.length > 0) {
      await tx.insert(chainLinkFirms).values(firmIds.map((firmId) => ({ linkId, firmId })));
    }
  },
};

export const chainLinkKind = kind({
  type: 'chain_link',
  table: chainLinks,
  where: (entityId) => eq(chainLinks.id, numericId(entityId)),
  entityIdOf: (row) => String(row.id),
  chainIdOf: (row) => row.chainId,
  identity: ['id', 'chainId'],
  fields: ['strength', 'note'],
  related: chainLinkFirmIds,
  async check({ tx }, values) {
    const firmIds = values.firmIds as number[] | undefined;
    if (!firmIds || firmIds.length === 0) return;
    const found = await tx.select({ id: firms.id }).from(firms).where(inArray(firms.id, firmIds));
    if (found.length !== firmIds.length)
      throw invalidField('firmIds', 'names a firm that does not exist');
  },
});

/** A quarter's figure of an indicator; its chain is the indicator's. */
export const indicatorValueKind = kind({
  type: 'indicator_value',
  table: indicatorValues,
  where: (entityId) => eq(indicatorValues.id, numericId(entityId)),
  entityIdOf: (row) => String(row.id),
  async chainIdOf(row, tx) {
    const [indicator] = await tx
      .select({ chainId: indicators.chainId })
      .from(indicators)
      .where(eq(indicators.id, row.indicatorId));
    return indicator?.chainId ?? null;
  },
  identity: ['id', 'indicatorId', 'period'],
  fields: ['value', 'target', 'warningThreshold', 'excellentThreshold'],
});

async function checkProjectRefs({ tx }: WriteContext, values: Record<string, unknown>) {
  await mustExist(tx, parks, 'parkId', values.parkId, 'names no park');
  await mustExist(tx, firms, 'firmId', values.firmId, 'names no firm');
}

export const projectKind = kind({
  type: 'project',
  table: projects,
  where: (entityId) => eq(projects.id, numericId(entityId)),
  entityIdOf: (row) => String(row.id),
  chainIdOf: (row) => row.chainId,
  identity: ['id', 'chainId'],
  fields: [
    'name',
    'parkId',
    'firmId',
    'origin',
    'investmentYi',
    'stage',
    'signedOn',
    'startedOn',
    'productionOn',
    'plannedProductionOn',
    'progress',
  ],
  // The progress date is the day of the latest edit, by the city's calendar.
  stamp: ({ now }) => ({ progressUpdatedOn: cityDay(now) }),
  check: checkProjectRefs,
});

export const problemKind = kind({
  type: 'problem',
  table: problems,
  where: (entityId) => eq(problems.id, numericId(entityId)),
  entityIdOf: (row) => String(row.id),
  chainIdOf: (row) => row.chainId,
  identity: ['id', 'chainId'],
  fields: [
    'firmId',
    'title',
    'detail',
    'category',
    'raisedOn',
    'ownerDepartmentId',
    'deadline',
    'status',
    'resolvedOn',
    'feedback',
  ],
  async check({ tx }, values) {
    await mustExist(tx, firms, 'firmId', values.firmId, 'names no firm');
    await mustExist(tx, departments, 'ownerDepartmentId', values.ownerDepartmentId, noDepartment);
  },
});

export const statusReportKind = kind({
  type: 'status_report',
  table: statusReports,
  where: (entityId) => eq(statusReports.id, numericId(entityId)),
  entityIdOf: (row) => String(row.id),
  chainIdOf: (row) => row.chainId,
  identity: ['id', 'chainId', 'authorName'],
  fields: ['reportedOn', 'status', 'title', 'body'],
  stamp: ({ user }) => ({ authorName: user.displayName }),
});

/** A firm's chains live in their own table; they are written with the firm. */
const firmChainIds = {
  async load(tx: Transaction, entityId: string) {
    const rows = await tx
      .select({ chainId: firmChains.chainId })
      .from(firmChains)
      .where(eq(firmChains.firmId, numericId(entityId)))
      .orderBy(firmChains.chainId);
    return { chainIds: rows.map((row) => row.chainId) };
  },
  async store(tx: Transaction, entityId: string, values: Record<string, unknown>) {
    const firmId = numericId(entityId);
    const chainIds = values.chainIds as number[] | undefined;
    if (!chainIds) return;
    await tx.delete(firmChains).where(eq(firmChains.firmId, firmId));
    if (chainIds.length > 0) {
      await tx.insert(firmChains).values(chainIds.map((chainId) => ({ firmId, chainId })));
    }
  },
  async storeNew(
    tx: Transaction,
    records: readonly { entityId: string; values: Record<string, unknown> }[],
  ) {
    const rows = records.flatMap(({ entityId, values }) =>
      ((values.chainIds as number[] | undefined) ?? []).map((chainId) => ({
        firmId: numericId(entityId),
        chainId,
      })),
    );
    // Two parameters a row: 10,000 rows stay under PostgreSQL's 65,535 parameters.
    for (let start = 0; start < rows.length; start += 10_000) {
      await tx.insert(firmChains).values(rows.slice(start, start + 10_000));
    }
  },
};

/**
 * A firm, written by imports. It may work in several chains; the audit trail files it under its
 * first one. A change (a revert too) needs every chain it is in before and after.
 */
export const firmKind = kind({
  type: 'firm',
  table: firms,
  where: (entityId) => eq(firms.id, numericId(entityId)),
  entityIdOf: (row) => String(row.id),
  async chainIdOf(row, tx) {
    const [first] = await tx
      .select({ chainId: firmChains.chainId })
      .from(firmChains)
      .where(eq(firmChains.firmId, row.id))
      .orderBy(firmChains.chainId)
      .limit(1);
    return first?.chainId ?? null;
  },
  chainIdsOf: (snapshot) => (snapshot.chainIds as number[] | undefined) ?? [],
  identity: ['id'],
  fields: [
    'name',
    'nameEn',
    'creditCode',
    'parkId',
    'revenueBand',
    'revenueYi',
    'tags',
    'foundedYear',
    'employees',
  ],
  related: firmChainIds,
});

/** The kinds a revert can restore, by the audit trail's entity type. */
export const revertibleKinds: Partial<Record<AuditEntityType, EntityKind>> = {
  chain_status: anyKind(chainStatusKind),
  five_one: anyKind(fiveOneKind),
  leader_firm: anyKind(leaderFirmKind),
  chief_scientist: anyKind(chiefScientistKind),
  task_force: anyKind(taskForceKind),
  task_force_member: anyKind(taskForceMemberKind),
  policy: anyKind(policyKind),
  chain_link: anyKind(chainLinkKind),
  indicator_value: anyKind(indicatorValueKind),
  project: anyKind(projectKind),
  problem: anyKind(problemKind),
  status_report: anyKind(statusReportKind),
  firm: anyKind(firmKind),
};
