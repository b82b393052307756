import { and, asc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { Funnel, FunnelStage } from '../../../contract/investment';
import { leadStageDateFields } from '../../../contract/investment-writes';
import { leadPipelineStages } from '../../../contract/domain';
import type { NamedRef } from '../../../contract/common';
import type { Database } from '../../../db/database';
import { chains, leads, projects } from '../../../db/schema';
import { refColumns } from '../../queries/refs';
import { isStalledLead } from '../../queries/rules';
import { countWhere, sumAmount } from '../../queries/sql';

type Stage = (typeof leadPipelineStages)[number];

/** What one chain's leads add up to, per stage: reached, now there, and their investment. */
interface FunnelCounts {
  reached: Record<Stage, number>;
  current: Record<Stage, number>;
  investmentYi: Record<Stage, number>;
  dropped: { count: number; investmentYi: number };
  stalled: number;
}

const byStage = <T>(make: (stage: Stage) => T) =>
  Object.fromEntries(leadPipelineStages.map((stage) => [stage, make(stage)])) as Record<Stage, T>;

const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * One row per chain with leads: for each stage, how many leads have its date (a dropped lead
 * counts for the stages it reached), how many are at it now, and their expected investment —
 * for 签约 the investment of their projects, which is what was signed. Withdrawn leads never
 * count, nor do withdrawn projects.
 */
function funnelRows(db: Database, asOf: string, where: SQL | undefined) {
  const stageColumns = Object.fromEntries(
    leadPipelineStages.flatMap((stage) => {
      const date = leads[leadStageDateFields[stage]];
      const now = eq(leads.stage, stage);
      const amount =
        stage === 'signed'
          ? sumAmount(sql`case when ${now} then ${projects.investmentYi} end` as never)
          : sumAmount(sql`case when ${now} then ${leads.expectedInvestmentYi} end` as never);
      return [
        [`reached_${stage}`, countWhere(sql`${date} is not null`)],
        [`current_${stage}`, countWhere(now)],
        [`yi_${stage}`, amount],
      ];
    }),
  );
  const dropped = eq(leads.stage, 'dropped');
  return db
    .select({
      chainId: leads.chainId,
      droppedCount: countWhere(dropped),
      droppedYi: sumAmount(
        sql`case when ${dropped} then ${leads.expectedInvestmentYi} end` as never,
      ),
      stalled: countWhere(isStalledLead(asOf)),
      ...(stageColumns as Record<string, SQL.Aliased<number> | SQL<number>>),
    })
    .from(leads)
    .leftJoin(projects, and(eq(leads.projectId, projects.id), isNull(projects.withdrawnAt)))
    .where(and(isNull(leads.withdrawnAt), where))
    .groupBy(leads.chainId);
}

function emptyCounts(): FunnelCounts {
  return {
    reached: byStage(() => 0),
    current: byStage(() => 0),
    investmentYi: byStage(() => 0),
    dropped: { count: 0, investmentYi: 0 },
    stalled: 0,
  };
}

function addCounts(total: FunnelCounts, part: FunnelCounts) {
  for (const stage of leadPipelineStages) {
    total.reached[stage] += part.reached[stage];
    total.current[stage] += part.current[stage];
    total.investmentYi[stage] = round2(total.investmentYi[stage] + part.investmentYi[stage]);
  }
  total.dropped.count += part.dropped.count;
  total.dropped.investmentYi = round2(total.dropped.investmentYi + part.dropped.investmentYi);
  total.stalled += part.stalled;
}

/** A funnel of counts: each stage's conversion from the stage before it. */
export function toFunnel(chain: NamedRef | null, counts: FunnelCounts): Funnel {
  const stages = leadPipelineStages.map((stage, index): FunnelStage => {
    const previous = index === 0 ? 0 : counts.reached[leadPipelineStages[index - 1] as Stage];
    return {
      stage,
      reached: counts.reached[stage],
      current: counts.current[stage],
      conversionPercent: previous === 0 ? null : round2((counts.reached[stage] / previous) * 100),
      investmentYi: counts.investmentYi[stage],
    };
  });
  return { chain, stages, dropped: counts.dropped, stalled: counts.stalled };
}

/**
 * The funnels of the chains (`chainId`: that chain only), in the chains' usual order, each chain
 * with a funnel even without leads, and their total; `campaignId` keeps the leads met there.
 */
export async function loadFunnels(
  db: Database,
  asOf: string,
  filters: { chainId?: number; campaignId?: number },
) {
  const where = and(
    filters.chainId ? eq(leads.chainId, filters.chainId) : undefined,
    filters.campaignId ? eq(leads.campaignId, filters.campaignId) : undefined,
  );
  const [rows, chainRefs] = await Promise.all([
    funnelRows(db, asOf, where),
    db
      .select(refColumns(chains))
      .from(chains)
      .where(filters.chainId ? eq(chains.id, filters.chainId) : undefined)
      .orderBy(asc(chains.sortOrder), asc(chains.id)),
  ]);
  const countsByChain = new Map<number, FunnelCounts>();
  for (const row of rows) {
    const values = row as unknown as Record<string, number>;
    countsByChain.set(row.chainId, {
      reached: byStage((stage) => Number(values[`reached_${stage}`])),
      current: byStage((stage) => Number(values[`current_${stage}`])),
      investmentYi: byStage((stage) => Number(values[`yi_${stage}`])),
      dropped: { count: row.droppedCount, investmentYi: row.droppedYi },
      stalled: row.stalled,
    });
  }
  const total = emptyCounts();
  const perChain = chainRefs.map((chain) => {
    const counts = countsByChain.get(chain.id) ?? emptyCounts();
    addCounts(total, counts);
    return toFunnel(chain, counts);
  });
  const single = filters.chainId ? (chainRefs[0] ?? null) : null;
  const found = filters.chainId === undefined || chainRefs.length > 0;
  return { total: toFunnel(single, total), chains: perChain, found };
}
