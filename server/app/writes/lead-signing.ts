import { eq } from 'drizzle-orm';
import { chainLinks, targetFirms } from '../../db/schema';
import { invalidField } from '../errors';
import type { WriteContext } from './entity';
import { projectKind } from './kinds';
import { createRecord } from './operations';

/** What signing needs of the lead as the write leaves it. */
export interface SigningLead {
  chainId: number;
  linkId: number;
  targetFirmId: number;
  stage: string;
  signedOn: string | null;
  expectedInvestmentYi: number | null;
  campaignId: number | null;
  projectId: number | null;
}

/**
 * A write that leaves a lead signed without a project makes the project in the same transaction
 * (audited as a project create; a 400 or 409 later in the write rolls it back): origin 招商, the
 * lead's link, campaign, investment and signing day, named after the firm and the link. Answers
 * the project id the lead is stored with (the one named, or the new one).
 */
export async function projectOfSignedLead(
  write: WriteContext,
  lead: SigningLead,
): Promise<number | null> {
  if (lead.stage !== 'signed' || lead.projectId !== null) return lead.projectId;
  const [firm] = await write.tx
    .select({ name: targetFirms.name, nameEn: targetFirms.nameEn })
    .from(targetFirms)
    .where(eq(targetFirms.id, lead.targetFirmId));
  if (!firm) throw invalidField('targetFirmId', 'names no target firm');
  const [link] = await write.tx
    .select({ name: chainLinks.name, nameEn: chainLinks.nameEn, chainId: chainLinks.chainId })
    .from(chainLinks)
    .where(eq(chainLinks.id, lead.linkId));
  if (!link || link.chainId !== lead.chainId) {
    throw invalidField('linkId', 'is not a link of this chain');
  }
  const nameEn = firm.nameEn && link.nameEn ? `${firm.nameEn} ${link.nameEn} project` : null;
  const project = await createRecord(
    write,
    projectKind,
    lead.chainId,
    // The English name is not a field of the project's form; it is set once, here.
    { chainId: lead.chainId, nameEn },
    {
      name: `${firm.name}${link.name}项目`,
      parkId: null,
      firmId: null,
      origin: 'investment_promotion',
      linkId: lead.linkId,
      campaignId: lead.campaignId,
      investmentYi: lead.expectedInvestmentYi,
      stage: 'signed',
      signedOn: lead.signedOn,
      startedOn: null,
      productionOn: null,
      plannedProductionOn: null,
      progress: 0,
    },
  );
  return project.id as number;
}
