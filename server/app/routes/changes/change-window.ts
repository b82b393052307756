import { MAX_CHANGE_DAYS } from '../../../contract/changes';
import { HttpError } from '../../errors';

const DAY_MS = 86_400_000;

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS;

/** `day` moved by `days` calendar days. */
export function addDays(day: string, days: number): string {
  return new Date((dayNumber(day) + days) * DAY_MS).toISOString().slice(0, 10);
}

export interface ChangeWindow {
  from: string;
  to: string;
}

/**
 * The days asked for, inclusive: by default the last 7 days ending today on the city's
 * calendar. An upside-down or over-long window is the reader's mistake, named by its field.
 */
export function changeWindow(query: { from?: string; to?: string }, today: string): ChangeWindow {
  const to = query.to ?? (query.from && query.from > today ? query.from : today);
  const from = query.from ?? addDays(to, -6);
  if (from > to) {
    throw new HttpError(400, 'invalid_request', 'from is after to', {
      from: 'must be on or before to',
    });
  }
  if (dayNumber(to) - dayNumber(from) + 1 > MAX_CHANGE_DAYS) {
    throw new HttpError(
      400,
      'invalid_request',
      `The window is longer than ${MAX_CHANGE_DAYS} days`,
      {
        from: `must be at most ${MAX_CHANGE_DAYS} days before to`,
      },
    );
  }
  return { from, to };
}
