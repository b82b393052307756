import type { TechMatchStage, TechNeedKind } from '../../contract/domain';
import { addDays, daysBetween } from './dates';
import { Random } from './random';
import { touched, type Insert, type SampleCity } from './rows';
import type * as schema from '../schema';
import { applyTechFirms } from './tech-firms';
import { SUPPLY_SEEDS } from './tech-supplies';

/*
 * 科技创新 of the sample city, with the article's figures exactly: 累计遴选第三批69名科技助理
 * (69 assistants in three batches), 促成400项技术成功对接、31项科技成果转化落地 (400 matches by
 * assistants at 达成意向 or beyond, 31 of them landed), 2023年促进150余项科技成果转化 (152 landed in
 * the year, assistants' or not). "The year" is the last full year before `today`.
 */

/** Its own seed, so the technology records never disturb the rest of the sample's draws. */
const TECH_SEED = 20_240_301;

const BATCH_SIZES = [20, 22, 27] as const;
/** The assistants' matches: 400 successful, 31 of them landed (20 in the year). */
const ASSISTANT_MATCHES: readonly [TechMatchStage, number, number?][] = [
  ['landed', 20, 0],
  ['landed', 11, 1],
  ['contract', 150],
  ['intent', 219],
  ['matching', 50],
  ['failed', 30],
];
/** Matches made without an assistant: 132 more landed in the year, 152 in all. */
const OTHER_MATCHES: readonly [TechMatchStage, number, number?][] = [
  ['landed', 132, 0],
  ['landed', 60, 1],
  ['matching', 20],
  ['failed', 10],
];
const OPEN_NEEDS = 60;

const KINDS: readonly TechNeedKind[] = ['process', 'material', 'testing', 'talent', 'other'];
const NEED_TITLES: Record<TechNeedKind, readonly string[]> = {
  process: ['关键工艺良率提升', '产线数字化改造', '精密加工工艺优化'],
  material: ['高性能材料国产替代', '关键原材料配方改进'],
  testing: ['可靠性检测能力建设', '第三方测试认证'],
  talent: ['高端研发人才引进', '工程技术骨干培养'],
  other: ['知识产权布局', '技术标准制定'],
};
const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '马',
  '朱',
];
const GIVEN = [
  '晓明',
  '建国',
  '海燕',
  '志强',
  '丽华',
  '文博',
  '思远',
  '雨桐',
  '振宇',
  '嘉怡',
  '子涵',
  '浩然',
];

export type TechnologyRows = Pick<
  SampleCity,
  | 'techSupplies'
  | 'techAssistants'
  | 'techAssistantChains'
  | 'techAssistantFirms'
  | 'techNeeds'
  | 'techMatches'
>;

export function buildTechnology(
  today: string,
  city: Pick<SampleCity, 'firms' | 'firmChains' | 'chains'>,
  at: Date,
): TechnologyRows {
  const random = new Random(TECH_SEED);
  const year = Number(today.slice(0, 4)) - 1;
  applyTechFirms(random, city.firms, year);
  const yesterday = addDays(today, -1);
  const firmsOf = new Map<number, number[]>();
  for (const { chainId, firmId } of city.firmChains) {
    firmsOf.set(chainId, [...(firmsOf.get(chainId) ?? []), firmId]);
  }
  const chainIds = city.chains.map((chain) => chain.id as number);

  const techSupplies = SUPPLY_SEEDS.map((seed, index) => ({
    id: index + 1,
    ...seed,
    contact: `0816-${String(2_300_000 + index * 137).padStart(7, '0')}`,
    ...touched(at),
  }));
  const homes = techSupplies.filter((supply) => supply.kind !== 'team');

  const techAssistants: Insert<typeof schema.techAssistants>[] = [];
  const techAssistantChains: Insert<typeof schema.techAssistantChains>[] = [];
  const techAssistantFirms: Insert<typeof schema.techAssistantFirms>[] = [];
  const served = new Map<number, { chainId: number; firmIds: number[] }>();
  BATCH_SIZES.forEach((size, batchIndex) => {
    const batch = batchIndex + 1;
    const termStartsOn = `${year - 3 + batch}-03-01`;
    for (let n = 0; n < size; n += 1) {
      const id = techAssistants.length + 1;
      const home = random.pick(homes);
      const chainId = chainIds[(id - 1) % chainIds.length] as number;
      const firmIds = [...new Set([0, 1, 2].map(() => random.pick(firmsOf.get(chainId) ?? [])))];
      techAssistants.push({
        id,
        name: `${SURNAMES[(id * 5) % SURNAMES.length]}${GIVEN[(id * 7) % GIVEN.length]}`,
        supplyId: home.id,
        homeInstitute: home.name,
        batch,
        termStartsOn,
        // A batch serves until the next one starts; the latest is serving now.
        termEndsOn: batch < BATCH_SIZES.length ? `${year - 2 + batch}-02-28` : null,
        ...touched(at),
      });
      techAssistantChains.push({ assistantId: id, chainId });
      for (const firmId of firmIds) techAssistantFirms.push({ assistantId: id, firmId });
      served.set(id, { chainId, firmIds });
    }
  });

  const techNeeds: Insert<typeof schema.techNeeds>[] = [];
  const techMatches: Insert<typeof schema.techMatches>[] = [];
  const need = (
    chainId: number,
    firmId: number,
    raisedOn: string,
    status: 'open' | 'matched' | 'met',
  ) => {
    const kind = random.pick(KINDS);
    const id = techNeeds.length + 1;
    techNeeds.push({
      id,
      chainId,
      firmId,
      title: random.pick(NEED_TITLES[kind]),
      kind,
      description: null,
      urgency: random.pick(['high', 'medium', 'low'] as const),
      raisedOn,
      status,
      ...touched(at),
    });
    return id;
  };
  const match = (
    stage: TechMatchStage,
    yearsBack: number | undefined,
    assistantId: number | null,
  ) => {
    const chainId = assistantId
      ? (served.get(assistantId)?.chainId as number)
      : random.pick(chainIds);
    const firms = assistantId
      ? (served.get(assistantId)?.firmIds ?? [])
      : (firmsOf.get(chainId) ?? []);
    const dates = stageDates(
      random,
      stage,
      yesterday,
      yearsBack === undefined ? undefined : year - yearsBack,
    );
    const needId = need(
      chainId,
      random.pick(firms),
      addDays(dates.startedOn, -random.int(5, 40)),
      stage === 'landed' ? 'met' : stage === 'failed' ? 'open' : 'matched',
    );
    techMatches.push({
      id: techMatches.length + 1,
      chainId,
      needId,
      supplyId: random.pick(techSupplies).id,
      assistantId,
      stage,
      ...dates,
      amountWan:
        stage === 'landed' || stage === 'contract' ? Math.round(random.logFloat(20, 2000)) : null,
      projectId: null,
      note: null,
      ...touched(at),
    });
  };
  let next = 0;
  for (const [stage, count, yearsBack] of ASSISTANT_MATCHES) {
    for (let n = 0; n < count; n += 1) {
      match(stage, yearsBack, (next % techAssistants.length) + 1);
      next += 1;
    }
  }
  for (const [stage, count, yearsBack] of OTHER_MATCHES) {
    for (let n = 0; n < count; n += 1) match(stage, yearsBack, null);
  }
  for (let n = 0; n < OPEN_NEEDS; n += 1) {
    const chainId = random.pick(chainIds);
    need(
      chainId,
      random.pick(firmsOf.get(chainId) ?? []),
      addDays(yesterday, -random.int(0, 180)),
      'open',
    );
  }
  return {
    techSupplies,
    techAssistants,
    techAssistantChains,
    techAssistantFirms,
    techNeeds,
    techMatches,
  };
}

/** The dates of a match at `stage`; a landed one lands in `landedYear`, never after yesterday. */
function stageDates(random: Random, stage: TechMatchStage, yesterday: string, landedYear?: number) {
  const none = { intentOn: null, contractOn: null, landedOn: null, failedOn: null };
  const back = (day: string, min: number, max: number) => addDays(day, -random.int(min, max));
  if (stage === 'landed') {
    const start = `${landedYear}-01-01`;
    const span = Math.min(364, daysBetween(start, yesterday));
    const landedOn = addDays(start, random.int(0, span));
    const contractOn = back(landedOn, 30, 120);
    const intentOn = back(contractOn, 20, 60);
    return { ...none, startedOn: back(intentOn, 15, 60), intentOn, contractOn, landedOn };
  }
  if (stage === 'contract') {
    const contractOn = back(yesterday, 0, 400);
    const intentOn = back(contractOn, 20, 60);
    return { ...none, startedOn: back(intentOn, 15, 60), intentOn, contractOn };
  }
  if (stage === 'intent') {
    const intentOn = back(yesterday, 0, 300);
    return { ...none, startedOn: back(intentOn, 15, 60), intentOn };
  }
  if (stage === 'failed') {
    const failedOn = back(yesterday, 0, 400);
    return { ...none, startedOn: back(failedOn, 20, 90), failedOn };
  }
  return { ...none, startedOn: back(yesterday, 0, 120) };
}
