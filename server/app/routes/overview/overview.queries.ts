import { ratedValueColumns } from '../../queries/indicator-values';
import { and, arrayContains, asc, count, eq, gte, isNotNull, isNull, min, sql } from 'drizzle-orm';
import type { Database } from '../../../db/database';
import {
  chains,
  clusters,
  datasetInfo,
  firmChains,
  firms,
  indicators,
  indicatorValues,
  parkChains,
  parks,
  problems,
  projects,
  statusReports,
  taskForces,
} from '../../../db/schema';
import { loadFiveOnesStates } from '../../queries/five-ones';
import { groupBy } from '../../queries/group';
import { JUDGED_PERIODS } from '../../queries/report-periods';
import { problemCountColumns } from '../../queries/problem-counts';
import { isOverdueProblem, isStalledProject, isUnresolvedProblem } from '../../queries/rules';
import { aggregateRow, countWhere, firstRow, sumAmount } from '../../queries/sql';
import { meetingFigures } from '../meetings/meetings.queries';
import { technologyFigures } from '../technology/figures.queries';

/** Reaches back over the current and the judged periods of the longest cadence (months). */
const REPORT_LOOKBACK_DAYS = (JUDGED_PERIODS + 1) * 31;

/**
 * Everything the overview shows, in a fixed set of queries run side by side: city-wide
 * aggregates, then per-chain aggregates grouped by chain. The number of queries does not grow
 * with the number of chains.
 */
export async function loadOverviewData(db: Database, asOf: string) {
  const [
    dataset,
    activeChains,
    fiveOnesStates,
    firmTotals,
    parkTotals,
    clusterTotals,
    promotionTotals,
    problemTotals,
    firmsByChain,
    parksByChain,
    projectsByChain,
    problemsByChain,
    keyIndicators,
    keyValues,
    reportCadences,
    firstReports,
    recentReports,
    meetingTotals,
    technologyTotals,
  ] = await Promise.all([
    firstRow(db.select().from(datasetInfo).limit(1)),
    db
      .select()
      .from(chains)
      .where(isNull(chains.retiredAt))
      .orderBy(asc(chains.sortOrder), asc(chains.id)),
    loadFiveOnesStates(db),
    aggregateRow(
      db
        .select({
          total: count(),
          highTech: countWhere(arrayContains(firms.tags, ['high_tech'])),
          techSme: countWhere(arrayContains(firms.tags, ['tech_sme'])),
          littleGiant: countWhere(arrayContains(firms.tags, ['little_giant'])),
          singleChampion: countWhere(arrayContains(firms.tags, ['single_champion'])),
          over100b: countWhere(eq(firms.revenueBand, 'over_100b')),
          over10b: countWhere(eq(firms.revenueBand, 'over_10b')),
        })
        .from(firms)
        .where(isNull(firms.withdrawnAt)),
    ),
    aggregateRow(
      db
        .select({ specialty: countWhere(eq(parks.isSpecialty, true)) })
        .from(parks)
        .where(isNull(parks.withdrawnAt)),
    ),
    aggregateRow(
      db
        .select({
          national: countWhere(eq(clusters.level, 'national')),
          provincial: countWhere(eq(clusters.level, 'provincial')),
          smeFeature: countWhere(eq(clusters.level, 'sme_feature')),
        })
        .from(clusters)
        .where(and(eq(clusters.status, 'recognised'), isNull(clusters.withdrawnAt))),
    ),
    aggregateRow(
      db
        .select({ count: count(), investmentYi: sumAmount(projects.investmentYi) })
        .from(projects)
        .where(and(eq(projects.origin, 'investment_promotion'), isNull(projects.withdrawnAt))),
    ),
    aggregateRow(
      db.select(problemCountColumns(asOf)).from(problems).where(isNull(problems.withdrawnAt)),
    ),
    db
      .select({ chainId: firmChains.chainId, count: count() })
      .from(firmChains)
      .innerJoin(firms, eq(firmChains.firmId, firms.id))
      .where(isNull(firms.withdrawnAt))
      .groupBy(firmChains.chainId),
    db
      .select({ chainId: parkChains.chainId, count: count() })
      .from(parkChains)
      .innerJoin(parks, eq(parkChains.parkId, parks.id))
      .where(isNull(parks.withdrawnAt))
      .groupBy(parkChains.chainId),
    db
      .select({
        chainId: projects.chainId,
        total: count(),
        stalled: countWhere(isStalledProject(asOf)),
      })
      .from(projects)
      .where(isNull(projects.withdrawnAt))
      .groupBy(projects.chainId),
    db
      .select({
        chainId: problems.chainId,
        unresolved: countWhere(isUnresolvedProblem),
        overdue: countWhere(isOverdueProblem(asOf)),
      })
      .from(problems)
      .where(and(isNotNull(problems.chainId), isNull(problems.withdrawnAt)))
      .groupBy(problems.chainId),
    db
      .select({
        id: indicators.id,
        chainId: indicators.chainId,
        code: indicators.code,
        name: indicators.name,
        nameEn: indicators.nameEn,
        unit: indicators.unit,
        direction: indicators.direction,
      })
      .from(indicators)
      .where(eq(indicators.isKey, true))
      .orderBy(asc(indicators.sortOrder), asc(indicators.id)),
    db
      .select({
        ...ratedValueColumns,
      })
      .from(indicatorValues)
      .innerJoin(
        indicators,
        and(eq(indicatorValues.indicatorId, indicators.id), eq(indicators.isKey, true)),
      )
      .where(isNull(indicatorValues.withdrawnAt))
      .orderBy(asc(indicatorValues.indicatorId), asc(indicatorValues.period)),
    db.select({ chainId: taskForces.chainId, cadence: taskForces.reportCadence }).from(taskForces),
    // Missing reports are judged from each task force's first report, over at most the last
    // JUDGED_PERIODS periods: its first day and the days of the recent reports are all it takes.
    db
      .select({ chainId: statusReports.chainId, reportedOn: min(statusReports.reportedOn) })
      .from(statusReports)
      .where(isNull(statusReports.withdrawnAt))
      .groupBy(statusReports.chainId),
    db
      .selectDistinct({ chainId: statusReports.chainId, reportedOn: statusReports.reportedOn })
      .from(statusReports)
      .where(
        and(
          isNull(statusReports.withdrawnAt),
          gte(statusReports.reportedOn, sql`${asOf}::date - ${REPORT_LOOKBACK_DAYS}::integer`),
        ),
      ),
    meetingFigures(db),
    technologyFigures(db, asOf),
  ]);

  return {
    dataset,
    activeChains,
    fiveOnesStates,
    totals: {
      firms: firmTotals,
      parks: parkTotals,
      clusters: clusterTotals,
      promotion: promotionTotals,
      problems: problemTotals,
      meetings: meetingTotals,
      technology: technologyTotals,
    },
    byChain: {
      firms: new Map(firmsByChain.map((row) => [row.chainId, row.count])),
      parks: new Map(parksByChain.map((row) => [row.chainId, row.count])),
      projects: new Map(projectsByChain.map((row) => [row.chainId, row])),
      problems: new Map(problemsByChain.map((row) => [row.chainId, row])),
    },
    keyIndicators,
    keyValues,
    reportCadences: new Map(reportCadences.map((row) => [row.chainId, row.cadence])),
    reportDays: groupBy(
      [...firstReports, ...recentReports].flatMap(({ chainId, reportedOn }) =>
        reportedOn === null ? [] : [{ chainId, reportedOn }],
      ),
      (row) => row.chainId,
    ),
  };
}

export type OverviewData = Awaited<ReturnType<typeof loadOverviewData>>;
