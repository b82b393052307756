import type * as schema from '../schema';
import type { ChainCode } from './chains';
import { regionalCreditCode } from './credit-codes';
import { chainTrades } from './firm-names';
import { HQ_CITIES, OUTSIDE_STEMS, type HqCity } from './investment-catalog';
import { PROJECT_PRODUCTS } from './project-catalog';
import type { Random } from './random';
import { touched, type Insert } from './rows';

type Size = 'large' | 'medium' | 'small';
type Source = 'leader_recommendation' | 'supply_list' | 'campaign' | 'other';

export interface TargetLink {
  id: number;
  name: string;
}

export interface TargetFirmSpec {
  chain: ChainCode;
  chainId: number;
  /** The links it could fill, the one it is courted for first. */
  links: readonly TargetLink[];
  size: Size;
  source: Source;
  supplyItemId?: number;
  /** Met at a campaign there: most such firms are from the campaign's city. */
  campaignCity?: string;
  at: Date;
}

// The coastal clusters the city courts most, then the others.
const hqWeight = (hq: HqCity) =>
  ['广东', '江苏', '浙江', '上海'].includes(hq.province) ? 3 : hq.city === '成都' ? 1 : 2;

/**
 * The target firms of the sample, their chains and links. Each firm is made for the lead that
 * courts it, so its links and products match what the city looks for in that link. Names are
 * invented (stems unlike the city's own firms') and never repeat; credit codes, where known,
 * pass the check digits and carry the code of the firm's own city.
 */
export class TargetFirmBook {
  readonly firms: Insert<typeof schema.targetFirms>[] = [];
  readonly chains: Insert<typeof schema.targetFirmChains>[] = [];
  readonly links: Insert<typeof schema.targetFirmLinks>[] = [];
  private readonly names = new Set<string>();
  private readonly codes = new Set<string>();

  constructor(private readonly random: Random) {}

  add(spec: TargetFirmSpec): number {
    const random = this.random;
    const fromCampaign = HQ_CITIES.find((hq) => hq.city === spec.campaignCity);
    const hq =
      fromCampaign && random.chance(0.6) ? fromCampaign : random.weighted(HQ_CITIES, hqWeight);
    const [name, nameEn] = this.name(spec.chain, spec.size, hq);
    const [product] = random.pick(PROJECT_PRODUCTS[spec.chain]);
    const products = [...new Set([...spec.links.map((link) => link.name), product])].join('、');
    const id = this.firms.length + 1;
    this.firms.push({
      id,
      name,
      nameEn,
      // A third are still known only by name: the code comes with the first formal contact.
      creditCode: random.chance(0.7)
        ? regionalCreditCode(random, hq.region, false, this.codes)
        : null,
      hqProvince: hq.province,
      hqCity: hq.city,
      products,
      size: spec.size,
      source: spec.source,
      supplyItemId: spec.supplyItemId ?? null,
      ...touched(spec.at),
    });
    this.chains.push({ targetFirmId: id, chainId: spec.chainId });
    for (const link of spec.links) this.links.push({ targetFirmId: id, linkId: link.id });
    return id;
  }

  /** `深圳澜拓光电科技有限公司`, or a group / listed company for the large ones. */
  private name(chain: ChainCode, size: Size, hq: HqCity): readonly [string, string] {
    for (;;) {
      const [stem, stemEn] = this.random.pick(OUTSIDE_STEMS);
      const [trade, tradeEn] = this.random.pick(chainTrades(chain));
      const style = size === 'large' ? this.random.int(0, 2) : 2;
      const [zh, en] =
        style === 0
          ? [`${stem}${trade}集团有限公司`, `${stemEn} ${tradeEn} Group Co., Ltd.`]
          : style === 1
            ? [`${stem}${trade}股份有限公司`, `${stemEn} ${tradeEn} Stock Co., Ltd.`]
            : [`${hq.city}${stem}${trade}有限公司`, `${hq.cityEn} ${stemEn} ${tradeEn} Co., Ltd.`];
      if (this.names.has(zh)) continue;
      this.names.add(zh);
      return [zh, en];
    }
  }
}

/** How big a firm courted for an investment of this size is. */
export function sizeFor(random: Random, investmentYi: number | null): Size {
  if (investmentYi !== null && investmentYi >= 20) return 'large';
  if (investmentYi !== null && investmentYi < 2) return random.chance(0.6) ? 'small' : 'medium';
  return random.weighted(['large', 'medium', 'small'] as const, (size) =>
    size === 'medium' ? 5 : size === 'large' ? 3 : 2,
  );
}
