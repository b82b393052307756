import type { ReportCadence, ReportPeriod, ReportSchedule } from '../../contract/report-cadence';

/*
 * When a task force's status report is due and which ones are missing: the one place that judges
 * it (the chain page and the overview both call `reportSchedule`). Days are the city's calendar
 * days, 'YYYY-MM-DD'; the arithmetic runs on UTC midnights, where every day is 24 hours.
 */

/**
 * Two-week periods are counted from this Monday, so every task force's fortnight starts on the
 * same Mondays, whatever day it chose the cadence (2024-01-01 is a Monday).
 */
const BIWEEKLY_ANCHOR = '2024-01-01';

/**
 * How far back "missing" looks: the last eight ended periods, and none before the period of the
 * task force's first filed report (the only trace of when its reporting began). So a new task
 * force is not charged for the weeks before it existed, and an old gap stops nagging after eight.
 */
export const JUDGED_PERIODS = 8;

const DAY_MS = 86_400_000;

function dayNumber(day: string): number {
  const [year, month, date] = day.split('-').map(Number);
  return Date.UTC(year ?? 0, (month ?? 1) - 1, date ?? 1) / DAY_MS;
}

function dayOf(number: number): string {
  return new Date(number * DAY_MS).toISOString().slice(0, 10);
}

/** Days since the Monday on or before `day` (1970-01-01, day 0, was a Thursday). */
function weekdayFromMonday(number: number): number {
  return (((number + 3) % 7) + 7) % 7;
}

/** The period of `cadence` that holds `day`. */
export function periodOf(cadence: ReportCadence, day: string): ReportPeriod {
  const number = dayNumber(day);
  if (cadence === 'monthly') {
    const [year, month] = day.split('-').map(Number);
    const first = Date.UTC(year ?? 0, (month ?? 1) - 1, 1) / DAY_MS;
    // Day 0 of the next month is the last day of this one, leap Februaries included.
    const last = Date.UTC(year ?? 0, month ?? 1, 0) / DAY_MS;
    return { startsOn: dayOf(first), endsOn: dayOf(last) };
  }
  const monday = number - weekdayFromMonday(number);
  if (cadence === 'weekly') return { startsOn: dayOf(monday), endsOn: dayOf(monday + 6) };
  const sinceAnchor = monday - dayNumber(BIWEEKLY_ANCHOR);
  const start = monday - (((sinceAnchor % 14) + 14) % 14);
  return { startsOn: dayOf(start), endsOn: dayOf(start + 13) };
}

function previous(cadence: ReportCadence, period: ReportPeriod): ReportPeriod {
  return periodOf(cadence, dayOf(dayNumber(period.startsOn) - 1));
}

function next(cadence: ReportCadence, period: ReportPeriod): ReportPeriod {
  return periodOf(cadence, dayOf(dayNumber(period.endsOn) + 1));
}

/**
 * A task force's reports against its cadence on `today`: the current period (filed or not), the
 * next due date (the current period's last day, or the next period's once this one is filed) and
 * the ended periods without a report, oldest first. `reportedOn` are the days of its filed
 * (not withdrawn) reports, in any order.
 */
export function reportSchedule(
  cadence: ReportCadence,
  today: string,
  reportedOn: readonly string[],
): ReportSchedule {
  const current = periodOf(cadence, today);
  const filedIn = (period: ReportPeriod) =>
    reportedOn.some((day) => day >= period.startsOn && day <= period.endsOn);
  const filed = filedIn(current);
  const dueOn = filed ? next(cadence, current).endsOn : current.endsOn;
  const first = reportedOn.reduce<string | null>(
    (earliest, day) => (earliest === null || day < earliest ? day : earliest),
    null,
  );
  const missing: ReportPeriod[] = [];
  if (first !== null) {
    let period = previous(cadence, current);
    for (let i = 0; i < JUDGED_PERIODS && period.endsOn >= first; i++) {
      if (!filedIn(period)) missing.unshift(period);
      period = previous(cadence, period);
    }
  }
  return {
    cadence,
    current: { ...current, filed },
    nextDueOn: dueOn,
    dueInDays: dayNumber(dueOn) - dayNumber(today),
    missing,
  };
}
