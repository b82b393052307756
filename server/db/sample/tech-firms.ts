import type { Random } from './random';
import type { SampleCity } from './rows';

/*
 * The article's high-tech figures on the sample's firms: 2023年全市净增国家高新技术企业超100家、
 * 总数超810家 (812 tagged firms, of which HIGH_TECH_GAINED became one in the year), 高新技术产业
 * 营业收入达到2700亿元 (their high-tech revenue sums to exactly that), and 富临精工等6户企业入选
 * 新赛道领军型"赛手企业".
 */

export const HIGH_TECH_GAINED = 104;
export const HIGH_TECH_REVENUE_YI = 2700;
/** 富临精工 and five other named firms of the new tracks (激光, 无人机, 航天, 卫星). */
export const TRACK_RACERS = [
  '四川富临精工股份有限公司',
  '四川玖源源粒子科技有限公司',
  '绵阳北辰光子科技有限公司',
  '绵州无人机（绵阳）有限公司',
  '绵阳创元宇航科技有限公司',
  '绵阳凯越卫星技术有限公司',
] as const;

/** The first year national high-tech firms were recognised under today's rules. */
const FIRST_YEAR = 2008;

/**
 * Sets each high-tech firm's year and high-tech revenue, and tags the 赛手企业. `year` is the
 * year the figures are of (the last full year). Changes only those columns of `firms`.
 */
export function applyTechFirms(random: Random, firms: SampleCity['firms'], year: number): void {
  const highTech = firms.filter((firm) => firm.tags?.includes('high_tech'));
  // Firms young enough to have been recognised in the year, the gained ones drawn among them.
  const candidates = highTech.filter(
    (firm) => (firm.foundedYear ?? 0) <= year && !TRACK_RACERS.includes(firm.name as never),
  );
  const gained = new Set<number | undefined>();
  while (gained.size < HIGH_TECH_GAINED) gained.add(random.pick(candidates).id);
  for (const firm of highTech) {
    const from = Math.max(FIRST_YEAR, firm.foundedYear ?? FIRST_YEAR);
    firm.highTechSince = gained.has(firm.id)
      ? year
      : from <= year - 1
        ? random.int(from, year - 1)
        : Math.max(from, year + 1);
  }
  // The same share of every firm's revenue (recognition asks for at least 60%), in cents so
  // the total is exact; what rounding leaves goes to the largest firm.
  const revenueCents = (firm: SampleCity['firms'][number]) =>
    Math.round((firm.revenueYi ?? 0) * 100);
  const totalCents = highTech.reduce((sum, firm) => sum + revenueCents(firm), 0);
  const targetCents = HIGH_TECH_REVENUE_YI * 100;
  let assigned = 0;
  for (const firm of highTech) {
    const cents = Math.floor((revenueCents(firm) * targetCents) / totalCents);
    firm.highTechRevenueYi = cents / 100;
    assigned += cents;
  }
  const largest = highTech.reduce((a, b) => ((b.revenueYi ?? 0) > (a.revenueYi ?? 0) ? b : a));
  largest.highTechRevenueYi =
    (Math.round((largest.highTechRevenueYi ?? 0) * 100) + targetCents - assigned) / 100;
  for (const firm of firms) {
    if (TRACK_RACERS.includes(firm.name as never))
      firm.tags = [...(firm.tags ?? []), 'track_racer'];
  }
}
