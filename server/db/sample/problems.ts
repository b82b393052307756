import type * as schema from '../schema';
import { CHAINS, chainId, type ChainCode } from './chains';
import { addDays, daysBetween, stamp } from './dates';
import { departmentId } from './departments';
import type { FirmDraft } from './model';
import { PROBLEM_CATEGORIES } from './problem-texts';
import type { Random } from './random';
import { touched, type Insert } from './rows';

type ProblemRow = Insert<typeof schema.problems>;
type Status = 'open' | 'assigned' | 'resolved' | 'overdue';

/** The article: 2,090 problems collected, 1,885 resolved. */
export const PROBLEMS_TOTAL = 2090;
export const PROBLEMS_RESOLVED = 1885;
const OPEN = 58;

/** Assigned problems past their deadline, by chain (null = city-wide): some chains many, some none. */
const OVERDUE: ReadonlyMap<ChainCode | null, number> = new Map<ChainCode | null, number>([
  ['new-display', 3],
  ['nuclear-tech', 0],
  ['laser-tech', 2],
  ['drones', 0],
  ['robotics', 8],
  ['aerospace', 5],
  ['biomed', 9],
  ['pv-storage', 1],
  ['ai', 4],
  ['commercial-space', 7],
  ['terahertz', 6],
  ['low-altitude', 3],
  [null, 4],
]);

/** How many problems each chain's firms raise, relatively. */
const CHAIN_WEIGHTS: Readonly<Record<ChainCode, number>> = {
  'new-display': 14,
  'nuclear-tech': 9,
  'laser-tech': 9,
  drones: 10,
  robotics: 11,
  aerospace: 12,
  biomed: 12,
  'pv-storage': 11,
  ai: 10,
  'commercial-space': 4,
  terahertz: 3,
  'low-altitude': 6,
};
const CITY_WIDE_SHARE = 0.1;

interface Dates {
  raisedOn: string;
  deadline: string | null;
  resolvedOn: string | null;
}

function datesFor(random: Random, today: string, status: Status): Dates {
  switch (status) {
    case 'resolved': {
      const raisedOn = addDays(today, -random.int(10, 730));
      const resolvedOn = addDays(
        raisedOn,
        Math.min(random.int(2, 75), daysBetween(raisedOn, today) - 1),
      );
      return { raisedOn, deadline: addDays(raisedOn, random.int(15, 60)), resolvedOn };
    }
    case 'open':
      return { raisedOn: addDays(today, -random.int(1, 14)), deadline: null, resolvedOn: null };
    case 'assigned':
      return {
        raisedOn: addDays(today, -random.int(2, 90)),
        deadline: addDays(today, random.int(1, 45)),
        resolvedOn: null,
      };
    case 'overdue': {
      const raisedOn = addDays(today, -random.int(30, 200));
      const deadline = addDays(
        raisedOn,
        random.int(15, Math.min(60, daysBetween(raisedOn, today) - 1)),
      );
      return { raisedOn, deadline, resolvedOn: null };
    }
  }
}

/**
 * 企业问题 over the last two years: exactly the article's collected and resolved counts, the
 * unresolved rest split between just-collected (no owner yet) and assigned, some past deadline.
 */
export function buildProblems(
  random: Random,
  today: string,
  firms: readonly FirmDraft[],
): ProblemRow[] {
  const chainCodes = CHAINS.map((chain) => chain.code);
  const membersOf = new Map<ChainCode, FirmDraft[]>(
    chainCodes.map((code) => [code, firms.filter((firm) => firm.chains.includes(code))]),
  );
  const outsiders = firms.filter((firm) => firm.chains.length === 0);
  const leadDepartments = new Map(CHAINS.map((chain) => [chain.code, chain.leadDepartment]));
  const anyChain = (): ChainCode | null =>
    random.chance(CITY_WIDE_SHARE)
      ? null
      : random.weighted(chainCodes, (code) => CHAIN_WEIGHTS[code]);

  const plans: { chain: ChainCode | null; status: Status }[] = [];
  for (const [chain, count] of OVERDUE) {
    for (let i = 0; i < count; i++) plans.push({ chain, status: 'overdue' });
  }
  const unresolved = PROBLEMS_TOTAL - PROBLEMS_RESOLVED;
  for (let i = 0; i < OPEN; i++) plans.push({ chain: anyChain(), status: 'open' });
  while (plans.length < unresolved) plans.push({ chain: anyChain(), status: 'assigned' });
  while (plans.length < PROBLEMS_TOTAL) plans.push({ chain: anyChain(), status: 'resolved' });

  const rows = plans.map(({ chain, status }): ProblemRow => {
    const category = random.weighted(PROBLEM_CATEGORIES, (seed) => seed.weight);
    const [title, feedback] = random.pick(category.asks);
    const firm = chain
      ? random.pick(membersOf.get(chain) ?? [])
      : random.chance(0.8)
        ? random.pick(outsiders)
        : null;
    const dates = datesFor(random, today, status);
    const hasOwner = status !== 'open';
    // A fifth of chain problems go to the chain's lead department rather than a specialist one.
    const owner = random.chance(0.2) && chain ? leadDepartments.get(chain) : undefined;
    return {
      chainId: chain ? chainId(chain) : null,
      firmId: firm?.id ?? null,
      title,
      detail: firm
        ? `${firm.shortName}反映：${title}，请求协调解决。`
        : `多家企业在座谈会上反映：${title}。`,
      category: category.name,
      ...dates,
      ownerDepartmentId: hasOwner ? departmentId(owner ?? random.pick(category.owners)) : null,
      status: status === 'overdue' ? 'assigned' : status,
      feedback: status === 'resolved' ? feedback : null,
      ...touched(stamp(dates.resolvedOn ?? dates.raisedOn, 17)),
    };
  });
  // Ids in the order the problems were collected.
  rows.sort((a, b) => (a.raisedOn < b.raisedOn ? -1 : a.raisedOn > b.raisedOn ? 1 : 0));
  return rows.map((row, index) => ({ ...row, id: index + 1 }));
}
