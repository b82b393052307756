import { and, asc, count, desc, eq, isNotNull, isNull, max, sql } from 'drizzle-orm';
import {
  techMatchSuccessfulStages,
  techNeedKinds,
  type TechMatchStage,
  type TechNeedKind,
} from '../../../contract/domain';
import type { ChainTechnology, TechnologySummary } from '../../../contract/technology';
import type { Database } from '../../../db/database';
import {
  chains,
  techAssistantChains,
  techAssistants,
  techMatches,
  techNeeds,
  techSupplies,
} from '../../../db/schema';
import { refColumns } from '../../queries/refs';
import { aggregateRow, countWhere, sumAmount } from '../../queries/sql';
import { selectTechNeeds, toTechNeedListItem, urgencyRank } from './needs.queries';

/*
 * The counts of the technology screens and of the overview, each over the records not
 * withdrawn. "The year" is the last full calendar year of the city's today: the year a report
 * such as the source article looks back on.
 */

export const technologyYear = (asOf: string) => Number(asOf.slice(0, 4)) - 1;

const liveMatch = isNull(techMatches.withdrawnAt);
const landedYear = sql<number>`extract(year from ${techMatches.landedOn})::int`.mapWith(Number);

/** Matches landed, by the year they landed, oldest first. */
function landedByYear(db: Database, chainId?: number) {
  return db
    .select({ year: landedYear, count: count(), amountWan: sumAmount(techMatches.amountWan) })
    .from(techMatches)
    .where(
      and(
        liveMatch,
        isNotNull(techMatches.landedOn),
        eq(techMatches.stage, 'landed'),
        chainId === undefined ? undefined : eq(techMatches.chainId, chainId),
      ),
    )
    .groupBy(landedYear)
    .orderBy(asc(landedYear));
}

function matchesByStage(db: Database, chainId?: number) {
  return db
    .select({ stage: techMatches.stage, count: count() })
    .from(techMatches)
    .where(and(liveMatch, chainId === undefined ? undefined : eq(techMatches.chainId, chainId)))
    .groupBy(techMatches.stage)
    .orderBy(asc(techMatches.stage));
}

/** An assistant's live matches on the chain, at `stages` (any when not given). */
function assistantMatches(chainId: number, stages?: readonly string[]) {
  const atStage = stages
    ? sql` and m.stage in (${sql.join(
        stages.map((stage) => sql`${stage}`),
        sql`, `,
      )})`
    : sql``;
  return sql<number>`(select count(*) from tech_matches m
    where m.assistant_id = ${techAssistants.id} and m.chain_id = ${chainId}
      and m.withdrawn_at is null${atStage})`.mapWith(Number);
}

/** A chain's section: its needs, its matches by stage, its transfers, its 科技助理. */
export async function loadChainTechnology(
  db: Database,
  chainId: number,
  asOf: string,
): Promise<ChainTechnology> {
  const liveNeed = and(eq(techNeeds.chainId, chainId), isNull(techNeeds.withdrawnAt));
  const [byStatus, open, stages, landed, assistants] = await Promise.all([
    db
      .select({ status: techNeeds.status, count: count() })
      .from(techNeeds)
      .where(liveNeed)
      .groupBy(techNeeds.status)
      .orderBy(asc(techNeeds.status)),
    selectTechNeeds(db)
      .where(and(liveNeed, eq(techNeeds.status, 'open')))
      .orderBy(asc(urgencyRank), asc(techNeeds.raisedOn), asc(techNeeds.id))
      .limit(10),
    matchesByStage(db, chainId),
    landedByYear(db, chainId),
    db
      .select({
        id: techAssistants.id,
        name: techAssistants.name,
        homeInstitute: techAssistants.homeInstitute,
        batch: techAssistants.batch,
        matches: assistantMatches(chainId),
        successful: assistantMatches(chainId, techMatchSuccessfulStages),
        landed: assistantMatches(chainId, ['landed']),
      })
      .from(techAssistants)
      .innerJoin(techAssistantChains, eq(techAssistantChains.assistantId, techAssistants.id))
      .where(and(eq(techAssistantChains.chainId, chainId), isNull(techAssistants.withdrawnAt)))
      .orderBy(desc(techAssistants.batch), asc(techAssistants.nameSortKey), asc(techAssistants.id)),
  ]);
  return {
    chainId,
    year: technologyYear(asOf),
    needs: {
      total: byStatus.reduce((sum, row) => sum + row.count, 0),
      byStatus,
      open: open.map(toTechNeedListItem),
    },
    matchesByStage: stages,
    landedByYear: landed,
    assistants,
  };
}

/** The city's technology view. */
export async function loadTechnologySummary(
  db: Database,
  asOf: string,
): Promise<TechnologySummary> {
  const [needRows, stages, assistantStages, landed, network, assistants] = await Promise.all([
    db
      .select({
        chain: refColumns(chains),
        kind: techNeeds.kind,
        count: count(),
        open: countWhere(eq(techNeeds.status, 'open')),
      })
      .from(techNeeds)
      .innerJoin(chains, eq(techNeeds.chainId, chains.id))
      .where(isNull(techNeeds.withdrawnAt))
      .groupBy(chains.id, techNeeds.kind)
      .orderBy(asc(chains.sortOrder), asc(chains.id), asc(techNeeds.kind)),
    matchesByStage(db),
    db
      .select({
        id: techAssistants.id,
        name: techAssistants.name,
        batch: techAssistants.batch,
        stage: techMatches.stage,
        count: count(),
      })
      .from(techMatches)
      .innerJoin(techAssistants, eq(techMatches.assistantId, techAssistants.id))
      .where(and(liveMatch, isNull(techAssistants.withdrawnAt)))
      .groupBy(techAssistants.id, techMatches.stage)
      .orderBy(asc(techAssistants.id), asc(techMatches.stage)),
    landedByYear(db),
    db
      .select({ network: techSupplies.network, kind: techSupplies.kind, count: count() })
      .from(techSupplies)
      .where(and(isNotNull(techSupplies.network), isNull(techSupplies.withdrawnAt)))
      .groupBy(techSupplies.network, techSupplies.kind)
      .orderBy(asc(techSupplies.network), asc(techSupplies.kind)),
    aggregateRow(
      db
        .select({ total: count(), latestBatch: max(techAssistants.batch) })
        .from(techAssistants)
        .where(isNull(techAssistants.withdrawnAt)),
    ),
  ]);
  return {
    year: technologyYear(asOf),
    needsByChain: byChain(needRows),
    needsByKind: totalsByKind(needRows),
    matchesByStage: stages,
    matchesByAssistant: byAssistant(assistantStages),
    landedByYear: landed,
    network: network.flatMap((row) => (row.network ? [{ ...row, network: row.network }] : [])),
    assistants: { total: assistants.total, latestBatch: assistants.latestBatch },
  };
}

interface NeedRow {
  chain: { id: number; name: string; nameEn: string | null };
  kind: TechNeedKind;
  count: number;
  open: number;
}

/** Needs per chain, by kind, in the chains' order. */
function byChain(rows: readonly NeedRow[]): TechnologySummary['needsByChain'] {
  const entries = new Map<number, TechnologySummary['needsByChain'][number]>();
  for (const { chain, kind, count, open } of rows) {
    const entry = entries.get(chain.id) ?? { chain, open: 0, total: 0, byKind: [] };
    entry.open += open;
    entry.total += count;
    entry.byKind.push({ kind, count });
    entries.set(chain.id, entry);
  }
  return [...entries.values()];
}

function totalsByKind(rows: readonly NeedRow[]): TechnologySummary['needsByKind'] {
  return techNeedKinds.flatMap((kind) => {
    const total = rows.filter((row) => row.kind === kind).reduce((sum, row) => sum + row.count, 0);
    return total > 0 ? [{ kind, count: total }] : [];
  });
}

interface AssistantStageRow {
  id: number;
  name: string;
  batch: number;
  stage: TechMatchStage;
  count: number;
}

const isSuccessful = (stage: TechMatchStage) =>
  (techMatchSuccessfulStages as readonly string[]).includes(stage);

/** Each assistant's matches by stage, the most successful first, then by id. */
function byAssistant(rows: readonly AssistantStageRow[]): TechnologySummary['matchesByAssistant'] {
  const entries = new Map<number, TechnologySummary['matchesByAssistant'][number]>();
  const successes = new Map<number, number>();
  for (const { id, name, batch, stage, count } of rows) {
    const entry = entries.get(id) ?? { assistant: { id, name, nameEn: null }, batch, byStage: [] };
    entry.byStage.push({ stage, count });
    entries.set(id, entry);
    successes.set(id, (successes.get(id) ?? 0) + (isSuccessful(stage) ? count : 0));
  }
  const successOf = (id: number) => successes.get(id) ?? 0;
  return [...entries.values()].sort(
    (a, b) =>
      successOf(b.assistant.id) - successOf(a.assistant.id) || a.assistant.id - b.assistant.id,
  );
}
