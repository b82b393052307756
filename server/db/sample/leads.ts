import type * as schema from '../schema';
import type { ChainCode } from './chains';
import { addDays, stamp } from './dates';
import { departmentId } from './departments';
import { DROP_REASONS, NEXT_STEPS } from './investment-catalog';
import { stageDates, type StageDates } from './lead-dates';
import type { Random } from './random';
import { touched, type Insert } from './rows';
import { OUTSIDE_SHARE } from './supply-lists';
import { sizeFor, type TargetFirmBook } from './target-firms';

type LeadRow = Insert<typeof schema.leads>;
type LinkRow = Insert<typeof schema.chainLinks> & { id: number };
type ProjectRow = Insert<typeof schema.projects>;
type SupplyItemRow = Insert<typeof schema.supplyItems> & { id: number };
type Campaign = Insert<typeof schema.campaigns> & { id: number };

export interface ChainContext {
  id: number;
  code: ChainCode;
  leadDepartmentId: number;
  /** Task-force member ids; empty where the chain has no task force. */
  members: readonly number[];
  links: readonly LinkRow[];
  /** The leader firm's name, when the chain has one. */
  leaderName: string | null;
}

const round2 = (value: number) => Math.round(value * 100) / 100;
const OPEN_STAGES = ['identified', 'contacted', 'visited', 'negotiating'] as const;

/** Writes the sample's leads (and the target firms they court) in the order they are made. */
export class LeadWriter {
  readonly leads: LeadRow[] = [];

  constructor(
    private readonly random: Random,
    private readonly today: string,
    private readonly book: TargetFirmBook,
    private readonly campaigns: readonly Campaign[],
    private readonly campaignChains: readonly Insert<typeof schema.campaignChains>[],
  ) {}

  /**
   * The lead each 招商 project was signed from: at a campaign that took its chain and began by
   * the signing day, on the link the project's name points at, for exactly its investment.
   * Answers the link and campaign the project now names.
   */
  signed(chain: ChainContext, project: ProjectRow & { id: number }) {
    const random = this.random;
    const link = linkFor(random, project.name, chain.links);
    const campaign = this.campaignFor(chain.id, project.signedOn);
    if (!campaign) throw new Error(`No campaign of chain ${chain.code} before ${project.signedOn}`);
    const dates = stageDates(random, 4, project.signedOn, campaign.startsOn);
    const source = random.chance(0.6)
      ? 'campaign'
      : chain.leaderName && random.chance(0.6)
        ? 'leader_recommendation'
        : 'other';
    const firm = this.book.add({
      chain: chain.code,
      chainId: chain.id,
      links: [link],
      size: sizeFor(random, project.investmentYi),
      source,
      campaignCity: campaign.city,
      at: stamp(dates.identifiedOn, 9, 30),
    });
    this.push(chain, link, firm, 'signed', dates, {
      campaignId: campaign.id,
      projectId: project.id,
      expectedInvestmentYi: project.investmentYi,
      updatedAt: stamp(project.signedOn, 18),
    });
    return { linkId: link.id, campaignId: campaign.id };
  }

  /**
   * The open pipeline and the dropped leads of a chain, all on its weak and missing links: the
   * leader firm's outside-bought items first (their firms come from the supply list), a few
   * leads stalled for more than a month, some next steps overdue.
   */
  pipeline(chain: ChainContext, supply: readonly SupplyItemRow[]) {
    const random = this.random;
    const gaps = chain.links.filter((link) => link.strength !== 'strong');
    const opportunities = random.shuffle(
      supply.filter(
        (item) =>
          item.chainId === chain.id &&
          item.localSharePercent < OUTSIDE_SHARE &&
          gaps.some((link) => link.id === item.linkId),
      ),
    );
    // The first is open, so every chain has an open lead on a weak or missing link.
    const kinds = [
      'open' as const,
      ...random.shuffle([
        ...Array.from({ length: random.int(7, 15) }, () => 'open' as const),
        ...Array.from({ length: random.int(2, 5) }, () => 'dropped' as const),
      ]),
    ];
    kinds.forEach((kind, index) => {
      const item = opportunities[index];
      const link = (item && gaps.find((gap) => gap.id === item.linkId)) ?? random.pick(gaps);
      const others = gaps.filter((gap) => gap.id !== link.id);
      const links = others.length > 0 && random.chance(0.3) ? [link, random.pick(others)] : [link];
      if (kind === 'open') this.open(chain, links, item);
      else this.dropped(chain, links, item);
    });
  }

  private open(chain: ChainContext, links: readonly LinkRow[], item?: SupplyItemRow) {
    const random = this.random;
    const reached = random.weighted([0, 1, 2, 3], (index) => (index < 2 ? 3 : 2));
    const stalled = random.chance(0.15);
    const lastUpdate = addDays(this.today, stalled ? -random.int(35, 120) : -random.int(1, 25));
    const current = addDays(lastUpdate, -random.int(0, 20));
    const campaign = random.chance(item ? 0.2 : 0.4)
      ? this.campaignFor(chain.id, addDays(current, -10))
      : null;
    const dates = stageDates(random, reached, current, campaign?.startsOn ?? null);
    const stage = OPEN_STAGES[reached] ?? 'identified';
    const likely = [0.2, 0.5, 0.85, 1][reached] ?? 0;
    const expected = random.chance(likely) ? round2(random.logFloat(0.8, 45)) : null;
    const withStep = random.chance(0.9);
    const firm = this.firm(chain, links, expected, dates, item, campaign);
    this.push(chain, links[0] as LinkRow, firm, stage, dates, {
      campaignId: campaign?.id ?? null,
      expectedInvestmentYi: expected,
      // Due a week to six weeks after the last update: past due on the stalled ones.
      nextStep: withStep ? random.pick(NEXT_STEPS[stage]) : null,
      nextStepDueOn: withStep ? addDays(lastUpdate, random.int(7, 40)) : null,
      note: this.note(chain, item),
      updatedAt: stamp(lastUpdate, random.int(9, 18), random.int(0, 59)),
    });
  }

  private dropped(chain: ChainContext, links: readonly LinkRow[], item?: SupplyItemRow) {
    const random = this.random;
    const reached = random.weighted([0, 1, 2, 3], (index) => (index === 0 || index === 3 ? 2 : 3));
    const droppedOn = addDays(this.today, -random.int(5, 420));
    const current = addDays(droppedOn, -random.int(7, 60));
    const campaign = random.chance(0.3) ? this.campaignFor(chain.id, addDays(current, -5)) : null;
    const dates = stageDates(random, reached, current, campaign?.startsOn ?? null);
    const expected = reached >= 2 && random.chance(0.6) ? round2(random.logFloat(1, 30)) : null;
    const firm = this.firm(chain, links, expected, dates, item, campaign);
    this.push(chain, links[0] as LinkRow, firm, 'dropped', dates, {
      campaignId: campaign?.id ?? null,
      expectedInvestmentYi: expected,
      droppedOn,
      dropReason: random.pick(DROP_REASONS),
      note: this.note(chain, item),
      updatedAt: stamp(droppedOn, random.int(9, 18), random.int(0, 59)),
    });
  }

  /** The firm a pipeline lead courts: from the supply list, a campaign, the leader, or else. */
  private firm(
    chain: ChainContext,
    links: readonly LinkRow[],
    expected: number | null,
    dates: StageDates,
    item: SupplyItemRow | undefined,
    campaign: Campaign | null,
  ): number {
    const random = this.random;
    const source = item
      ? 'supply_list'
      : campaign
        ? 'campaign'
        : chain.leaderName && random.chance(0.4)
          ? 'leader_recommendation'
          : 'other';
    return this.book.add({
      chain: chain.code,
      chainId: chain.id,
      links,
      size: sizeFor(random, expected),
      source,
      ...(item ? { supplyItemId: item.id } : {}),
      ...(campaign ? { campaignCity: campaign.city } : {}),
      at: stamp(dates.identifiedOn, 9, 30),
    });
  }

  private note(chain: ChainContext, item?: SupplyItemRow): string | null {
    if (!item || !chain.leaderName) return null;
    return (
      `链主${chain.leaderName}供需清单：${item.item}年采购约${item.annualPurchaseYi}亿元，` +
      `本地配套率${item.localSharePercent}%。`
    );
  }

  /** A campaign that took the chain and began by `latestStart`, the recent ones likelier. */
  private campaignFor(chainId: number, latestStart: string): Campaign | null {
    const eligible = this.campaigns.filter(
      (campaign) =>
        campaign.startsOn <= latestStart &&
        this.campaignChains.some(
          (row) => row.campaignId === campaign.id && row.chainId === chainId,
        ),
    );
    if (eligible.length === 0) return null;
    const last = eligible.length - 1;
    return this.random.weighted(eligible, (campaign) => {
      const index = eligible.indexOf(campaign);
      return index === last ? 5 : index === last - 1 ? 2 : 1;
    });
  }

  private push(
    chain: ChainContext,
    link: LinkRow,
    targetFirmId: number,
    stage: LeadRow['stage'],
    dates: StageDates,
    rest: Partial<LeadRow> & { updatedAt: Date },
  ) {
    const random = this.random;
    const byMember = chain.members.length > 0 && random.chance(0.7);
    this.leads.push({
      id: this.leads.length + 1,
      chainId: chain.id,
      linkId: link.id,
      targetFirmId,
      action: actionFor(random, link.strength),
      ownerMemberId: byMember ? random.pick(chain.members) : null,
      ownerDepartmentId: byMember
        ? null
        : random.chance(0.6)
          ? departmentId('investment')
          : chain.leadDepartmentId,
      stage,
      ...dates,
      ...rest,
      ...touched(rest.updatedAt),
    });
  }
}

/** 强链 on a strong link, 补链 on a weak one, 延链 (or 补链) on a missing one. */
function actionFor(random: Random, strength: LinkRow['strength']): LeadRow['action'] {
  if (strength === 'strong') return 'strengthen';
  if (strength === 'weak') return 'fill';
  return random.chance(0.75) ? 'extend' : 'fill';
}

const bigrams = (text: string) =>
  Array.from({ length: Math.max(0, text.length - 1) }, (_, i) => text.slice(i, i + 2));

/**
 * The link a project's name points at (`高端偏光片生产基地项目` → 偏光片): the link sharing the
 * most character pairs with it; with none, a weak or missing link more often than a strong one.
 * Most 招商 fills gaps, so four in five look among the weak and missing links only.
 */
function linkFor(random: Random, name: string, links: readonly LinkRow[]): LinkRow {
  const gaps = links.filter((link) => link.strength !== 'strong');
  const pool = gaps.length > 0 && random.chance(0.8) ? gaps : links;
  const scored = pool.map((link) => ({
    link,
    score: bigrams(link.name).filter((pair) => name.includes(pair)).length,
  }));
  const best = Math.max(...scored.map((entry) => entry.score));
  if (best > 0) return random.pick(scored.filter((entry) => entry.score === best)).link;
  return random.weighted(pool, (link) => (link.strength === 'strong' ? 1 : 4));
}
