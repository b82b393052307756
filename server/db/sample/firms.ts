import { CHAIN_MAPS } from './chain-maps';
import { CHAINS, fiveOneState, type ChainCode } from './chains';
import { creditCode } from './credit-codes';
import { yearOf } from './dates';
import { chainTrades, firmName, OTHER_TRADES, type OtherTrade } from './firm-names';
import type { FirmDraft, FirmTag } from './model';
import { NAMED_FIRMS, type RevenueBand } from './named-firms';
import { CHAIN_PARKS, PARKS, type ParkKey } from './parks';
import type { Random } from './random';

/** The article's city-wide firm counts; the overview is checked against them. */
export const FIRM_TAG_COUNTS = {
  high_tech: 812,
  tech_sme: 2913,
  little_giant: 35,
  single_champion: 5,
} as const;

const TOTAL_FIRMS = 3420;
const OVER_1B = 28;
const OVER_100M = 360;
const PROVINCIAL_SPECIALIZED = 186;

/** Generated firms per main chain; the named firms and chain-leader firms come on top. */
const CHAIN_QUOTAS: Readonly<Record<ChainCode, number>> = {
  'new-display': 218,
  'nuclear-tech': 188,
  'laser-tech': 185,
  drones: 196,
  robotics: 214,
  aerospace: 222,
  biomed: 232,
  'pv-storage': 212,
  ai: 222,
  'commercial-space': 90,
  terahertz: 64,
  'low-altitude': 130,
};

/** The chains a firm of a chain may also work in; SECOND_CHAIN_SHARE of them do. */
const SECOND_CHAINS: Readonly<Record<ChainCode, readonly ChainCode[]>> = {
  'new-display': ['ai', 'laser-tech'],
  'nuclear-tech': ['biomed'],
  'laser-tech': ['terahertz', 'new-display'],
  drones: ['low-altitude', 'aerospace'],
  robotics: ['ai'],
  aerospace: ['commercial-space', 'drones'],
  biomed: ['nuclear-tech'],
  'pv-storage': ['low-altitude'],
  ai: ['robotics', 'new-display'],
  'commercial-space': ['aerospace'],
  terahertz: ['laser-tech'],
  'low-altitude': ['drones'],
};
const SECOND_CHAIN_SHARE = 0.07;

const OTHER_TRADE_WEIGHTS: Readonly<Record<OtherTrade, number>> = {
  machinery: 20,
  food: 15,
  materials: 10,
  chemicals: 8,
  textiles: 5,
  metallurgy: 10,
  connectors: 8,
  packaging: 6,
  autoParts: 10,
  agriculture: 6,
  logistics: 5,
  electrical: 8,
};
const COUNTY_PARKS: readonly ParkKey[] = ['santai', 'yanting', 'zitong', 'anzhou'];

const round2 = (value: number) => Math.round(value * 100) / 100;

interface Context {
  random: Random;
  year: number;
  names: Set<string>;
  firms: FirmDraft[];
}

function addFirm(context: Context, firm: Omit<FirmDraft, 'id' | 'creditCode'>): FirmDraft {
  const draft: FirmDraft = { ...firm, id: context.firms.length + 1, creditCode: '' };
  context.firms.push(draft);
  return draft;
}

function revenueFor(random: Random, band: RevenueBand): number {
  switch (band) {
    case 'over_1b':
      return round2(random.logFloat(10, 80));
    case 'over_100m':
      return round2(random.logFloat(1, 9.99));
    case 'under_100m':
      return round2(random.logFloat(0.02, 0.99));
    default:
      throw new Error(`Generated firms are never ${band}`);
  }
}

function employeesFor(random: Random, band: RevenueBand, revenueYi: number): number {
  if (band === 'over_1b') return Math.round(revenueYi * random.float(25, 60));
  if (band === 'over_100m') return Math.round(revenueYi * random.float(30, 90));
  return Math.max(5, Math.round(revenueYi * random.float(40, 160)));
}

function ageFor(random: Random, band: RevenueBand): number {
  if (band === 'over_1b') return random.int(8, 35);
  if (band === 'over_100m') return random.int(4, 30);
  return random.int(1, 20);
}

function chainPark(random: Random, chain: ChainCode): ParkKey | null {
  const roll = random.next();
  if (roll < 0.78) {
    const hosts = CHAIN_PARKS[chain];
    return random.weighted(hosts, (park) => (park === hosts[0] ? 3 : 1));
  }
  if (roll < 0.88) return random.pick(PARKS.filter((park) => park.isSpecialty)).key;
  return null;
}

function otherPark(random: Random, trade: OtherTrade): ParkKey | null {
  if (trade === 'metallurgy' && random.chance(0.8)) return 'specialMetallurgy';
  if (trade === 'connectors' && random.chance(0.6)) return 'aerospace';
  const roll = random.next();
  if (roll < 0.55) return random.pick(COUNTY_PARKS);
  if (roll < 0.7) return random.pick(PARKS).key;
  return null;
}

function generatedFirm(
  context: Context,
  band: RevenueBand,
  chains: ChainCode[],
  trade: OtherTrade | null,
): Omit<FirmDraft, 'id' | 'creditCode'> {
  const { random } = context;
  const trades = chains[0] ? chainTrades(chains[0]) : OTHER_TRADES[trade ?? 'machinery'];
  const name = firmName(random, trades, context.names);
  const revenueYi = revenueFor(random, band);
  return {
    ...name,
    park: chains[0] ? chainPark(random, chains[0]) : otherPark(random, trade ?? 'machinery'),
    band,
    revenueYi,
    tags: new Set<FirmTag>(),
    foundedYear: context.year - ageFor(random, band),
    employees: employeesFor(random, band, revenueYi),
    chains,
    named: false,
    fixedLinks: [],
  };
}

/** A strong link for a generated chain-leader firm: midstream first, where leaders usually sit. */
function leaderLink(chain: ChainCode): string {
  const [upstream, midstream, downstream] = CHAIN_MAPS[chain];
  for (const segment of [midstream, downstream, upstream]) {
    const strong = segment.links.find(([, , strength]) => strength === 's');
    if (strong) return strong[0];
  }
  throw new Error(`Chain ${chain} has no strong link for its leader firm`);
}

function addNamedFirms(context: Context): void {
  for (const seed of NAMED_FIRMS) {
    const tags = new Set<FirmTag>(['high_tech']);
    if (seed.leads) tags.add('chain_leader');
    addFirm(context, {
      name: seed.name,
      nameEn: seed.nameEn,
      shortName: seed.shortName,
      shortNameEn: seed.shortNameEn,
      park: seed.park,
      band: seed.band,
      revenueYi: seed.revenueYi,
      tags,
      foundedYear: context.year - seed.age,
      employees: seed.employees,
      chains: [...seed.chains],
      named: true,
      fixedLinks: [...seed.links],
      ...(seed.leads ? { leads: seed.leads, leadReason: seed.leadReason ?? '' } : {}),
    });
    context.names.add(seed.name);
  }
}

/** Chains whose leader firm is in place but not one the article names get a generated one. */
function addGeneratedLeaders(context: Context): void {
  const namedLeads = new Set(NAMED_FIRMS.map((seed) => seed.leads));
  for (const chain of CHAINS) {
    if (fiveOneState(chain, 'leader_firm') !== 'in_place' || namedLeads.has(chain.code)) continue;
    const firm = generatedFirm(context, 'over_1b', [chain.code], null);
    const link = leaderLink(chain.code);
    firm.tags.add('chain_leader');
    firm.tags.add('high_tech');
    firm.revenueYi = round2(context.random.logFloat(18, 75));
    firm.employees = Math.round(firm.revenueYi * context.random.float(30, 50));
    firm.foundedYear = context.year - context.random.int(12, 30);
    firm.fixedLinks = [[chain.code, link]];
    firm.leads = chain.code;
    firm.leadReason = `本地${chain.name}产业链营收规模最大的企业，在${link}环节掌握核心技术，带动上下游本地配套。`;
    addFirm(context, firm);
  }
}

function addGeneratedFirms(context: Context): void {
  const { random } = context;
  const remaining = TOTAL_FIRMS - context.firms.length;
  const existing = (band: RevenueBand) => context.firms.filter((firm) => firm.band === band).length;
  const over1b = OVER_1B - existing('over_1b');
  const over100m = OVER_100M - existing('over_100m');
  const bands: RevenueBand[] = [
    ...Array<RevenueBand>(over1b).fill('over_1b'),
    ...Array<RevenueBand>(over100m).fill('over_100m'),
    ...Array<RevenueBand>(remaining - over1b - over100m).fill('under_100m'),
  ];
  // Bigger firms are more often in a chain: pick who is in one before handing out the chains.
  const chainSlots = Object.values(CHAIN_QUOTAS).reduce((sum, quota) => sum + quota, 0);
  const slotsByIndex = new Set(
    random
      .weightedSample(
        bands.map((band, index) => ({ band, index })),
        chainSlots,
        ({ band }) => (band === 'over_1b' ? 8 : band === 'over_100m' ? 3 : 1.6),
      )
      .map(({ index }) => index),
  );
  const mainChains = random.shuffle(
    CHAINS.flatMap((chain) => Array<ChainCode>(CHAIN_QUOTAS[chain.code]).fill(chain.code)),
  );
  const tradeKeys = Object.keys(OTHER_TRADE_WEIGHTS) as OtherTrade[];
  bands.forEach((band, index) => {
    if (slotsByIndex.has(index)) {
      const main = mainChains.pop() as ChainCode;
      const chains: ChainCode[] = [main];
      if (random.chance(SECOND_CHAIN_SHARE)) chains.push(random.pick(SECOND_CHAINS[main]));
      addFirm(context, generatedFirm(context, band, chains, null));
    } else {
      const trade = random.weighted(tradeKeys, (key) => OTHER_TRADE_WEIGHTS[key]);
      addFirm(context, generatedFirm(context, band, [], trade));
    }
  });
}

function tag(firms: readonly FirmDraft[], value: FirmTag): void {
  for (const firm of firms) firm.tags.add(value);
}

function count(firms: readonly FirmDraft[], value: FirmTag): number {
  return firms.filter((firm) => firm.tags.has(value)).length;
}

/** Hands out the article's exact tag counts, to the kind of firm each tag is given to. */
function assignTags(random: Random, firms: readonly FirmDraft[]): void {
  const generated = firms.filter((firm) => !firm.named && !firm.leads);
  const inChain = generated.filter((firm) => firm.chains.length > 0);

  tag(
    random.weightedSample(
      inChain.filter((firm) => firm.band === 'over_1b' || firm.band === 'over_100m'),
      FIRM_TAG_COUNTS.single_champion,
      (firm) => (firm.band === 'over_1b' ? 3 : 1),
    ),
    'single_champion',
  );
  // 专精特新"小巨人" are specialised SMEs: mid-sized firms of the chains.
  tag(
    random.weightedSample(
      inChain.filter(
        (firm) => !firm.tags.has('single_champion') && firm.revenueYi >= 0.3 && firm.revenueYi < 10,
      ),
      FIRM_TAG_COUNTS.little_giant,
      (firm) => (firm.band === 'over_100m' ? 3 : 1),
    ),
    'little_giant',
  );
  tag(
    random.weightedSample(
      inChain.filter(
        (firm) => !firm.tags.has('little_giant') && firm.revenueYi >= 0.1 && firm.revenueYi < 10,
      ),
      PROVINCIAL_SPECIALIZED,
      () => 1,
    ),
    'provincial_specialized',
  );
  // Champions and little giants are high-tech firms too; the rest come mostly from the chains.
  tag(
    firms.filter((firm) => firm.tags.has('single_champion') || firm.tags.has('little_giant')),
    'high_tech',
  );
  tag(
    random.weightedSample(
      generated.filter((firm) => !firm.tags.has('high_tech')),
      FIRM_TAG_COUNTS.high_tech - count(firms, 'high_tech'),
      (firm) =>
        (firm.chains.length > 0 ? 3 : 0.6) *
        (firm.band === 'over_1b'
          ? 4
          : firm.band === 'over_100m'
            ? 2
            : firm.revenueYi >= 0.2
              ? 1.2
              : 0.6),
    ),
    'high_tech',
  );
  // 科技型中小企业: at most 500 staff and 2 亿元 revenue.
  tag(
    random.weightedSample(
      generated.filter((firm) => firm.employees <= 500 && firm.revenueYi <= 2),
      FIRM_TAG_COUNTS.tech_sme,
      (firm) => (firm.chains.length > 0 ? 3 : 1) * (firm.tags.has('high_tech') ? 2 : 1),
    ),
    'tech_sme',
  );
  // 规上: 2,000 万元 of annual revenue or more.
  tag(
    firms.filter((firm) => firm.revenueYi >= 0.2),
    'above_scale',
  );
}

function assignCreditCodes(random: Random, firms: readonly FirmDraft[], year: number): void {
  const districts = new Map<string, string>(PARKS.map((park) => [park.key, park.district]));
  const taken = new Set<string>();
  for (const firm of firms) {
    const district = firm.park ? (districts.get(firm.park) ?? '涪城区') : '涪城区';
    firm.creditCode = creditCode(random, district, year - firm.foundedYear <= 10, taken);
  }
}

/** Every firm of the sample city, the named ones first (ids 1–8). */
export function buildFirms(random: Random, today: string): FirmDraft[] {
  const context: Context = { random, year: yearOf(today), names: new Set(), firms: [] };
  addNamedFirms(context);
  addGeneratedLeaders(context);
  addGeneratedFirms(context);
  assignTags(random, context.firms);
  assignCreditCodes(random, context.firms, context.year);
  return context.firms;
}
