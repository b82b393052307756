import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { CampaignListItem } from '../../../contract/investment';
import { leadStagesInOrder } from '../../../contract/investment-writes';
import type { Database } from '../../../db/database';
import { campaignChains, campaigns, leads, projects } from '../../../db/schema';
import { chainRefsOf, type ChainLinkTable } from '../../queries/chain-refs';
import { editableColumns } from '../../queries/editable';
import { sumAmount } from '../../queries/sql';

export const campaignChainLink: ChainLinkTable = {
  table: campaignChains,
  ownerId: campaignChains.campaignId,
  chainId: campaignChains.chainId,
};

export function selectCampaigns(db: Database) {
  return db
    .select({
      id: campaigns.id,
      name: campaigns.name,
      nameEn: campaigns.nameEn,
      city: campaigns.city,
      cityEn: campaigns.cityEn,
      startsOn: campaigns.startsOn,
      endsOn: campaigns.endsOn,
      note: campaigns.note,
      withdrawnAt: campaigns.withdrawnAt,
      ...editableColumns(campaigns),
    })
    .from(campaigns)
    .orderBy(desc(campaigns.startsOn), desc(campaigns.id))
    .$dynamic();
}

export type CampaignRow = Awaited<ReturnType<typeof selectCampaigns>>[number];

/** List items of these campaigns: chains, leads met there by stage, projects signed there. */
export async function toCampaignItems(
  db: Database,
  rows: CampaignRow[],
): Promise<{ item: CampaignListItem; row: CampaignRow }[]> {
  const ids = rows.map((row) => row.id);
  if (ids.length === 0) return [];
  const [chainsOf, leadCounts, signed] = await Promise.all([
    chainRefsOf(db, campaignChainLink, ids),
    db
      .select({
        campaignId: leads.campaignId,
        stage: leads.stage,
        count: sql<number>`count(*)`.mapWith(Number),
      })
      .from(leads)
      .where(and(inArray(leads.campaignId, ids), isNull(leads.withdrawnAt)))
      .groupBy(leads.campaignId, leads.stage),
    db
      .select({
        campaignId: projects.campaignId,
        count: sql<number>`count(*)`.mapWith(Number),
        investmentYi: sumAmount(projects.investmentYi),
      })
      .from(projects)
      .where(and(inArray(projects.campaignId, ids), isNull(projects.withdrawnAt)))
      .groupBy(projects.campaignId),
  ]);
  const signedOf = new Map(signed.map((row) => [row.campaignId, row]));
  return rows.map((row) => ({
    row,
    item: {
      id: row.id,
      name: row.name,
      nameEn: row.nameEn,
      city: row.city,
      cityEn: row.cityEn,
      startsOn: row.startsOn,
      endsOn: row.endsOn,
      chains: chainsOf.get(row.id) ?? [],
      leads: leadStagesInOrder
        .map((stage) => ({
          stage,
          count: Number(
            leadCounts.find((count) => count.campaignId === row.id && count.stage === stage)
              ?.count ?? 0,
          ),
        }))
        .filter((count) => count.count > 0),
      signedProjects: Number(signedOf.get(row.id)?.count ?? 0),
      signedInvestmentYi: signedOf.get(row.id)?.investmentYi ?? 0,
    },
  }));
}

/** Campaigns not withdrawn, newest first. */
export function listCampaigns(db: Database) {
  return selectCampaigns(db).where(isNull(campaigns.withdrawnAt));
}

export function campaignById(db: Database, id: number) {
  return selectCampaigns(db).where(eq(campaigns.id, id));
}
