import type { Screen } from '../../../contract/screen';
import { projectStages } from '../../../contract/domain';
import { supervisionClock, type AppRouteHandler } from '../../context';
import { readDataVersion } from '../../queries/data-version';
import { withResolutionRate } from '../../queries/problem-counts';
import { loadFunnels } from '../leads/funnel.queries';
import { loadSupervisionSummary } from '../supervision/supervision.queries';
import { loadScreenData, type ScreenData } from './screen.queries';
import type * as routes from './screen.routes';

const MONTHS_SHOWN = 12;
/** Departments the 督办 panel has room for. */
const DEPARTMENTS_SHOWN = 6;

/** The twelve months up to the one of `asOf`, oldest first, as `YYYY-MM`. */
export function monthsUpTo(asOf: string): string[] {
  const year = Number(asOf.slice(0, 4));
  const monthIndex = Number(asOf.slice(5, 7)) - 1;
  return Array.from({ length: MONTHS_SHOWN }, (_, index) => {
    const total = year * 12 + monthIndex - (MONTHS_SHOWN - 1 - index);
    return `${String(Math.floor(total / 12)).padStart(4, '0')}-${String((total % 12) + 1).padStart(2, '0')}`;
  });
}

export const version: AppRouteHandler<typeof routes.version> = async (c) => {
  const { asOf } = supervisionClock(c);
  return c.json({ dataVersion: await readDataVersion(c.var.db), asOf }, 200);
};

export const get: AppRouteHandler<typeof routes.get> = async (c) => {
  const clock = supervisionClock(c);
  const months = monthsUpTo(clock.asOf);
  // Read before the data, as the overview does: the data may be newer than its version, never older.
  const dataVersion = await readDataVersion(c.var.db);
  const [data, funnels, supervision] = await Promise.all([
    loadScreenData(c.var.db, clock, `${months[0]}-01`),
    loadFunnels(c.var.db, clock.asOf, {}),
    loadSupervisionSummary(c.var.db, clock),
  ]);
  const signed = new Map(data.signed.map((row) => [row.month, row]));
  const raised = new Map(data.raised.map((row) => [row.month, row]));
  const stages = new Map(data.stages.map((row) => [row.stage, row]));
  const [stalledCount, stalledItems] = data.stalled;
  const [redCount, redItems] = data.red;
  const body: Screen = {
    dataVersion,
    asOf: clock.asOf,
    dataset: data.dataset
      ? {
          isSample: data.dataset.isSample,
          cityName: data.dataset.cityName,
          cityNameEn: data.dataset.cityNameEn,
          loadedAt: data.dataset.loadedAt.toISOString(),
        }
      : null,
    investment: {
      funnel: funnels.total,
      signedByMonth: months.map((month) => ({
        month,
        count: signed.get(month)?.count ?? 0,
        investmentYi: signed.get(month)?.investmentYi ?? 0,
      })),
      stalledLeads: { count: stalledCount.count, items: stalledItems },
    },
    problems: {
      byMonth: months.map((month) => {
        const counts = withResolutionRate({
          total: raised.get(month)?.raised ?? 0,
          resolved: raised.get(month)?.resolved ?? 0,
        });
        return {
          month,
          raised: counts.total,
          resolved: counts.resolved,
          resolutionRate: counts.resolutionRate,
        };
      }),
      overdueByDepartment: supervision.departments
        .filter((row) => row.amber + row.red > 0)
        .sort((a, b) => b.red - a.red || b.amber - a.amber)
        .slice(0, DEPARTMENTS_SHOWN),
      redCount: redCount.count,
      newestRed: redItems.flatMap((row) =>
        // Red problems always have a deadline; the guard tells the type.
        row.deadline ? [{ ...row, deadline: row.deadline }] : [],
      ),
    },
    projectsByStage: projectStages.map((stage) => ({
      stage,
      count: stages.get(stage)?.count ?? 0,
      investmentYi: stages.get(stage)?.investmentYi ?? 0,
    })),
    districts: groupDistricts(data.parkRows),
  };
  return c.json(body, 200);
};

function groupDistricts(rows: ScreenData['parkRows']) {
  const districts = new Map<string, Screen['districts'][number]['parks']>();
  for (const { district, ...park } of rows) {
    const parks = districts.get(district) ?? [];
    parks.push(park);
    districts.set(district, parks);
  }
  return [...districts].map(([district, parks]) => ({ district, parks }));
}
