import type * as schema from '../schema';
import { CHAINS, chainId } from './chains';
import { addDays, stamp, yearOf } from './dates';
import { CAMPAIGN_SEEDS } from './investment-catalog';
import { touched, type Insert } from './rows';

export interface CampaignRows {
  campaigns: (Insert<typeof schema.campaigns> & { id: number })[];
  campaignChains: Insert<typeof schema.campaignChains>[];
}

const chainName = (id: number) => CHAINS[id - 1]?.name ?? '';

/**
 * The article's six 三推 campaigns, dated back from `today`. Every signed 招商 project came out of
 * one of them, so the first (which took every chain) starts a week before the earliest signing
 * if its usual date would be later.
 */
export function buildCampaigns(today: string, earliestSigning: string): CampaignRows {
  const rows: CampaignRows = { campaigns: [], campaignChains: [] };
  CAMPAIGN_SEEDS.forEach((seed, index) => {
    const usual = addDays(today, -seed.startsDaysAgo);
    const latest = addDays(earliestSigning, -7);
    const startsOn = index === 0 && latest < usual ? latest : usual;
    const endsOn = addDays(startsOn, seed.days - 1);
    const id = index + 1;
    const ids = seed.chains.map(chainId);
    const year = yearOf(startsOn);
    const focus = ids.slice(0, 3).map(chainName).join('、');
    rows.campaigns.push({
      id,
      name: `${year}年${seed.city}“三推”活动`,
      nameEn: `${year} ${seed.cityEn} "Three Promotions" campaign`,
      city: seed.city,
      cityEn: seed.cityEn,
      startsOn,
      endsOn,
      note:
        `市领导带队赴${seed.city}，围绕${focus}等${ids.length}条产业链开展“三推”活动，` +
        '链主企业随团推介配套需求，现场签约一批项目并收集目标企业线索。',
      ...touched(stamp(endsOn, 20)),
    });
    for (const chain of ids) rows.campaignChains.push({ campaignId: id, chainId: chain });
  });
  return rows;
}
