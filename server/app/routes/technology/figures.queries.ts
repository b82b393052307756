import { and, arrayContains, count, eq, inArray, isNotNull, isNull, max, sql } from 'drizzle-orm';
import { techMatchSuccessfulStages } from '../../../contract/domain';
import type { TechnologyFigures } from '../../../contract/technology';
import type { Database } from '../../../db/database';
import { firms, techAssistants, techMatches, techSupplies } from '../../../db/schema';
import { aggregateRow, countWhere, sumAmount } from '../../queries/sql';
import { technologyYear } from './summary.queries';

const isHighTech = arrayContains(firms.tags, ['high_tech']);
const byAssistant = isNotNull(techMatches.assistantId);

/**
 * The overview's technology figures (the source article's): a fixed set of aggregate queries,
 * each over the records not withdrawn, "the year" being the last full calendar year.
 */
export async function technologyFigures(db: Database, asOf: string): Promise<TechnologyFigures> {
  const year = technologyYear(asOf);
  const withdrawnInYear = sql`extract(year from ${firms.withdrawnAt} at time zone 'Asia/Shanghai') = ${year}`;
  const [assistants, matches, network, highTech, lost, trackRacers] = await Promise.all([
    aggregateRow(
      db
        .select({ total: count(), latestBatch: max(techAssistants.batch) })
        .from(techAssistants)
        .where(isNull(techAssistants.withdrawnAt)),
    ),
    aggregateRow(
      db
        .select({
          byAssistants: countWhere(
            sql`${byAssistant} and ${inArray(techMatches.stage, [...techMatchSuccessfulStages])}`,
          ),
          landedByAssistants: countWhere(
            sql`${byAssistant} and ${eq(techMatches.stage, 'landed')}`,
          ),
          landedInYear: countWhere(
            sql`${techMatches.stage} = 'landed' and extract(year from ${techMatches.landedOn}) = ${year}`,
          ),
        })
        .from(techMatches)
        .where(isNull(techMatches.withdrawnAt)),
    ),
    aggregateRow(
      db
        .select({
          universities: countWhere(eq(techSupplies.kind, 'university')),
          teams: countWhere(eq(techSupplies.kind, 'team')),
        })
        .from(techSupplies)
        .where(and(isNotNull(techSupplies.network), isNull(techSupplies.withdrawnAt))),
    ),
    aggregateRow(
      db
        .select({
          total: count(),
          gained: countWhere(eq(firms.highTechSince, year)),
          revenueYi: sumAmount(firms.highTechRevenueYi),
        })
        .from(firms)
        .where(and(isHighTech, isNull(firms.withdrawnAt))),
    ),
    // Lost: a high-tech firm that left the city's lists (迁出 / 注销) in the year.
    db.$count(firms, and(isHighTech, isNotNull(firms.withdrawnAt), withdrawnInYear)),
    db.$count(firms, and(arrayContains(firms.tags, ['track_racer']), isNull(firms.withdrawnAt))),
  ]);
  return {
    year,
    assistants: assistants.total,
    latestBatch: assistants.latestBatch,
    assistantMatches: matches.byAssistants,
    assistantTransfers: matches.landedByAssistants,
    transfersInYear: matches.landedInYear,
    networkUniversities: network.universities,
    networkTeams: network.teams,
    highTechFirms: highTech.total,
    highTechGained: highTech.gained,
    highTechLost: lost,
    highTechNetNew: highTech.gained - lost,
    highTechRevenueYi: highTech.revenueYi,
    trackRacers,
  };
}
