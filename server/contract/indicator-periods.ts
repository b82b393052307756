import { z } from 'zod';
import { isoDateSchema, requiredText, versionSchema, writtenFields } from './common';

/*
 * When a quarter's indicator figures are locked (issue 16: a reported figure does not change
 * silently). The rule, on the city's calendar (city-time.ts):
 *
 * - A quarter is open until its last day plus the grace period (INDICATOR_LOCK_AFTER_DAYS,
 *   default 15 days). From the next city day on it is locked: 2026Q3 ends on 2026-09-30, so with
 *   15 days it is open through 2026-10-15 and locked from 2026-10-16.
 * - A system administrator may reopen a locked quarter until a day they choose (inclusive), with
 *   a reason, and relock it earlier, again with a reason. Both are audited.
 * - While locked, no figure of the quarter is entered, changed, withdrawn, restored, reverted or
 *   imported: the write is refused with 409 `period_locked`, naming the quarter.
 *
 * Plain functions of days, so the server and the web app judge a quarter the same way.
 */

export const DEFAULT_INDICATOR_LOCK_AFTER_DAYS = 15;

/** `2026Q3`. */
export const quarterPattern = /^(\d{4})Q([1-4])$/;

/**
 * `YYYY-MM-DD` of a calendar date, counted in UTC so no time zone shifts it (`setUTCFullYear`,
 * since `Date.UTC` reads the years 0 to 99 as 1900 to 1999). Day and month may overflow.
 */
function isoDay(year: number, monthIndex: number, day: number): string {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.toISOString().slice(0, 10);
}

/** The quarter's first and last day; null for text that is not a quarter. */
export function quarterBounds(period: string): { start: string; end: string } | null {
  const match = quarterPattern.exec(period);
  if (!match) return null;
  const year = Number(match[1]);
  const quarter = Number(match[2]);
  return {
    start: isoDay(year, (quarter - 1) * 3, 1),
    // Day 0 of the next quarter's first month is this quarter's last day.
    end: isoDay(year, quarter * 3, 0),
  };
}

/** The day `days` after `day`. */
export function addDays(day: string, days: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return isoDay(year, month - 1, date + days);
}

/** The quarter a city day falls in: `2026-10-16` → `2026Q4`. */
export function quarterOf(day: string): string {
  const month = Number(day.slice(5, 7));
  return `${day.slice(0, 4)}Q${Math.ceil(month / 3)}`;
}

/** The quarter before `period`. */
export function previousQuarter(period: string): string {
  const bounds = quarterBounds(period);
  if (!bounds) throw new Error(`Not a quarter: ${period}`);
  return quarterOf(addDays(bounds.start, -1));
}

/** The first city day on which the quarter is locked, unless an administrator reopens it. */
export function locksOn(period: string, graceDays: number): string {
  const bounds = quarterBounds(period);
  if (!bounds) throw new Error(`Not a quarter: ${period}`);
  return addDays(bounds.end, graceDays + 1);
}

export const periodLockStates = ['open', 'locked', 'reopened'] as const;
export type PeriodLockState = (typeof periodLockStates)[number];

/** Whether the quarter takes figures on `today` (a city day). */
export function periodLockState(
  period: string,
  today: string,
  graceDays: number,
  reopenedUntil: string | null,
): PeriodLockState {
  if (today < locksOn(period, graceDays)) return 'open';
  return reopenedUntil !== null && today <= reopenedUntil ? 'reopened' : 'locked';
}

/** Why `asOf` cannot be the date of a figure of `period`, or null when it can. */
export function asOfProblem(period: string, asOf: string): string | null {
  const bounds = quarterBounds(period);
  if (!bounds) return null;
  return asOf >= bounds.start && asOf <= bounds.end
    ? null
    : `must be a date within ${period} (${bounds.start} to ${bounds.end})`;
}

/** The provenance a figure must carry, as a problem of the field that lacks it. */
export function provenanceProblem(values: {
  value: number | null;
  asOf: string | null;
  source: string | null;
}): { field: 'asOf' | 'source'; message: string } | null {
  if (values.value === null) return null;
  if (values.asOf === null) return { field: 'asOf', message: 'is required with a figure' };
  if (values.source === null) return { field: 'source', message: 'is required with a figure' };
  return null;
}
/** Refuses a figure without its provenance, naming the missing field. */
export function refineProvenance(
  values: { value: number | null; asOf: string | null; source: string | null },
  context: z.RefinementCtx,
) {
  const problem = provenanceProblem(values);
  if (problem)
    context.addIssue({ code: 'custom', path: [problem.field], message: problem.message });
}

// ---------------------------------------------------------------- reads

export const indicatorPeriodSchema = z
  .object({
    period: z.string(),
    endsOn: isoDateSchema,
    /** The first day it is locked unless reopened. */
    locksOn: isoDateSchema,
    state: z.enum(periodLockStates),
    /** Set while (or after) an administrator reopened it: the last day it takes figures. */
    reopenedUntil: isoDateSchema.nullable(),
    /** The reason given with the last reopening or relocking. */
    reason: z.string().nullable(),
    /** Null while no administrator has reopened or relocked it. */
    version: z.number().int().nullable(),
    updatedAt: z.iso.datetime({ offset: true }).nullable(),
    updatedBy: z.string().nullable(),
  })
  .meta({ id: 'IndicatorPeriod' });

export const indicatorPeriodsSchema = z
  .object({
    /** The city day the states are judged on. */
    today: isoDateSchema,
    graceDays: z.number().int(),
    /** The current quarter and the ones before it, newest first. */
    periods: z.array(indicatorPeriodSchema),
  })
  .meta({ id: 'IndicatorPeriods' });

// ---------------------------------------------------------------- writes

export const reopenPeriodBodySchema = z
  .object({
    /** The last city day the quarter takes figures again. */
    until: isoDateSchema,
    reason: requiredText(500),
    /** The lock record's version; null when no administrator has reopened it before. */
    version: versionSchema.nullable(),
  })
  .meta({ id: 'ReopenPeriodBody' });

export const relockPeriodBodySchema = z
  .object({ reason: requiredText(500), version: versionSchema })
  .meta({ id: 'RelockPeriodBody' });

export const indicatorPeriodLockRecordSchema = z
  .object({
    period: z.string(),
    reopenedUntil: isoDateSchema.nullable(),
    reason: z.string(),
    ...writtenFields,
  })
  .meta({ id: 'IndicatorPeriodLockRecord' });

/** How far ahead a quarter can be reopened: long enough for a correction, not for good. */
export const MAX_REOPEN_DAYS = 90;

export type IndicatorPeriod = z.infer<typeof indicatorPeriodSchema>;
export type IndicatorPeriods = z.infer<typeof indicatorPeriodsSchema>;

/**
 * A quarter's state as the list says it, or by the rule for a quarter the list leaves out (an
 * older one, or one ahead); null for text that is not a quarter.
 */
export function lookUpPeriod(
  periods: IndicatorPeriods,
  period: string,
): Pick<IndicatorPeriod, 'state' | 'locksOn' | 'reopenedUntil'> | null {
  const listed = periods.periods.find((item) => item.period === period);
  if (listed) return listed;
  if (!quarterPattern.test(period)) return null;
  return {
    state: periodLockState(period, periods.today, periods.graceDays, null),
    locksOn: locksOn(period, periods.graceDays),
    reopenedUntil: null,
  };
}
