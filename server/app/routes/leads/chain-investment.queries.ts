import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import type { ChainInvestment, InvestmentLink } from '../../../contract/investment';
import { STALLED_LEAD_DAYS } from '../../../contract/alerts';
import type { LinkStrength } from '../../../contract/domain';
import { leadStagesInOrder } from '../../../contract/investment-writes';
import type { Database } from '../../../db/database';
import {
  chainLeaderFirms,
  chainLinks,
  chainSegments,
  firms,
  leads,
  projects,
  supplyItems,
  targetFirmLinks,
  targetFirms,
} from '../../../db/schema';
import { editableColumns, editableFields } from '../../queries/editable';
import { groupBy } from '../../queries/group';
import { refColumns } from '../../queries/refs';
import { isStalledLead } from '../../queries/rules';
import { countWhere, flag, textOrder } from '../../queries/sql';
import { loadFunnels } from './funnel.queries';

/** The strength one step up, for a weak or missing link a project now in production fills. */
const nextStrength: Partial<Record<LinkStrength, LinkStrength>> = {
  missing: 'weak',
  weak: 'strong',
};

function loadSections(db: Database, chainId: number, asOf: string) {
  const liveLink = and(eq(chainLinks.chainId, chainId), isNull(chainLinks.withdrawnAt));
  return Promise.all([
    db
      .select({
        id: chainSegments.id,
        position: chainSegments.position,
        name: chainSegments.name,
        nameEn: chainSegments.nameEn,
      })
      .from(chainSegments)
      .where(and(eq(chainSegments.chainId, chainId), isNull(chainSegments.withdrawnAt)))
      .orderBy(asc(chainSegments.sortOrder), asc(chainSegments.id)),
    db
      .select({
        id: chainLinks.id,
        segmentId: chainLinks.segmentId,
        name: chainLinks.name,
        nameEn: chainLinks.nameEn,
        strength: chainLinks.strength,
        version: chainLinks.version,
      })
      .from(chainLinks)
      .where(liveLink)
      .orderBy(asc(chainLinks.sortOrder), asc(chainLinks.id)),
    db
      .select({
        id: leads.id,
        linkId: leads.linkId,
        targetFirm: refColumns(targetFirms),
        action: leads.action,
        stage: leads.stage,
        stalled: flag(isStalledLead(asOf)),
      })
      .from(leads)
      .innerJoin(targetFirms, eq(leads.targetFirmId, targetFirms.id))
      .where(and(eq(leads.chainId, chainId), isNull(leads.withdrawnAt)))
      .orderBy(desc(leads.updatedAt), asc(leads.id)),
    db
      .select({ linkId: targetFirmLinks.linkId, firm: refColumns(targetFirms) })
      .from(targetFirmLinks)
      .innerJoin(targetFirms, eq(targetFirmLinks.targetFirmId, targetFirms.id))
      .innerJoin(chainLinks, eq(targetFirmLinks.linkId, chainLinks.id))
      .where(and(liveLink, isNull(targetFirms.withdrawnAt)))
      .orderBy(textOrder(targetFirms.nameSortKey), asc(targetFirms.id)),
    db
      .select({
        linkId: projects.linkId,
        signed: countWhere(isNull(projects.withdrawnAt)),
        inProduction: countWhere(eq(projects.stage, 'in_production')),
      })
      .from(projects)
      .where(and(eq(projects.chainId, chainId), isNull(projects.withdrawnAt)))
      .groupBy(projects.linkId),
    db
      .select(refColumns(firms))
      .from(chainLeaderFirms)
      .innerJoin(firms, eq(chainLeaderFirms.firmId, firms.id))
      .where(eq(chainLeaderFirms.chainId, chainId)),
    db
      .select({
        id: supplyItems.id,
        chainId: supplyItems.chainId,
        link: { ...refColumns(chainLinks), strength: chainLinks.strength },
        item: supplyItems.item,
        itemEn: supplyItems.itemEn,
        annualPurchaseYi: supplyItems.annualPurchaseYi,
        localSharePercent: supplyItems.localSharePercent,
        outsideSuppliers: supplyItems.outsideSuppliers,
        ...editableColumns(supplyItems),
      })
      .from(supplyItems)
      .innerJoin(chainLinks, eq(supplyItems.linkId, chainLinks.id))
      .where(and(eq(supplyItems.chainId, chainId), isNull(supplyItems.withdrawnAt)))
      .orderBy(asc(chainLinks.sortOrder), asc(chainLinks.id), asc(supplyItems.id)),
  ]);
}

/** A chain's map as 招商 sees it; undefined for a chain that does not exist. */
export async function loadChainInvestment(
  db: Database,
  chainId: number,
  asOf: string,
): Promise<ChainInvestment | undefined> {
  const [funnels, [segments, links, chainLeads, linkFirms, projectCounts, leaders, supply]] =
    await Promise.all([loadFunnels(db, asOf, { chainId }), loadSections(db, chainId, asOf)]);
  if (!funnels.found) return undefined;
  const leadsByLink = groupBy(chainLeads, (lead) => lead.linkId);
  const firmsByLink = groupBy(linkFirms, (row) => row.linkId);
  const projectsByLink = new Map(projectCounts.map((row) => [row.linkId, row]));
  const toLink = (link: (typeof links)[number]): InvestmentLink => {
    const linkLeads = leadsByLink.get(link.id) ?? [];
    const counts = projectsByLink.get(link.id);
    const projectsOfLink = { signed: counts?.signed ?? 0, inProduction: counts?.inProduction ?? 0 };
    return {
      id: link.id,
      name: link.name,
      nameEn: link.nameEn,
      strength: link.strength,
      version: link.version,
      leadsByStage: leadStagesInOrder.map((stage) => ({
        stage,
        count: linkLeads.filter((lead) => lead.stage === stage).length,
      })),
      leads: linkLeads.map(({ id, targetFirm, action, stage, stalled }) => ({
        id,
        targetFirm,
        action,
        stage,
        stalled,
      })),
      targetFirms: (firmsByLink.get(link.id) ?? []).map((row) => row.firm),
      projects: projectsOfLink,
      suggestedStrength:
        projectsOfLink.inProduction > 0 ? (nextStrength[link.strength] ?? null) : null,
    };
  };
  const linksBySegment = groupBy(links, (link) => link.segmentId);
  return {
    chainId,
    leaderFirm: leaders[0] ?? null,
    segments: segments.map((segment) => ({
      ...segment,
      links: (linksBySegment.get(segment.id) ?? []).map(toLink),
    })),
    supplyItems: supply.map((item) => ({ ...item, ...editableFields(item) })),
    funnel: funnels.total,
    stalledAfterDays: STALLED_LEAD_DAYS,
  };
}
