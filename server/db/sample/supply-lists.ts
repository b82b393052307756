import type * as schema from '../schema';
import { HQ_CITIES, SUPPLY_NOTES } from './investment-catalog';
import type { Random } from './random';
import { touched, type Insert } from './rows';

type LinkRow = Insert<typeof schema.chainLinks>;
type SupplyItemRow = Insert<typeof schema.supplyItems> & { id: number };

const round2 = (value: number) => Math.round(value * 100) / 100;

/** Below this local share an item is bought mostly outside: a 补链 opportunity. */
export const OUTSIDE_SHARE = 40;

/** What the city supplies of a link: most of a strong one, little of a weak one, nothing of a gap. */
function localShare(random: Random, strength: LinkRow['strength']): number {
  if (strength === 'strong') return random.int(35, 80);
  if (strength === 'weak') return random.int(5, 35);
  return random.int(0, 5);
}

/**
 * 链主供需清单: for each chain with a leader firm, 4–8 things it buys, one per link of the
 * chain's upstream and midstream (what a leader buys in), weak and missing links first.
 */
export function buildSupplyLists(
  random: Random,
  leaderFirms: readonly Insert<typeof schema.chainLeaderFirms>[],
  links: readonly LinkRow[],
  segments: readonly Insert<typeof schema.chainSegments>[],
  at: Date,
): SupplyItemRow[] {
  const bought = new Set(
    segments.filter((segment) => segment.position !== 'downstream').map((segment) => segment.id),
  );
  const items: SupplyItemRow[] = [];
  for (const leader of leaderFirms) {
    const candidates = links.filter(
      (link) => link.chainId === leader.chainId && bought.has(link.segmentId),
    );
    const count = Math.min(candidates.length, random.int(4, 8));
    const chosen = random.weightedSample(candidates, count, (link) =>
      link.strength === 'strong' ? 1 : 3,
    );
    chosen.sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
    for (const link of chosen) {
      const share = localShare(random, link.strength);
      const cities = random.sample(HQ_CITIES.slice(0, 12), 2).map((hq) => hq.city);
      items.push({
        id: items.length + 1,
        chainId: leader.chainId,
        linkId: link.id ?? 0,
        item: link.name,
        itemEn: link.nameEn ?? null,
        annualPurchaseYi: round2(random.logFloat(0.8, 25)),
        localSharePercent: share,
        outsideSuppliers:
          share >= 95 ? null : random.pick(SUPPLY_NOTES).replace('{cities}', cities.join('、')),
        ...touched(at),
      });
    }
  }
  return items;
}
