import type * as schema from '../schema';
import { CHAIN_MAPS } from './chain-maps';
import { CHAINS, chainId, type ChainCode, type Rag } from './chains';
import { addDays, monthOf, stamp } from './dates';
import { CHAIN_PARKS, PARKS } from './parks';
import type { Random } from './random';
import { touched, type Insert } from './rows';

type ReportRow = Insert<typeof schema.statusReports>;

const TITLES: readonly ((chain: string, month: number) => string)[] = [
  (chain, month) => `${chain}产业链专班${month}月工作动态`,
  (chain) => `${chain}产业链推进会议情况`,
  (chain) => `${chain}产业链重点项目调度情况`,
  (chain) => `${chain}产业链“五个一”落实进展`,
];

/** How likely an earlier report had each status, given the status the chain has now. */
const HISTORY: Readonly<Record<Rag, Readonly<Record<Rag, number>>>> = {
  green: { green: 6, amber: 3, red: 0 },
  amber: { green: 3, amber: 5, red: 1 },
  red: { green: 0, amber: 5, red: 4 },
};
const RAGS: readonly Rag[] = ['green', 'amber', 'red'];

function linksOf(code: ChainCode, strength: 's' | 'w' | 'm'): string[] {
  return CHAIN_MAPS[code].flatMap((segment) =>
    segment.links.filter((link) => link[2] === strength).map((link) => link[0]),
  );
}

function body(random: Random, code: ChainCode, status: Rag, projects: readonly string[]): string {
  const parkKey = random.pick(CHAIN_PARKS[code]);
  const park = PARKS.find((candidate) => candidate.key === parkKey)?.name ?? '';
  const project = projects.length > 0 ? random.pick(projects) : '重点项目';
  const strong = random.pick(linksOf(code, 's'));
  const weak = random.pick(linksOf(code, 'w'));
  const missing = random.pick(linksOf(code, 'm'));
  const opening = random.pick([
    `专班召开推进会，协调解决企业问题${random.int(3, 12)}个。`,
    `专班赴${park}调研，走访企业${random.int(4, 15)}家。`,
    `专班组织产业链供需对接会，${random.int(12, 60)}家企业参加。`,
  ]);
  const finding = {
    green: [
      `${project}进展顺利，${strong}环节保持优势。`,
      '季度产值完成目标，链主企业带动作用明显。',
    ],
    amber: [
      `${weak}环节本地配套仍显不足，需加快补链。`,
      `${project}进度滞后，已列入重点调度清单。`,
    ],
    red: [`${missing}环节仍为空白，延链招商尚无实质进展。`, '“五个一”尚未补齐，提请链长专题研究。'],
  }[status];
  const next = random.pick([
    `下阶段将重点推进${missing}延链招商。`,
    '下一步将加大重点企业走访服务力度。',
    `下阶段将围绕${weak}环节开展精准招商。`,
  ]);
  return opening + random.pick(finding) + (random.chance(0.7) ? next : '');
}

/**
 * 专班动态: three to six reports per chain over roughly the last six months, the newest written
 * the day the chain's current status was set, and carrying that status.
 */
export function buildStatusReports(
  random: Random,
  today: string,
  membersByChain: ReadonlyMap<ChainCode, readonly string[]>,
  projectsByChain: ReadonlyMap<number, readonly string[]>,
): ReportRow[] {
  const rows: ReportRow[] = [];
  for (const chain of CHAINS) {
    const members = membersByChain.get(chain.code) ?? [chain.taskForce.headName];
    const liaison = members[members.length - 1] ?? chain.taskForce.headName;
    const count = random.int(3, 6);
    let reportedOn = addDays(today, -chain.statusAgeDays);
    let status: Rag = chain.status;
    const chainRows: ReportRow[] = [];
    for (let i = 0; i < count; i++) {
      if (i > 0) {
        reportedOn = addDays(reportedOn, -random.int(18, 30));
        status = random.weighted(RAGS, (rag) => HISTORY[chain.status][rag]);
      }
      chainRows.push({
        chainId: chainId(chain.code),
        reportedOn,
        status,
        title: random.pick(TITLES)(chain.name, monthOf(reportedOn)),
        body: body(random, chain.code, status, projectsByChain.get(chainId(chain.code)) ?? []),
        authorName: random.chance(0.6) ? liaison : random.pick(members),
        ...touched(stamp(reportedOn, 18)),
      });
    }
    rows.push(...chainRows.reverse());
  }
  return rows.map((row, index) => ({ ...row, id: index + 1 }));
}
