import { getTableName, sql } from 'drizzle-orm';
import type { PgInsertValue, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../database';
import * as schema from '../schema';
import { withNameSortKey } from '../name-sort-key';
import type { SampleCity } from './rows';
import type { AuditDraft } from './scale';

export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

/** Multi-row inserts: one statement per batch, far below PostgreSQL's 65,535-parameter cap. */
const BATCH_ROWS = 500;

async function insertAll<TTable extends PgTable>(
  tx: Transaction,
  table: TTable,
  rows: PgInsertValue<TTable>[],
): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH_ROWS) {
    await tx.insert(table).values(rows.slice(start, start + BATCH_ROWS));
  }
}

/** Tables whose serial ids the loader writes itself. */
const SERIAL_TABLES = [
  schema.departments,
  schema.chains,
  schema.parks,
  schema.firms,
  schema.chainSegments,
  schema.chainLinks,
  schema.taskForceMembers,
  schema.policies,
  schema.clusters,
  schema.clusterAssessments,
  schema.projects,
  schema.campaigns,
  schema.supplyItems,
  schema.targetFirms,
  schema.leads,
  schema.techSupplies,
  schema.techAssistants,
  schema.techNeeds,
  schema.techMatches,
  schema.meetings,
  schema.problems,
  schema.indicators,
  schema.indicatorValues,
  schema.statusReports,
] as const;

/**
 * The sample rows carry their own ids (so they are the same on every load); move each serial
 * sequence past them so the first row a user creates does not collide.
 */
async function advanceSequences(tx: Transaction): Promise<void> {
  const calls = SERIAL_TABLES.map(
    (table) =>
      sql`setval(pg_get_serial_sequence(${getTableName(table)}, 'id'), (select coalesce(max(${table.id}), 0) + 1 from ${table}), false)`,
  );
  await tx.execute(sql`select ${sql.join(calls, sql`, `)}`);
}

/** Writes every table of the sample city, parents before children. */
export async function insertSampleCity(tx: Transaction, city: SampleCity): Promise<void> {
  await insertAll(tx, schema.departments, withNameSortKey(city.departments));
  await insertAll(tx, schema.chains, city.chains);
  await insertAll(tx, schema.fiveOnes, city.fiveOnes);
  await insertAll(tx, schema.parks, withNameSortKey(city.parks));
  await insertAll(tx, schema.parkChains, city.parkChains);
  await insertAll(tx, schema.firms, withNameSortKey(city.firms));
  await insertAll(tx, schema.firmChains, city.firmChains);
  await insertAll(tx, schema.chainSegments, city.chainSegments);
  await insertAll(tx, schema.chainLinks, city.chainLinks);
  await insertAll(tx, schema.chainLinkFirms, city.chainLinkFirms);
  await insertAll(tx, schema.chainLeaderFirms, city.chainLeaderFirms);
  await insertAll(tx, schema.chiefScientists, city.chiefScientists);
  await insertAll(tx, schema.taskForces, city.taskForces);
  await insertAll(tx, schema.taskForceMembers, city.taskForceMembers);
  await insertAll(tx, schema.policies, city.policies);
  await insertAll(tx, schema.clusters, withNameSortKey(city.clusters));
  await insertAll(tx, schema.clusterChains, city.clusterChains);
  await insertAll(tx, schema.clusterAssessments, city.clusterAssessments);
  await insertAll(tx, schema.campaigns, city.campaigns);
  await insertAll(tx, schema.campaignChains, city.campaignChains);
  await insertAll(tx, schema.projects, withNameSortKey(city.projects));
  await insertAll(tx, schema.supplyItems, city.supplyItems);
  await insertAll(tx, schema.targetFirms, withNameSortKey(city.targetFirms));
  await insertAll(tx, schema.targetFirmChains, city.targetFirmChains);
  await insertAll(tx, schema.targetFirmLinks, city.targetFirmLinks);
  await insertAll(tx, schema.leads, city.leads);
  await insertAll(tx, schema.meetings, city.meetings);
  await insertAll(tx, schema.meetingFirms, city.meetingFirms);
  await insertAll(tx, schema.problems, city.problems);
  await insertAll(tx, schema.indicators, city.indicators);
  await insertAll(tx, schema.indicatorValues, city.indicatorValues);
  await insertAll(tx, schema.statusReports, city.statusReports);
  await insertAll(tx, schema.techSupplies, withNameSortKey(city.techSupplies));
  await insertAll(tx, schema.techAssistants, withNameSortKey(city.techAssistants));
  await insertAll(tx, schema.techAssistantChains, city.techAssistantChains);
  await insertAll(tx, schema.techAssistantFirms, city.techAssistantFirms);
  await insertAll(tx, schema.techNeeds, city.techNeeds);
  await insertAll(tx, schema.techMatches, city.techMatches);
  await advanceSequences(tx);
}

/** Writes a generated audit history, each event tied to its author's user row by username. */
export async function insertAuditHistory(tx: Transaction, drafts: AuditDraft[]): Promise<void> {
  const users = await tx
    .select({ id: schema.users.id, username: schema.users.username })
    .from(schema.users);
  const userIdOf = new Map(users.map((user) => [user.username, user.id]));
  await insertAll(
    tx,
    schema.auditEvents,
    drafts.map((draft) => ({ ...draft, userId: userIdOf.get(draft.actor) ?? null })),
  );
}
