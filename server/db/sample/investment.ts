import { buildCampaigns } from './campaigns';
import type { ChainCode } from './chains';
import { LeadWriter, type ChainContext } from './leads';
import { Random } from './random';
import type { SampleCity } from './rows';
import { buildSupplyLists } from './supply-lists';
import { TargetFirmBook } from './target-firms';

/** Its own seed, so 招商 draws never disturb the figures the rest of the city was built with. */
const INVESTMENT_SEED = 20_240_315;

export type InvestmentRows = Pick<
  SampleCity,
  | 'campaigns'
  | 'campaignChains'
  | 'supplyItems'
  | 'targetFirms'
  | 'targetFirmChains'
  | 'targetFirmLinks'
  | 'leads'
> & {
  /** The 招商 projects as signed leads made them: each names its link and campaign. */
  projects: SampleCity['projects'];
};

type CityFrame = Pick<
  SampleCity,
  | 'chains'
  | 'chainSegments'
  | 'chainLinks'
  | 'chainLeaderFirms'
  | 'taskForceMembers'
  | 'firms'
  | 'projects'
>;

const withId = <T extends { id?: number }>(row: T) => ({ ...row, id: row.id ?? 0 });

/**
 * 补链招商 of the sample city: the article's six 三推 campaigns; the 168 signed 招商 projects as
 * the signed leads of those campaigns (so the overview's figures stay the article's); an open
 * pipeline and dropped leads on every chain's weak and missing links; the target firms they
 * court; and each leader firm's supply list.
 */
export function buildInvestment(today: string, city: CityFrame, at: Date): InvestmentRows {
  const random = new Random(INVESTMENT_SEED);
  const promotion = city.projects
    .map(withId)
    .filter((project) => project.origin === 'investment_promotion');
  const earliest = promotion.reduce(
    (first, project) => (project.signedOn < first ? project.signedOn : first),
    today,
  );
  const { campaigns, campaignChains } = buildCampaigns(today, earliest);
  const supplyItems = buildSupplyLists(
    random,
    city.chainLeaderFirms,
    city.chainLinks,
    city.chainSegments,
    at,
  );
  const firmName = new Map(city.firms.map((firm) => [firm.id, firm.name]));
  const contexts = new Map<number, ChainContext>(
    city.chains.map((chain) => {
      const id = chain.id ?? 0;
      const leader = city.chainLeaderFirms.find((row) => row.chainId === id);
      return [
        id,
        {
          id,
          code: chain.code as ChainCode,
          leadDepartmentId: chain.leadDepartmentId ?? 0,
          members: city.taskForceMembers
            .filter((member) => member.chainId === id)
            .map((member) => member.id ?? 0),
          links: city.chainLinks.filter((link) => link.chainId === id).map(withId),
          leaderName: leader ? (firmName.get(leader.firmId) ?? null) : null,
        },
      ];
    }),
  );
  const context = (chainId: number) => {
    const found = contexts.get(chainId);
    if (!found) throw new Error(`No chain ${chainId}`);
    return found;
  };

  const book = new TargetFirmBook(random);
  const writer = new LeadWriter(random, today, book, campaigns, campaignChains);
  const made = new Map<number, { linkId: number; campaignId: number }>();
  for (const project of promotion)
    made.set(project.id, writer.signed(context(project.chainId), project));
  for (const chain of contexts.values()) writer.pipeline(chain, supplyItems);

  return {
    campaigns,
    campaignChains,
    supplyItems,
    targetFirms: book.firms,
    targetFirmChains: book.chains,
    targetFirmLinks: book.links,
    leads: writer.leads,
    projects: city.projects.map((project) => {
      const signed = project.id === undefined ? undefined : made.get(project.id);
      return signed ? { ...project, ...signed } : project;
    }),
  };
}
