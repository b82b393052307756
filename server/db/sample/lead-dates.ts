import { addDays, daysBetween } from './dates';
import type { Random } from './random';

export interface StageDates {
  identifiedOn: string;
  contactedOn: string | null;
  visitedOn: string | null;
  negotiatingOn: string | null;
  signedOn: string | null;
}

/** `count` days from `from` to `to`, both included, in order. */
function daysWithin(random: Random, from: string, to: string, count: number): string[] {
  const span = Math.max(0, daysBetween(from, to));
  return Array.from({ length: count }, () => random.int(0, span))
    .sort((a, b) => a - b)
    .map((offset) => addDays(from, offset));
}

/**
 * The date of every stage up to `reached` (0 identified … 4 signed), the last one `current`. A lead
 * from a campaign was put on the list before it, met there (接洽) and followed up after; any
 * other was found some weeks before it moved, longer for the leads that went further.
 */
export function stageDates(
  random: Random,
  reached: number,
  current: string,
  campaignStart: string | null,
): StageDates {
  const days: string[] = [];
  if (reached === 0) {
    days.push(campaignStart ?? current);
  } else if (campaignStart) {
    const met = addDays(campaignStart, random.int(0, 1));
    const contacted = met < current ? met : current;
    days.push(addDays(campaignStart, -random.int(3, 45)), contacted);
    days.push(...daysWithin(random, contacted, current, Math.max(0, reached - 2)));
    if (reached >= 2) days.push(current);
  } else {
    const identified = addDays(current, -random.int(15 + reached * 20, 45 + reached * 60));
    days.push(identified, ...daysWithin(random, identified, current, reached - 1), current);
  }
  const at = (index: number) => (index <= reached ? (days[index] ?? null) : null);
  return {
    identifiedOn: days[0] ?? current,
    contactedOn: at(1),
    visitedOn: at(2),
    negotiatingOn: at(3),
    signedOn: at(4),
  };
}
