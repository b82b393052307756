import type * as schema from '../schema';
import { CHAINS, chainId, fiveOneState, type ChainCode, type ChainSeed } from './chains';
import { addDays, daysBetween, yearOf } from './dates';
import type { Random } from './random';
import { touched, type Insert } from './rows';

type PolicyRow = Insert<typeof schema.policies>;

interface Issuer {
  name: string;
  /** 发文字号 prefix: 绵府发〔2025〕12号. */
  prefix: string;
}

const GOVERNMENT: Issuer = { name: '绵阳市人民政府', prefix: '绵府发' };
const GOVERNMENT_OFFICE: Issuer = { name: '绵阳市人民政府办公室', prefix: '绵府办发' };
const ECON: Issuer = { name: '绵阳市经济和信息化局', prefix: '绵经信发' };
const SCIENCE: Issuer = { name: '绵阳市科学技术局', prefix: '绵科发' };
const INVESTMENT: Issuer = { name: '绵阳市投资促进局', prefix: '绵投促发' };
const LABOUR: Issuer = { name: '绵阳市人力资源和社会保障局', prefix: '绵人社发' };

interface Template {
  title: (chain: string, year: number) => string;
  issuer: Issuer;
  budgetWan: readonly [number, number];
}

const CORE: Template = {
  title: (chain) => `绵阳市支持${chain}产业高质量发展若干政策`,
  issuer: GOVERNMENT,
  budgetWan: [3000, 20000],
};
const OTHERS: readonly Template[] = [
  {
    title: (chain, year) => `绵阳市${chain}产业链发展三年行动方案（${year}—${year + 2}年）`,
    issuer: GOVERNMENT_OFFICE,
    budgetWan: [2000, 12000],
  },
  {
    title: (chain) => `绵阳市${chain}产业招商引资专项奖励办法`,
    issuer: INVESTMENT,
    budgetWan: [1000, 8000],
  },
  {
    title: (chain) => `绵阳市${chain}首台（套）产品推广应用补助实施细则`,
    issuer: ECON,
    budgetWan: [500, 5000],
  },
  {
    title: (chain) => `关于加快${chain}产业人才引育的若干措施`,
    issuer: LABOUR,
    budgetWan: [500, 4000],
  },
  {
    title: (chain) => `绵阳市${chain}产业创新平台建设支持办法`,
    issuer: SCIENCE,
    budgetWan: [800, 6000],
  },
];

/** The article's park policy; it sits in the robotics package, whose park it was piloted in. */
const PARK_POLICY = {
  chain: 'robotics' as ChainCode,
  title: '绵阳市支持园区高质量发展十条政策措施',
  issuer: GOVERNMENT_OFFICE,
  ageDays: 880,
  budgetWan: 30000,
};

/**
 * Where the latest policy of a package stands out: just issued and not yet in force, or the one
 * whose lapse sent the package back to in-progress (see the chain's five-ones note).
 */
const LATEST_POLICY: Partial<Record<ChainCode, 'recent' | 'lapsed'>> = {
  drones: 'recent',
  'pv-storage': 'recent',
  'laser-tech': 'lapsed',
};

function issueAge(random: Random, chain: ChainCode, index: number, last: boolean): number {
  const override = last ? LATEST_POLICY[chain] : undefined;
  if (override === 'recent') return random.int(10, 40);
  if (override === 'lapsed') return random.int(1120, 1300);
  // The core policy is the oldest still in force; the others are spread over four years.
  return index === 0 ? random.int(200, 700) : random.int(30, 1300);
}

const round2 = (value: number) => Math.round(value * 100) / 100;

class DocNumbers {
  private readonly used = new Set<string>();

  constructor(private readonly random: Random) {}

  next(issuer: Issuer, year: number): string {
    for (;;) {
      const number = `${issuer.prefix}〔${year}〕${this.random.int(1, 48)}号`;
      if (this.used.has(number)) continue;
      this.used.add(number);
      return number;
    }
  }
}

function issuedPolicy(
  random: Random,
  docNumbers: DocNumbers,
  today: string,
  chain: ChainSeed,
  title: string,
  issuer: Issuer,
  issuedOn: string,
  budgetWan: number,
  at: Date,
): PolicyRow {
  const age = daysBetween(issuedOn, today);
  const status = age > 1095 ? 'expired' : age <= 45 ? 'issued' : 'in_force';
  const share =
    status === 'expired'
      ? random.float(0.88, 1)
      : status === 'issued'
        ? random.float(0, 0.1)
        : random.float(0.25, 0.85);
  return {
    chainId: chainId(chain.code),
    title,
    docNumber: docNumbers.next(issuer, yearOf(issuedOn)),
    issuer: issuer.name,
    issuedOn,
    status,
    budgetWan,
    disbursedWan: round2(budgetWan * share),
    beneficiaries:
      status === 'expired'
        ? random.int(20, 150)
        : status === 'issued'
          ? random.int(0, 5)
          : random.int(8, 120),
    ...touched(at),
  };
}

/** Each chain's policy package (一套扶持政策): none when missing, a draft among them when in progress. */
export function buildPolicies(random: Random, today: string, at: Date): PolicyRow[] {
  const docNumbers = new DocNumbers(random);
  const rows: PolicyRow[] = [];
  for (const chain of CHAINS) {
    const state = fiveOneState(chain, 'policy_package');
    if (state === 'missing') continue;
    const budget = (range: readonly [number, number]) =>
      random.int(range[0] / 10, range[1] / 10) * 10;
    const parkPolicy = chain.code === PARK_POLICY.chain ? 1 : 0;
    const count =
      state === 'in_place' ? random.int(2, 5 - parkPolicy) : random.int(2, 3 - parkPolicy);
    const templates = [CORE, ...random.sample(OTHERS, count - 1)];
    // An in-progress package is waiting for its core policy: that one is still a draft.
    const [first, ...rest] = templates;
    if (state === 'in_progress' && first) {
      rows.push({
        chainId: chainId(chain.code),
        title: first.title(chain.name, yearOf(today)),
        docNumber: null,
        issuer: first.issuer.name,
        issuedOn: null,
        status: 'draft',
        budgetWan: budget(first.budgetWan),
        disbursedWan: 0,
        beneficiaries: 0,
        ...touched(at),
      });
    }
    const issued = state === 'in_progress' ? rest : templates;
    issued.forEach((template, index) => {
      const last = index === issued.length - 1 && template !== CORE;
      const issuedOn = addDays(today, -issueAge(random, chain.code, index, last));
      rows.push(
        issuedPolicy(
          random,
          docNumbers,
          today,
          chain,
          template.title(chain.name, yearOf(issuedOn)),
          template.issuer,
          issuedOn,
          budget(template.budgetWan),
          at,
        ),
      );
    });
    if (parkPolicy) {
      rows.push(
        issuedPolicy(
          random,
          docNumbers,
          today,
          chain,
          PARK_POLICY.title,
          PARK_POLICY.issuer,
          addDays(today, -PARK_POLICY.ageDays),
          PARK_POLICY.budgetWan,
          at,
        ),
      );
    }
  }
  return rows.map((row, index) => ({ ...row, id: index + 1 }));
}
