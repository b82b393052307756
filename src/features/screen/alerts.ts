import type { Overview } from '@server/contract/overview';
import type { Screen } from '@server/contract/screen';

/** One line of the ticker: a translation key under `screen.alerts` and its values. */
export interface ScreenAlert {
  id: string;
  key: 'stalledLead' | 'stalledMore' | 'redProblem' | 'missingReports' | 'redIndicator';
  values: Record<string, string | number>;
}

type Name = (record: { name: string; nameEn?: string | null }) => string;

/**
 * The alerts, the most urgent kind first: red problems, indicators turned red, missing reports,
 * stalled leads (the longest idle few, then how many more).
 */
export function screenAlerts(screen: Screen, overview: Overview, name: Name): ScreenAlert[] {
  const alerts: ScreenAlert[] = [];
  for (const problem of screen.problems.newestRed) {
    alerts.push({
      id: `problem-${problem.id}`,
      key: 'redProblem',
      values: {
        chain: problem.chain ? name(problem.chain) : '—',
        title: problem.title,
        days: problem.daysOverdue,
      },
    });
  }
  for (const chain of overview.chains) {
    for (const indicator of chain.keyIndicators) {
      if (indicator.rating !== 'red') continue;
      alerts.push({
        id: `indicator-${indicator.indicatorId}`,
        key: 'redIndicator',
        values: { chain: name(chain), indicator: name(indicator) },
      });
    }
  }
  for (const chain of overview.chains) {
    const missing = chain.reportSchedule?.missing.length ?? 0;
    if (missing === 0) continue;
    alerts.push({
      id: `reports-${chain.id}`,
      key: 'missingReports',
      values: { chain: name(chain), count: missing },
    });
  }
  const { stalledLeads } = screen.investment;
  for (const lead of stalledLeads.items) {
    alerts.push({
      id: `lead-${lead.id}`,
      key: 'stalledLead',
      values: { chain: name(lead.chain), firm: lead.targetFirm, date: lead.updatedOn },
    });
  }
  const more = stalledLeads.count - stalledLeads.items.length;
  if (more > 0) alerts.push({ id: 'leads-more', key: 'stalledMore', values: { count: more } });
  return alerts;
}
