import { and, eq, inArray } from 'drizzle-orm';
import type { LeadDetail, LeadListItem, LeadListQuery } from '../../../contract/investment';
import type { leadSorts } from '../../../contract/list-params';
import type { Database } from '../../../db/database';
import {
  campaigns,
  chainLinks,
  chains,
  departments,
  leads,
  projects,
  targetFirms,
  taskForceMembers,
} from '../../../db/schema';
import { editableColumns, editableFields } from '../../queries/editable';
import { findPage } from '../../queries/paging';
import { refColumns } from '../../queries/refs';
import { isStalledLead } from '../../queries/rules';
import { containsText, flag, whether } from '../../queries/sql';
import { withdrawnWhere } from '../../queries/withdrawn';

/** Leads with their chain, link, target firm, owner, campaign and project; add where / order. */
export function selectLeads(db: Database, asOf: string) {
  return db
    .select({
      id: leads.id,
      chain: refColumns(chains),
      link: { ...refColumns(chainLinks), strength: chainLinks.strength },
      targetFirm: { ...refColumns(targetFirms), hqCity: targetFirms.hqCity },
      action: leads.action,
      ownerMemberId: leads.ownerMemberId,
      ownerDepartmentId: leads.ownerDepartmentId,
      memberName: taskForceMembers.name,
      department: refColumns(departments),
      stage: leads.stage,
      identifiedOn: leads.identifiedOn,
      contactedOn: leads.contactedOn,
      visitedOn: leads.visitedOn,
      negotiatingOn: leads.negotiatingOn,
      signedOn: leads.signedOn,
      droppedOn: leads.droppedOn,
      dropReason: leads.dropReason,
      expectedInvestmentYi: leads.expectedInvestmentYi,
      nextStep: leads.nextStep,
      nextStepDueOn: leads.nextStepDueOn,
      campaign: refColumns(campaigns),
      project: refColumns(projects),
      note: leads.note,
      stalled: flag(isStalledLead(asOf)),
      withdrawnAt: leads.withdrawnAt,
      ...editableColumns(leads),
    })
    .from(leads)
    .innerJoin(chains, eq(leads.chainId, chains.id))
    .innerJoin(chainLinks, eq(leads.linkId, chainLinks.id))
    .innerJoin(targetFirms, eq(leads.targetFirmId, targetFirms.id))
    .leftJoin(taskForceMembers, eq(leads.ownerMemberId, taskForceMembers.id))
    .leftJoin(departments, eq(leads.ownerDepartmentId, departments.id))
    .leftJoin(campaigns, eq(leads.campaignId, campaigns.id))
    .leftJoin(projects, eq(leads.projectId, projects.id))
    .$dynamic();
}

export type LeadRow = Awaited<ReturnType<typeof selectLeads>>[number];

const sortColumns = {
  updatedAt: leads.updatedAt,
  identifiedOn: leads.identifiedOn,
  investment: leads.expectedInvestmentYi,
  nextStepDueOn: leads.nextStepDueOn,
} satisfies Record<(typeof leadSorts)[number], unknown>;

/** One page of the leads matching the query, and how many match in all. */
export function findLeads(db: Database, query: LeadListQuery, asOf: string) {
  const where = and(
    query.q
      ? inArray(
          leads.targetFirmId,
          db
            .select({ id: targetFirms.id })
            .from(targetFirms)
            .where(containsText(query.q, targetFirms.name, targetFirms.nameEn)),
        )
      : undefined,
    query.chain ? eq(leads.chainId, query.chain) : undefined,
    query.link ? eq(leads.linkId, query.link) : undefined,
    query.stage ? eq(leads.stage, query.stage) : undefined,
    query.action ? eq(leads.action, query.action) : undefined,
    query.member ? eq(leads.ownerMemberId, query.member) : undefined,
    query.department ? eq(leads.ownerDepartmentId, query.department) : undefined,
    query.campaign ? eq(leads.campaignId, query.campaign) : undefined,
    query.targetFirm ? eq(leads.targetFirmId, query.targetFirm) : undefined,
    whether(isStalledLead(asOf), query.stalled),
    withdrawnWhere(leads.withdrawnAt, query.withdrawn),
  );
  return findPage(
    selectLeads(db, asOf).where(where),
    db.$count(leads, where),
    sortColumns[query.sort],
    leads.id,
    query,
  );
}

export function toLeadListItem(row: LeadRow): LeadListItem {
  const owner =
    row.ownerMemberId !== null && row.memberName !== null
      ? { kind: 'member' as const, id: row.ownerMemberId, name: row.memberName, nameEn: null }
      : row.department
        ? { kind: 'department' as const, ...row.department }
        : null;
  return {
    id: row.id,
    chain: row.chain,
    link: row.link,
    targetFirm: row.targetFirm,
    action: row.action,
    owner,
    stage: row.stage,
    identifiedOn: row.identifiedOn,
    contactedOn: row.contactedOn,
    visitedOn: row.visitedOn,
    negotiatingOn: row.negotiatingOn,
    signedOn: row.signedOn,
    droppedOn: row.droppedOn,
    dropReason: row.dropReason,
    expectedInvestmentYi: row.expectedInvestmentYi,
    nextStep: row.nextStep,
    nextStepDueOn: row.nextStepDueOn,
    campaign: row.campaign,
    note: row.note,
    project: row.project,
    updatedAt: row.updatedAt.toISOString(),
    stalled: row.stalled,
  };
}

export function toLeadDetail(row: LeadRow, stalledAfterDays: number): LeadDetail {
  return {
    ...toLeadListItem(row),
    ...editableFields(row),
    ownerMemberId: row.ownerMemberId,
    ownerDepartmentId: row.ownerDepartmentId,
    stalledAfterDays,
    withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
  };
}
