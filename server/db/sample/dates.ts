/**
 * Calendar arithmetic on 'YYYY-MM-DD' strings, all in UTC day numbers so the result never
 * depends on the machine's time zone. Every date in the sample city is an offset from `today`.
 */

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01. */
export function dayNumber(day: string): number {
  const match = ISO_DAY.exec(day);
  if (!match) throw new Error(`Expected a date as YYYY-MM-DD, got "${day}"`);
  const [, year, month, date] = match;
  const ms = Date.UTC(Number(year), Number(month) - 1, Number(date));
  const roundTrip = new Date(ms).toISOString().slice(0, 10);
  if (roundTrip !== day) throw new Error(`Not a calendar date: "${day}"`);
  return ms / DAY_MS;
}

export function fromDayNumber(days: number): string {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return fromDayNumber(dayNumber(day) + days);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

export function yearOf(day: string): number {
  return Number(day.slice(0, 4));
}

export function monthOf(day: string): number {
  return Number(day.slice(5, 7));
}

/** A moment on that day, Beijing time, the city's clock. */
export function stamp(day: string, hour: number, minute = 0): Date {
  const hh = String(hour).padStart(2, '0');
  const mm = String(minute).padStart(2, '0');
  return new Date(`${day}T${hh}:${mm}:00+08:00`);
}

export interface Quarter {
  year: number;
  quarter: 1 | 2 | 3 | 4;
  /** `2026Q1`, the format of indicator_values.period. */
  period: string;
  /** The quarter's last day. */
  endsOn: string;
}

function quarterOf(year: number, quarter: number): Quarter {
  const q = quarter as Quarter['quarter'];
  const endsOn = fromDayNumber(Date.UTC(year, q * 3, 1) / DAY_MS - 1);
  return { year, quarter: q, period: `${year}Q${q}`, endsOn };
}

/** The `count` most recent quarters that ended before `today`, oldest first. */
export function completedQuarters(today: string, count: number): Quarter[] {
  const current = Math.floor((monthOf(today) - 1) / 3) + 1;
  let year = yearOf(today);
  let quarter = current - 1;
  const result: Quarter[] = [];
  while (result.length < count) {
    if (quarter === 0) {
      year -= 1;
      quarter = 4;
    }
    result.unshift(quarterOf(year, quarter));
    quarter -= 1;
  }
  return result;
}
