import { and, eq, ne } from 'drizzle-orm';
import type { LeadAction, LinkStrength } from '../../../contract/domain';
import {
  campaignChains,
  campaigns,
  departments,
  leads,
  projects,
  targetFirms,
  taskForceMembers,
} from '../../../db/schema';
import { invalidField } from '../../errors';
import type { WriteContext } from '../entity';
import { linkOfChain } from './chain-links';
import { kind, mustExist, noDepartment, numericId } from './support';

type LeadRow = typeof leads.$inferSelect;

/** The strengths of link each action is for: 强链 a strong one, 补链 a gap, 延链 a missing one. */
export const strengthsFor: Record<LeadAction, readonly LinkStrength[]> = {
  strengthen: ['strong'],
  fill: ['weak', 'missing'],
  extend: ['missing'],
};

/** The field changes (or the record is new): only then is a rule of the moment judged again. */
function changed(row: LeadRow | undefined, values: Record<string, unknown>, field: keyof LeadRow) {
  return values[field] !== undefined && (!row || row[field] !== values[field]);
}

async function checkLead(
  { tx }: WriteContext,
  values: Record<string, unknown>,
  { chainId, row }: { chainId: number | null; row?: LeadRow },
) {
  const link = await linkOfChain(
    tx,
    'linkId',
    values.linkId,
    chainId,
    changed(row, values, 'linkId'),
  );
  // A link's strength is raised once the lead's project produces: the action is judged against
  // the strength when the lead is made or re-aimed, never again.
  if (link && (changed(row, values, 'linkId') || changed(row, values, 'action'))) {
    const action = values.action as LeadAction;
    if (!strengthsFor[action].includes(link.strength)) {
      throw invalidField('action', `does not fit a ${link.strength} link`);
    }
  }
  if (changed(row, values, 'targetFirmId')) {
    const [firm] = await tx
      .select({ withdrawnAt: targetFirms.withdrawnAt })
      .from(targetFirms)
      .where(eq(targetFirms.id, values.targetFirmId as number));
    if (!firm) throw invalidField('targetFirmId', 'names no target firm');
    if (firm.withdrawnAt) throw invalidField('targetFirmId', 'names a withdrawn target firm');
  }
  if (typeof values.ownerMemberId === 'number' && chainId !== null) {
    const member = await tx
      .select({ id: taskForceMembers.id })
      .from(taskForceMembers)
      .where(
        and(eq(taskForceMembers.id, values.ownerMemberId), eq(taskForceMembers.chainId, chainId)),
      );
    if (member.length === 0) {
      throw invalidField('ownerMemberId', 'is not a member of this chain’s task force');
    }
  }
  await mustExist(tx, departments, 'ownerDepartmentId', values.ownerDepartmentId, noDepartment);
  if (typeof values.campaignId === 'number' && chainId !== null) {
    await mustExist(tx, campaigns, 'campaignId', values.campaignId, 'names no campaign');
    const forChain = await tx
      .select({ chainId: campaignChains.chainId })
      .from(campaignChains)
      .where(
        and(eq(campaignChains.campaignId, values.campaignId), eq(campaignChains.chainId, chainId)),
      );
    if (forChain.length === 0) {
      throw invalidField('campaignId', 'is not a campaign for this chain');
    }
  }
  if (typeof values.projectId === 'number' && changed(row, values, 'projectId')) {
    await checkLeadProject(tx, values.projectId, chainId, row?.id);
  }
}

/** A project a lead names: of the lead's chain, not withdrawn, and no other lead's. */
async function checkLeadProject(
  tx: WriteContext['tx'],
  projectId: number,
  chainId: number | null,
  leadId: number | undefined,
) {
  const [project] = await tx
    .select({ chainId: projects.chainId, withdrawnAt: projects.withdrawnAt })
    .from(projects)
    .where(eq(projects.id, projectId));
  if (!project || project.chainId !== chainId) {
    throw invalidField('projectId', 'is not a project of this chain');
  }
  if (project.withdrawnAt) throw invalidField('projectId', 'names a withdrawn project');
  const others = await tx
    .select({ id: leads.id })
    .from(leads)
    .where(
      and(eq(leads.projectId, projectId), leadId === undefined ? undefined : ne(leads.id, leadId)),
    );
  if (others.length > 0) throw invalidField('projectId', 'is already the project of another lead');
}

/**
 * 招商线索: a target firm courted for a link of one chain. Its chain never changes; signing
 * makes or links the project (`writes/lead-signing.ts`).
 */
export const leadKind = kind({
  type: 'lead',
  table: leads,
  where: (entityId) => eq(leads.id, numericId(entityId)),
  entityIdOf: (row) => String(row.id),
  chainIdOf: (row) => row.chainId,
  identity: ['id', 'chainId'],
  fields: [
    'linkId',
    'targetFirmId',
    'action',
    'ownerMemberId',
    'ownerDepartmentId',
    'stage',
    'identifiedOn',
    'contactedOn',
    'visitedOn',
    'negotiatingOn',
    'signedOn',
    'droppedOn',
    'dropReason',
    'expectedInvestmentYi',
    'nextStep',
    'nextStepDueOn',
    'campaignId',
    'projectId',
    'note',
    'withdrawnAt',
  ],
  check: checkLead,
});
