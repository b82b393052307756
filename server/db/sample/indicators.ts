import type * as schema from '../schema';
import { CHAINS, chainId, type ChainCode, type ChainSeed } from './chains';
import { addDays, completedQuarters, dayNumber, stamp, type Quarter } from './dates';
import { departmentId, type DepartmentKey } from './departments';
import type { FirmDraft } from './model';
import type { Random } from './random';
import { touched, type Insert } from './rows';

type IndicatorRow = Insert<typeof schema.indicators>;
type ValueRow = Insert<typeof schema.indicatorValues>;
/** Where the chain's latest quarter lands against its targets. */
type Performance = 'excellent' | 'on_target' | 'amber' | 'below';

interface Economics {
  /** Output of the first modelled quarter, 亿元. */
  outputYi: number;
  /** Planned year-on-year output growth. */
  growthTarget: number;
  /** Industrial investment per quarter, 亿元. */
  investmentYi: number;
  latest: Performance;
}

const ECONOMICS: Readonly<Record<ChainCode, Economics>> = {
  'new-display': { outputYi: 240, growthTarget: 0.1, investmentYi: 35, latest: 'excellent' },
  'nuclear-tech': { outputYi: 26, growthTarget: 0.15, investmentYi: 6, latest: 'on_target' },
  'laser-tech': { outputYi: 20, growthTarget: 0.14, investmentYi: 5, latest: 'excellent' },
  drones: { outputYi: 32, growthTarget: 0.18, investmentYi: 8, latest: 'on_target' },
  robotics: { outputYi: 28, growthTarget: 0.15, investmentYi: 7, latest: 'amber' },
  aerospace: { outputYi: 70, growthTarget: 0.12, investmentYi: 12, latest: 'amber' },
  biomed: { outputYi: 45, growthTarget: 0.1, investmentYi: 9, latest: 'below' },
  'pv-storage': { outputYi: 55, growthTarget: 0.2, investmentYi: 18, latest: 'excellent' },
  ai: { outputYi: 50, growthTarget: 0.2, investmentYi: 10, latest: 'on_target' },
  'commercial-space': { outputYi: 5, growthTarget: 0.3, investmentYi: 3, latest: 'below' },
  terahertz: { outputYi: 2.2, growthTarget: 0.35, investmentYi: 0.8, latest: 'below' },
  'low-altitude': { outputYi: 8, growthTarget: 0.3, investmentYi: 4, latest: 'amber' },
};

/** Output is seasonal: a slow first quarter, a strong fourth. */
const SEASON = [0.85, 1, 1.02, 1.13] as const;
const QUARTERS_SHOWN = 8;
const WARNING = 0.9;
const EXCELLENT = 1.1;

const round2 = (value: number) => Math.round(value * 100) / 100;

interface Definition {
  code: string;
  name: string;
  nameEn: string;
  unit: string;
  isKey: boolean;
  source: string;
  owner: (chain: ChainSeed) => DepartmentKey;
}

const DEFINITIONS: readonly Definition[] = [
  {
    code: 'output',
    name: '产值',
    nameEn: 'Output value',
    unit: '亿元',
    isKey: true,
    source: '市统计局',
    owner: (chain) => chain.leadDepartment,
  },
  {
    code: 'growth',
    name: '产值增速',
    nameEn: 'Output growth',
    unit: '%',
    isKey: true,
    source: '市统计局',
    owner: (chain) => chain.leadDepartment,
  },
  {
    code: 'investment',
    name: '产业投资',
    nameEn: 'Industrial investment',
    unit: '亿元',
    isKey: true,
    source: '市发展和改革委员会',
    owner: () => 'development',
  },
  {
    code: 'firms',
    name: '规上企业数',
    nameEn: 'Firms above designated size',
    unit: '家',
    isKey: false,
    source: '市经济和信息化局',
    owner: (chain) => chain.leadDepartment,
  },
  {
    code: 'problem_resolution',
    name: '问题办结率',
    nameEn: 'Problem resolution rate',
    unit: '%',
    isKey: false,
    source: '市现代产业发展促进中心',
    owner: () => 'center',
  },
];

/** Actual ÷ target for the latest quarter, by how the chain is doing. */
function latestRatio(random: Random, performance: Performance): number {
  switch (performance) {
    case 'excellent':
      return random.float(1.12, 1.22);
    case 'on_target':
      return random.float(1, 1.06);
    case 'amber':
      return random.float(0.92, 0.98);
    case 'below':
      return random.float(0.78, 0.87);
  }
}

interface Point {
  value: number | null;
  target: number;
}

/**
 * Output with its year-on-year growth. Twelve quarters are modelled so the first shown quarter
 * has a year-ago figure; the target is last year's output grown by the planned rate, so output
 * and growth agree about whether a quarter was good.
 */
function outputAndGrowth(random: Random, economics: Economics, quarters: readonly Quarter[]) {
  const modelled = quarters.length + 4;
  const output: number[] = [];
  const outputPoints: Point[] = [];
  const growthPoints: Point[] = [];
  const gt = economics.growthTarget;
  const firstQuarter = quarters[0]?.quarter ?? 1;
  for (let i = 0; i < modelled; i++) {
    if (i < 4) {
      // Quarter i of the modelled run is the same quarter of the year as shown quarter i.
      const season = SEASON[(firstQuarter - 1 + i) % 4] ?? 1;
      output.push(economics.outputYi * season * (1 + 0.03 * i) * random.float(0.97, 1.03));
      continue;
    }
    const isLatest = i === modelled - 1;
    const growth = isLatest ? latestGrowth(random, economics) : gt * random.float(0.75, 1.2);
    const yearAgo = output[i - 4] ?? 0;
    output.push(yearAgo * (1 + growth));
    outputPoints.push({
      value: round2(yearAgo * (1 + growth)),
      target: round2(yearAgo * (1 + gt)),
    });
    growthPoints.push({ value: round2(growth * 100), target: round2(gt * 100) });
  }
  return { outputPoints, growthPoints };
}

/** A growth rate that puts both output and growth in the chain's latest band. */
function latestGrowth(random: Random, economics: Economics): number {
  const gt = economics.growthTarget;
  switch (economics.latest) {
    case 'excellent':
      return 1.12 * (1 + gt) - 1 + random.float(0, 0.03);
    case 'on_target':
      return gt * random.float(1, 1.08);
    case 'amber':
      return gt * random.float(0.92, 0.98);
    case 'below':
      return random.float(-0.08, -0.02);
  }
}

function investmentPoints(random: Random, economics: Economics, count: number): Point[] {
  return Array.from({ length: count }, (_, i) => {
    const target = round2(economics.investmentYi * Math.pow(1.03, i));
    const ratio = i === count - 1 ? latestRatio(random, economics.latest) : random.float(0.85, 1.2);
    return { value: round2(target * ratio), target };
  });
}

/**
 * 规上企业数 climbing to today's actual count of above-scale firms in the chain, against a
 * target that grows 2 % a quarter and ends where the chain's latest band puts it.
 */
function firmCountPoints(
  random: Random,
  economics: Economics,
  current: number,
  count: number,
): Point[] {
  const values: number[] = [current];
  while (values.length < count)
    values.unshift(Math.max(1, (values[0] ?? current) - random.int(0, 4)));
  const latestTarget = current / latestRatio(random, economics.latest);
  return values.map((value, i) => ({
    value,
    target: Math.max(1, Math.round(latestTarget / Math.pow(1.02, count - 1 - i))),
  }));
}

/** 问题办结率 at each quarter's end, worked out from the problems themselves. */
function resolutionPoints(
  problems: readonly Insert<typeof schema.problems>[],
  id: number,
  quarters: readonly Quarter[],
): Point[] {
  const own = problems.filter((problem) => problem.chainId === id);
  return quarters.map((quarter) => {
    const raised = own.filter((problem) => problem.raisedOn <= quarter.endsOn).length;
    const resolved = own.filter(
      (problem) =>
        problem.resolvedOn !== null &&
        problem.resolvedOn !== undefined &&
        problem.resolvedOn <= quarter.endsOn,
    ).length;
    return { value: raised === 0 ? null : round2((resolved / raised) * 100), target: 90 };
  });
}

/**
 * Four or five indicators per chain (problem resolution for the strategic chains) with the
 * eight most recent completed quarters, each judged against a target, a warning threshold at
 * 90 % of it and an excellent one at 110 %.
 */
export function buildIndicators(
  random: Random,
  today: string,
  firms: readonly FirmDraft[],
  problems: readonly Insert<typeof schema.problems>[],
  at: Date,
): { indicators: IndicatorRow[]; values: ValueRow[] } {
  const quarters = completedQuarters(today, QUARTERS_SHOWN);
  const indicators: IndicatorRow[] = [];
  const values: ValueRow[] = [];
  for (const chain of CHAINS) {
    const id = chainId(chain.code);
    const economics = ECONOMICS[chain.code];
    const { outputPoints, growthPoints } = outputAndGrowth(random, economics, quarters);
    const aboveScale = firms.filter(
      (firm) => firm.chains.includes(chain.code) && firm.tags.has('above_scale'),
    ).length;
    const series: Record<string, Point[]> = {
      output: outputPoints,
      growth: growthPoints,
      investment: investmentPoints(random, economics, quarters.length),
      firms: firmCountPoints(random, economics, aboveScale, quarters.length),
    };
    if (chain.category === 'strategic')
      series.problem_resolution = resolutionPoints(problems, id, quarters);

    DEFINITIONS.filter((definition) => series[definition.code]).forEach((definition, index) => {
      const indicatorId = indicators.length + 1;
      indicators.push({
        id: indicatorId,
        chainId: id,
        code: definition.code,
        name: definition.name,
        nameEn: definition.nameEn,
        unit: definition.unit,
        direction: 'higher_is_better',
        frequency: 'quarterly',
        source: definition.source,
        ownerDepartmentId: departmentId(definition.owner(chain)),
        isKey: definition.isKey,
        sortOrder: index + 1,
        ...touched(at),
      });
      (series[definition.code] ?? []).forEach((point, i) => {
        const quarter = quarters[i];
        if (!quarter) return;
        // Figures are published about three weeks after the quarter closes.
        const published = Math.min(dayNumber(quarter.endsOn) + 20, dayNumber(today) - 1);
        values.push({
          id: values.length + 1,
          indicatorId,
          period: quarter.period,
          value: point.value,
          target: point.target,
          warningThreshold: round2(point.target * WARNING),
          excellentThreshold: round2(point.target * EXCELLENT),
          // The published figure is as of the quarter's end, from the indicator's own source.
          asOf: point.value === null ? null : quarter.endsOn,
          source: point.value === null ? null : definition.source,
          ...touched(stamp(addDays(today, published - dayNumber(today)), 10)),
        });
      });
    });
  }
  return { indicators, values };
}
