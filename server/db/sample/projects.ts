import type * as schema from '../schema';
import { CHAINS, chainId, type ChainCode } from './chains';
import { addDays, daysBetween, stamp } from './dates';
import type { FirmDraft } from './model';
import { namedFirmId } from './named-firms';
import { CHAIN_PARKS, PARKS, parkId, type ParkKey } from './parks';
import {
  DISTRICTS_EN,
  EXPANSION_KINDS,
  NAMED_PROJECTS,
  PROJECT_PRODUCTS,
  PROMOTION_KINDS,
} from './project-catalog';
import type { Random } from './random';
import { touched, type Insert } from './rows';

type ProjectRow = Insert<typeof schema.projects>;
type Stage = 'signed' | 'started' | 'in_production';

/** The article: 168 signed 招商 projects worth 2,024.55 亿元. */
export const PROMOTION_PROJECTS = 168;
export const PROMOTION_TOTAL_CENTS = 202_455;
const MIN_CENTS = 30;
/** Big projects are 50 亿元 and up; everything else stays below. */
const BIG_FLOOR_CENTS = 5_000;
const BIG_GENERATED = 4;
const EXPANSION_PROJECTS = 48;
const STALLED_PROJECTS = 8;

/** How many projects each chain attracts, relatively. */
const BIG_PROJECT_CHAINS: readonly ChainCode[] = [
  'new-display',
  'pv-storage',
  'aerospace',
  'ai',
  'biomed',
];
const CHAIN_WEIGHTS: Readonly<Record<ChainCode, number>> = {
  'new-display': 18,
  'nuclear-tech': 12,
  'laser-tech': 12,
  drones: 14,
  robotics: 14,
  aerospace: 16,
  biomed: 16,
  'pv-storage': 20,
  ai: 14,
  'commercial-space': 8,
  terahertz: 4,
  'low-altitude': 12,
};

interface Plan {
  chain: ChainCode;
  origin: 'investment_promotion' | 'expansion';
  stage: Stage;
  cents: number;
  firm: FirmDraft | null;
  name?: readonly [string, string];
  /** 埃克森's plant: ground-breaking to production in ten months. */
  buildDays?: number;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function stageFor(random: Random, origin: Plan['origin']): Stage {
  const roll = random.next();
  // Expansions of firms already here move faster than newly signed 招商 projects.
  const [signed, started] = origin === 'investment_promotion' ? [0.35, 0.75] : [0.2, 0.65];
  return roll < signed ? 'signed' : roll < started ? 'started' : 'in_production';
}

/**
 * Generated investments in cents of 亿元: spread on a log scale, scaled to what is left of the
 * article's total, with the rounding remainder put on the last one (or spread, if it would
 * push the last one out of range).
 */
function promotionCents(random: Random, count: number, total: number): number[] {
  const raw = Array.from({ length: count }, () => random.logFloat(0.3, 40));
  const scale = total / raw.reduce((sum, value) => sum + value, 0);
  const cents = raw.map((value) =>
    Math.min(BIG_FLOOR_CENTS - 1, Math.max(MIN_CENTS, Math.round(value * scale))),
  );
  let remainder = total - cents.reduce((sum, value) => sum + value, 0);
  const last = cents.length - 1;
  const fixedLast = (cents[last] ?? 0) + remainder;
  if (fixedLast >= MIN_CENTS && fixedLast < BIG_FLOOR_CENTS) {
    cents[last] = fixedLast;
    return cents;
  }
  for (let i = 0; remainder !== 0; i = (i + 1) % count) {
    const step = Math.sign(remainder);
    const next = (cents[i] ?? 0) + step;
    if (next >= MIN_CENTS && next < BIG_FLOOR_CENTS) {
      cents[i] = next;
      remainder -= step;
    }
  }
  return cents;
}

function planProjects(random: Random, firms: readonly FirmDraft[]): Plan[] {
  const plans: Plan[] = NAMED_PROJECTS.map((seed) => ({
    chain: seed.chain,
    origin: seed.origin,
    stage: seed.stage,
    cents: Math.round(seed.investmentYi * 100),
    firm: firms[namedFirmId(seed.firmKey) - 1] ?? null,
    name: [seed.name, seed.nameEn],
    ...(seed.firmKey === 'aikesen' ? { buildDays: 304 } : {}),
  }));
  const chainCodes = CHAINS.map((chain) => chain.code);
  const pickChain = () => random.weighted(chainCodes, (code) => CHAIN_WEIGHTS[code]);
  const generatedFirm = (chain: ChainCode) =>
    random.pick(firms.filter((firm) => !firm.named && firm.chains[0] === chain));

  const namedPromotion = plans.filter((plan) => plan.origin === 'investment_promotion');
  const namedCents = namedPromotion.reduce((sum, plan) => sum + plan.cents, 0);
  const bigCents = Array.from({ length: BIG_GENERATED }, () => random.int(BIG_FLOOR_CENTS, 15_000));
  const smallCount = PROMOTION_PROJECTS - namedPromotion.length - BIG_GENERATED;
  const smallCents = promotionCents(
    random,
    smallCount,
    PROMOTION_TOTAL_CENTS - namedCents - bigCents.reduce((sum, value) => sum + value, 0),
  );
  for (const cents of [...bigCents, ...smallCents]) {
    // Only the large chains land projects of 50 亿元 and more.
    const chain = cents >= BIG_FLOOR_CENTS ? random.pick(BIG_PROJECT_CHAINS) : pickChain();
    plans.push({
      chain,
      origin: 'investment_promotion',
      stage: stageFor(random, 'investment_promotion'),
      cents,
      firm: random.chance(0.4) ? generatedFirm(chain) : null,
    });
  }
  const namedExpansions = plans.filter((plan) => plan.origin === 'expansion').length;
  for (let i = namedExpansions; i < EXPANSION_PROJECTS; i++) {
    const chain = pickChain();
    plans.push({
      chain,
      origin: 'expansion',
      stage: stageFor(random, 'expansion'),
      cents: Math.round(random.logFloat(0.5, 30) * 100),
      firm: generatedFirm(chain),
    });
  }
  return plans;
}

interface Schedule {
  signedOn: string;
  startedOn: string | null;
  productionOn: string | null;
  plannedProductionOn: string;
  progress: number;
  progressUpdatedOn: string;
}

/** Dates that tell one story: signed ≤ started ≤ in production ≤ today, progress to match. */
function schedule(random: Random, today: string, plan: Plan, stalled: boolean): Schedule {
  if (plan.stage === 'in_production') {
    const productionOn = addDays(
      today,
      -random.int(plan.buildDays ? 150 : 10, plan.buildDays ? 300 : 420),
    );
    const startedOn = addDays(productionOn, -(plan.buildDays ?? random.int(180, 600)));
    const signedOn = addDays(startedOn, -random.int(20, 200));
    const sinceProduction = daysBetween(productionOn, today);
    return {
      signedOn,
      startedOn,
      productionOn,
      plannedProductionOn: addDays(productionOn, random.int(-60, 90)),
      progress: 100,
      progressUpdatedOn: addDays(today, -random.int(1, Math.min(60, sinceProduction))),
    };
  }
  if (plan.stage === 'started') {
    const progressUpdatedOn = stalled ? addDays(today, -random.int(100, 200)) : '';
    const startedOn = stalled
      ? addDays(progressUpdatedOn, -random.int(60, 300))
      : addDays(today, -random.int(30, 540));
    const plannedProductionOn = addDays(startedOn, random.int(365, 900));
    const elapsed = daysBetween(startedOn, today) / daysBetween(startedOn, plannedProductionOn);
    return {
      signedOn: addDays(startedOn, -random.int(15, 240)),
      startedOn,
      productionOn: null,
      plannedProductionOn,
      progress: stalled
        ? random.int(10, 60)
        : Math.min(95, Math.max(5, Math.round(elapsed * 100 + random.int(-10, 10)))),
      progressUpdatedOn:
        progressUpdatedOn ||
        addDays(today, -random.int(0, Math.min(60, daysBetween(startedOn, today)))),
    };
  }
  const progressUpdatedOn = stalled ? addDays(today, -random.int(100, 200)) : '';
  const signedOn = stalled
    ? addDays(progressUpdatedOn, -random.int(10, 120))
    : addDays(today, -random.int(3, 300));
  return {
    signedOn,
    startedOn: null,
    productionOn: null,
    plannedProductionOn: addDays(signedOn, random.int(365, 1000)),
    progress: random.chance(0.5) ? 0 : random.int(1, 10),
    progressUpdatedOn:
      progressUpdatedOn ||
      addDays(today, -random.int(0, Math.min(60, daysBetween(signedOn, today)))),
  };
}

function projectPark(random: Random, plan: Plan): ParkKey {
  const hosts = CHAIN_PARKS[plan.chain];
  if (plan.firm?.park && hosts.includes(plan.firm.park)) return plan.firm.park;
  return random.weighted(hosts, (park) => (park === hosts[0] ? 3 : 1));
}

const PHASES = ['二', '三', '四', '五'];
/** `长青精密精密减速器`: a short name and a product that overlap read as a typo. */
const STUTTER = /(..)\1/;

function projectName(
  random: Random,
  plan: Plan,
  park: ParkKey,
  taken: Set<string>,
): readonly [string, string] {
  if (plan.name) return plan.name;
  const district = PARKS.find((candidate) => candidate.key === park)?.district ?? '';
  let zh = '';
  let en = '';
  for (
    let attempt = 0;
    attempt < 20 && (zh === '' || taken.has(zh) || STUTTER.test(zh));
    attempt++
  ) {
    const [product, productEn] = random.pick(PROJECT_PRODUCTS[plan.chain]);
    const [kind, kindEn] = random.pick(
      plan.origin === 'expansion' ? EXPANSION_KINDS : PROMOTION_KINDS,
    );
    zh = plan.firm ? `${plan.firm.shortName}${product}${kind}` : `${district}${product}${kind}`;
    en = plan.firm
      ? `${plan.firm.shortNameEn} ${productEn} ${kindEn}`
      : `${capitalise(productEn)} ${kindEn} in ${DISTRICTS_EN[district] ?? 'Mianyang'}`;
  }
  // Still taken after twenty draws: it is the same project's next phase.
  const base = [zh.replace(/项目$/, ''), en];
  for (let phase = 0; taken.has(zh); phase++) {
    zh = `${base[0]}（${PHASES[phase] ?? phase + 2}期）项目`;
    en = `${base[1]}, phase ${phase + 2}`;
  }
  taken.add(zh);
  return [zh, en];
}

/** 招商 projects (exactly the article's count and total) and expansions of firms already here. */
export function buildProjects(
  random: Random,
  today: string,
  firms: readonly FirmDraft[],
): ProjectRow[] {
  const plans = planProjects(random, firms);
  const notProducing = plans
    .map((plan, index) => ({ plan, index }))
    .filter(({ plan }) => plan.stage !== 'in_production' && !plan.name);
  const stalled = new Set(random.sample(notProducing, STALLED_PROJECTS).map(({ index }) => index));
  const taken = new Set<string>(NAMED_PROJECTS.map((seed) => seed.name));
  const rows = plans.map((plan, index): ProjectRow => {
    const park = projectPark(random, plan);
    const [name, nameEn] = projectName(random, plan, park, taken);
    const dates = schedule(random, today, plan, stalled.has(index));
    return {
      name,
      nameEn,
      chainId: chainId(plan.chain),
      parkId: parkId(park),
      firmId: plan.firm?.id ?? null,
      origin: plan.origin,
      investmentYi: plan.cents / 100,
      stage: plan.stage,
      ...dates,
      ...touched(stamp(dates.progressUpdatedOn, 16)),
    };
  });
  // Ids in signing order, the way the projects office numbers them.
  // Code-unit comparison, not localeCompare: the order must not depend on the machine's ICU.
  rows.sort((a, b) => compare(a.signedOn, b.signedOn) || compare(a.name, b.name));
  return rows.map((row, index) => ({ ...row, id: index + 1 }));
}
