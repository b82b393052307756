import type { Headline, Overview, OverviewChain } from '../../../contract/overview';
import { cityToday, type AppRouteHandler } from '../../context';
import { groupBy } from '../../queries/group';
import { noFiveOnes } from '../../queries/five-ones';
import { withResolutionRate } from '../../queries/problem-counts';
import { reportSchedule } from '../../queries/report-periods';
import { chainAlerts } from './overview.alerts';
import { toKeyIndicator } from './overview.key-indicators';
import { overviewData } from './overview.cache';
import type { OverviewData } from './overview.queries';
import type * as routes from './overview.routes';

export const get: AppRouteHandler<typeof routes.get> = async (c) => {
  const now = c.var.now();
  const asOf = cityToday(c);
  const data = await overviewData(c.var.db, asOf);
  const body: Overview = {
    dataset: data.dataset
      ? {
          isSample: data.dataset.isSample,
          cityName: data.dataset.cityName,
          cityNameEn: data.dataset.cityNameEn,
          loadedAt: data.dataset.loadedAt.toISOString(),
        }
      : null,
    asOf,
    headline: toHeadline(data),
    chains: toOverviewChains(data, now, asOf),
  };
  return c.json(body, 200);
};

function toHeadline({ activeChains, totals }: OverviewData): Headline {
  const problems = withResolutionRate(totals.problems);
  return {
    chains: {
      total: activeChains.length,
      strategic: activeChains.filter((chain) => chain.category === 'strategic').length,
      future: activeChains.filter((chain) => chain.category === 'future').length,
    },
    firms: totals.firms,
    specialtyParks: totals.parks.specialty,
    clusters: totals.clusters,
    promotionProjects: totals.promotion,
    problems: {
      total: problems.total,
      resolved: problems.resolved,
      resolutionRate: problems.resolutionRate,
      unresolved: problems.total - problems.resolved,
      overdue: problems.overdue,
    },
    meetings: totals.meetings,
    technology: totals.technology,
  };
}

function toOverviewChains(data: OverviewData, now: Date, asOf: string): OverviewChain[] {
  const valuesByIndicator = groupBy(data.keyValues, (row) => row.indicatorId);
  const indicatorsByChain = groupBy(data.keyIndicators, (row) => row.chainId);
  return data.activeChains.map((chain) => {
    const projects = data.byChain.projects.get(chain.id);
    const problems = data.byChain.problems.get(chain.id);
    const overdueProblems = problems?.overdue ?? 0;
    return {
      id: chain.id,
      code: chain.code,
      name: chain.name,
      nameEn: chain.nameEn,
      category: chain.category,
      leaderName: chain.leaderName,
      status: chain.status,
      statusNote: chain.statusNote,
      statusUpdatedAt: chain.statusUpdatedAt.toISOString(),
      fiveOnes: data.fiveOnesStates.get(chain.id) ?? noFiveOnes(),
      keyIndicators: (indicatorsByChain.get(chain.id) ?? []).map((indicator) =>
        toKeyIndicator(indicator, valuesByIndicator.get(indicator.id) ?? []),
      ),
      counts: {
        firms: data.byChain.firms.get(chain.id) ?? 0,
        parks: data.byChain.parks.get(chain.id) ?? 0,
        projects: projects?.total ?? 0,
        unresolvedProblems: problems?.unresolved ?? 0,
        overdueProblems,
      },
      alerts: chainAlerts({
        statusUpdatedAt: chain.statusUpdatedAt,
        now,
        overdueProblems,
        stalledProjects: projects?.stalled ?? 0,
      }),
      reportSchedule: scheduleOf(data, chain.id, asOf),
    };
  });
}

function scheduleOf(data: OverviewData, chainId: number, asOf: string) {
  const cadence = data.reportCadences.get(chainId);
  if (!cadence) return null;
  const days = (data.reportDays.get(chainId) ?? []).map((row) => row.reportedOn);
  return reportSchedule(cadence, asOf, days);
}
