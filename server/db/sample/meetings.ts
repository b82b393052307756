import type * as schema from '../schema';
import { CHAINS, chainId, type ChainCode } from './chains';
import { addDays, dayNumber, stamp } from './dates';
import { DEPARTMENTS } from './departments';
import type { FirmDraft } from './model';
import { CHAIN_PARKS, PARKS } from './parks';
import { Random } from './random';
import { touched, type Insert } from './rows';

type MeetingRow = Insert<typeof schema.meetings> & { id: number; heldOn: string };
type ProblemRow = Insert<typeof schema.problems>;

/** Its own seed: drawing from the city's generator would change every figure drawn after it. */
const MEETING_SEED = 20_240_192;

/** The article: 192 座谈会 with 3,361 firms. */
export const MEETINGS_TOTAL = 192;
export const MEETING_FIRMS_TOTAL = 3361;
const CITY_WIDE_MEETINGS = 12;
/** A chain meeting seats at least this many firms (more where the chain has them). */
const MIN_SEATS = 8;

interface Draft {
  chain: ChainCode | null;
  heldOn: string;
  firms: Set<number>;
  /** Set once all are dated: ids in the order they were held. */
  id: number;
}

const byDay = (a: { heldOn: string }, b: { heldOn: string }) =>
  a.heldOn < b.heldOn ? -1 : a.heldOn > b.heldOn ? 1 : 0;

/** A weekday: meetings are not held on Saturdays or Sundays. */
function weekday(day: string): string {
  const weekdayNumber = (dayNumber(day) + 4) % 7; // 1970-01-01 was a Thursday (4).
  if (weekdayNumber === 6) return addDays(day, -1);
  if (weekdayNumber === 0) return addDays(day, -2);
  return day;
}

/**
 * One group's meetings (a chain's, or the city-wide ones): the first on or before the group's
 * earliest problem, so every problem has a meeting it could have been raised at, the rest
 * spread over the days after it.
 */
function datesOf(random: Random, count: number, first: string, today: string): string[] {
  const span = dayNumber(today) - 1 - dayNumber(first);
  const days = [weekday(first)];
  while (days.length < count) days.push(weekday(addDays(first, random.int(0, span))));
  return days.sort();
}

/**
 * 座谈会 over the span of the problems (two years: the meetings must precede the problems
 * raised at them): 15 per chain and 12 city-wide, 192 in all. Every problem is linked to the
 * latest meeting of its chain (city-wide for a city-wide problem) held on or before the day it
 * was raised, and its firm attended it. Every other firm of a chain attends a meeting of its
 * main chain, firms outside the chains a city-wide one, except a few that never came: exactly
 * 3,361 distinct firms attend.
 */
export function buildMeetings(
  today: string,
  firms: readonly FirmDraft[],
  problems: readonly ProblemRow[],
): {
  meetings: MeetingRow[];
  meetingFirms: Insert<typeof schema.meetingFirms>[];
  problems: ProblemRow[];
} {
  const random = new Random(MEETING_SEED);
  const perChain = (MEETINGS_TOTAL - CITY_WIDE_MEETINGS) / CHAINS.length;
  // Keyed by chain id, null for the city-wide meetings.
  const drafts = new Map<number | null, Draft[]>();
  const meetingsOf = (chain: number | null) => {
    const found = drafts.get(chain);
    if (!found) throw new Error(`No meetings of chain ${chain}`);
    return found;
  };
  for (const seed of [...CHAINS, null]) {
    const chain = seed ? chainId(seed.code) : null;
    const raised = problems.filter((row) => row.chainId === chain).map((row) => row.raisedOn);
    const first = raised.sort()[0] ?? addDays(today, -730);
    const count = seed ? perChain : CITY_WIDE_MEETINGS;
    const days = datesOf(random, count, first, today);
    drafts.set(
      chain,
      days.map((heldOn) => ({
        chain: seed?.code ?? null,
        heldOn,
        firms: new Set<number>(),
        id: 0,
      })),
    );
  }

  // Each problem: the latest meeting of its group on or before the day it was raised (the
  // group's first meeting is on or before its first problem, so there is always one).
  const linked = problems.map((row) => {
    const held = meetingsOf(row.chainId ?? null).filter((draft) => draft.heldOn <= row.raisedOn);
    const meeting = held[held.length - 1] as Draft;
    if (row.firmId != null) meeting.firms.add(row.firmId);
    return { row, meeting };
  });

  const raisers = new Set(problems.flatMap((row) => (row.firmId == null ? [] : [row.firmId])));
  const absent = new Set(
    random
      .sample(
        firms.filter((firm) => !firm.named && !raisers.has(firm.id)),
        firms.length - MEETING_FIRMS_TOTAL,
      )
      .map((firm) => firm.id),
  );
  for (const firm of firms) {
    if (absent.has(firm.id) || raisers.has(firm.id)) continue;
    const main = firm.chains[0];
    random.pick(meetingsOf(main ? chainId(main) : null)).firms.add(firm.id);
  }
  // Fill thin chain meetings with more of the chain's firms (the same firms again).
  for (const chain of CHAINS) {
    const members = firms.filter(
      (firm) => firm.chains.includes(chain.code) && !absent.has(firm.id),
    );
    for (const draft of meetingsOf(chainId(chain.code))) {
      while (draft.firms.size < Math.min(MIN_SEATS, members.length)) {
        draft.firms.add(random.pick(members).id);
      }
    }
  }

  const ordered = [...drafts.values()].flat().sort(byDay);
  ordered.forEach((draft, index) => (draft.id = index + 1));
  const serial = new Map<ChainCode | null, number>();
  const meetings = ordered.map((draft): MeetingRow => {
    const number = (serial.get(draft.chain) ?? 0) + 1;
    serial.set(draft.chain, number);
    return {
      id: draft.id,
      ...describe(random, draft, number),
      ...touched(stamp(draft.heldOn, 18)),
    };
  });
  return {
    meetings,
    meetingFirms: ordered.flatMap((draft) =>
      [...draft.firms].sort((a, b) => a - b).map((firmId) => ({ meetingId: draft.id, firmId })),
    ),
    problems: linked.map(({ row, meeting }) => ({ ...row, meetingId: meeting.id })),
  };
}

/** The title, place and host a meeting of its group would have. */
function describe(random: Random, draft: Draft, number: number) {
  const seed = CHAINS.find((chain) => chain.code === draft.chain);
  if (!seed) {
    return {
      chainId: null,
      heldOn: draft.heldOn,
      title: `全市重点企业政企座谈会（第${number}期）`,
      place: '市政府第一会议室',
      host: DEPARTMENTS[0].name,
      notes: `${draft.firms.size}家企业参会，现场收集诉求，会后按“收集—交办—办理—反馈”闭环办理。`,
    };
  }
  const parkKey = random.pick(CHAIN_PARKS[seed.code]);
  const park = PARKS.find((item) => item.key === parkKey) ?? PARKS[0];
  return {
    chainId: chainId(seed.code),
    heldOn: draft.heldOn,
    title: `${seed.name}产业链企业座谈会（第${number}期）`,
    place: park.name,
    host: random.chance(0.4) ? `${seed.leaderName}（链长）` : seed.taskForce.headName,
    notes: `${draft.firms.size}家链上企业参会，逐一听取生产经营情况和诉求。`,
  };
}
