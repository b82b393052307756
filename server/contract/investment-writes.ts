import { z } from 'zod';
import {
  amountSchema,
  idValueSchema,
  isoDateSchema,
  isoDateTimeSchema,
  leadActionSchema,
  leadStageSchema,
  optionalText,
  requiredText,
  targetFirmSizeSchema,
  targetFirmSourceSchema,
  versionSchema,
  writtenFields,
} from './common';
import { leadPipelineStages, type LeadStage } from './domain';
import { optionalCreditCodeSchema } from './firms';

/*
 * 补链招商, write side: the bodies of the lead, target-firm, campaign and supply-item writes
 * and the records they answer with. The forms validate with these very schemas.
 */

const optionalDate = isoDateSchema.nullable();
const distinctIds = (what: string) =>
  z
    .array(idValueSchema)
    .refine((ids) => new Set(ids).size === ids.length, `must not list a ${what} twice`);

// ---------------------------------------------------------------- leads

/** The date column of each stage a lead passes through, in order. */
export const leadStageDateFields = {
  identified: 'identifiedOn',
  contacted: 'contactedOn',
  visited: 'visitedOn',
  negotiating: 'negotiatingOn',
  signed: 'signedOn',
} as const satisfies Record<(typeof leadPipelineStages)[number], string>;

const leadFields = {
  linkId: idValueSchema,
  targetFirmId: idValueSchema,
  action: leadActionSchema,
  ownerMemberId: idValueSchema.nullable(),
  ownerDepartmentId: idValueSchema.nullable(),
  stage: leadStageSchema,
  identifiedOn: isoDateSchema,
  contactedOn: optionalDate,
  visitedOn: optionalDate,
  negotiatingOn: optionalDate,
  signedOn: optionalDate,
  droppedOn: optionalDate,
  dropReason: optionalText(500),
  /** 亿元 */
  expectedInvestmentYi: amountSchema(1e8).nullable(),
  nextStep: optionalText(500),
  nextStepDueOn: optionalDate,
  campaignId: idValueSchema.nullable(),
  /**
   * The project of a signed lead. Signing with none makes the project (origin 招商, with the
   * lead's link and campaign); naming one links that project of the chain instead.
   */
  projectId: idValueSchema.nullable(),
  note: optionalText(2000),
};
type LeadValues = z.output<z.ZodObject<typeof leadFields>>;

/**
 * A lead's stage and dates agree: the owner is a member or a department (not both, not
 * neither); the current stage has its date; no date after the current stage; the dates that
 * are set run in stage order; 终止 has its date and reason; 签约 has the investment.
 */
function checkLead(lead: LeadValues, context: z.RefinementCtx) {
  const issue = (path: keyof LeadValues, message: string) =>
    context.addIssue({ code: 'custom', path: [path], message });
  if ((lead.ownerMemberId === null) === (lead.ownerDepartmentId === null)) {
    issue('ownerMemberId', 'name a task-force member or a department (one of them)');
  }
  const current = lead.stage === 'dropped' ? -1 : leadPipelineStages.indexOf(lead.stage);
  let previous: string | null = null as string | null;
  for (const [index, stage] of leadPipelineStages.entries()) {
    const field = leadStageDateFields[stage];
    const day = lead[field];
    if (current >= 0 && index > current && day) {
      issue(field, 'must be empty before the lead reaches this stage');
    }
    if (index === current && !day) issue(field, 'is required at this stage');
    if (day && previous && day < previous) issue(field, 'must not be before the previous stage');
    if (day) previous = day;
  }
  if (lead.stage === 'dropped') {
    if (!lead.droppedOn) issue('droppedOn', 'is required for a dropped lead');
    if (!lead.dropReason) issue('dropReason', 'is required for a dropped lead');
    if (lead.droppedOn && previous && lead.droppedOn < previous) {
      issue('droppedOn', 'must not be before the last stage reached');
    }
  } else {
    if (lead.droppedOn) issue('droppedOn', 'must be empty unless the lead is dropped');
    if (lead.dropReason) issue('dropReason', 'must be empty unless the lead is dropped');
  }
  if (lead.stage === 'signed' && lead.expectedInvestmentYi === null) {
    issue('expectedInvestmentYi', 'is required to sign (it becomes the project’s investment)');
  }
  if (lead.projectId !== null && lead.stage !== 'signed') {
    issue('projectId', 'only a signed lead has a project');
  }
  if (lead.nextStepDueOn && !lead.nextStep) issue('nextStep', 'is required with a due date');
}

export const leadCreateSchema = z
  .object({ chainId: idValueSchema, ...leadFields })
  .superRefine(checkLead)
  .meta({ id: 'LeadCreate' });
export const leadBodySchema = z
  .object({ ...leadFields, version: versionSchema })
  .superRefine(checkLead)
  .meta({ id: 'LeadBody' });
export const leadRecordSchema = z
  .object({
    id: z.number().int(),
    chainId: z.number().int(),
    linkId: z.number().int(),
    targetFirmId: z.number().int(),
    action: leadActionSchema,
    ownerMemberId: z.number().int().nullable(),
    ownerDepartmentId: z.number().int().nullable(),
    stage: leadStageSchema,
    identifiedOn: isoDateSchema,
    contactedOn: isoDateSchema.nullable(),
    visitedOn: isoDateSchema.nullable(),
    negotiatingOn: isoDateSchema.nullable(),
    signedOn: isoDateSchema.nullable(),
    droppedOn: isoDateSchema.nullable(),
    dropReason: z.string().nullable(),
    expectedInvestmentYi: z.number().nullable(),
    nextStep: z.string().nullable(),
    nextStepDueOn: isoDateSchema.nullable(),
    campaignId: z.number().int().nullable(),
    projectId: z.number().int().nullable(),
    note: z.string().nullable(),
    withdrawnAt: isoDateTimeSchema.nullable(),
    ...writtenFields,
  })
  .meta({ id: 'LeadRecord' });

/** The stages in the order a lead passes them, 终止 last: for pickers and tables. */
export const leadStagesInOrder: readonly LeadStage[] = [...leadPipelineStages, 'dropped'];

// ---------------------------------------------------------------- target firms

const targetFirmFields = {
  name: requiredText(200),
  nameEn: optionalText(200),
  creditCode: optionalCreditCodeSchema,
  hqProvince: requiredText(50),
  hqCity: requiredText(50),
  products: requiredText(500),
  size: targetFirmSizeSchema,
  source: targetFirmSourceSchema,
  supplyItemId: idValueSchema.nullable(),
  /** The chains it could serve: at least one. */
  chainIds: distinctIds('chain').refine((ids) => ids.length > 0, 'must name at least one chain'),
  /** The links of those chains it could fill. */
  linkIds: distinctIds('link'),
};
export const targetFirmCreateSchema = z.object(targetFirmFields).meta({ id: 'TargetFirmCreate' });
export const targetFirmBodySchema = z
  .object({ ...targetFirmFields, version: versionSchema })
  .meta({ id: 'TargetFirmBody' });
export const targetFirmRecordSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    nameEn: z.string().nullable(),
    creditCode: z.string().nullable(),
    hqProvince: z.string(),
    hqCity: z.string(),
    products: z.string(),
    size: targetFirmSizeSchema,
    source: targetFirmSourceSchema,
    supplyItemId: z.number().int().nullable(),
    chainIds: z.array(z.number().int()),
    linkIds: z.array(z.number().int()),
    withdrawnAt: isoDateTimeSchema.nullable(),
    ...writtenFields,
  })
  .meta({ id: 'TargetFirmRecord' });

// ---------------------------------------------------------------- campaigns

const campaignFields = {
  name: requiredText(200),
  nameEn: optionalText(200),
  city: requiredText(50),
  cityEn: optionalText(50),
  startsOn: isoDateSchema,
  endsOn: isoDateSchema,
  chainIds: distinctIds('chain').refine((ids) => ids.length > 0, 'must name at least one chain'),
  note: optionalText(2000),
};
function checkCampaignDates(
  campaign: { startsOn: string; endsOn: string },
  context: z.RefinementCtx,
) {
  if (campaign.endsOn < campaign.startsOn) {
    context.addIssue({ code: 'custom', path: ['endsOn'], message: 'must not be before the start' });
  }
}
export const campaignCreateSchema = z
  .object(campaignFields)
  .superRefine(checkCampaignDates)
  .meta({ id: 'CampaignCreate' });
export const campaignBodySchema = z
  .object({ ...campaignFields, version: versionSchema })
  .superRefine(checkCampaignDates)
  .meta({ id: 'CampaignBody' });
export const campaignRecordSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    nameEn: z.string().nullable(),
    city: z.string(),
    cityEn: z.string().nullable(),
    startsOn: isoDateSchema,
    endsOn: isoDateSchema,
    chainIds: z.array(z.number().int()),
    note: z.string().nullable(),
    withdrawnAt: isoDateTimeSchema.nullable(),
    ...writtenFields,
  })
  .meta({ id: 'CampaignRecord' });

// ---------------------------------------------------------------- supply list

const supplyItemFields = {
  linkId: idValueSchema,
  item: requiredText(200),
  itemEn: optionalText(200),
  /** 亿元 a year */
  annualPurchaseYi: amountSchema(1e8),
  localSharePercent: z
    .number({ error: 'must be a whole number from 0 to 100' })
    .int('must be a whole number from 0 to 100')
    .min(0, 'must be a whole number from 0 to 100')
    .max(100, 'must be a whole number from 0 to 100'),
  outsideSuppliers: optionalText(500),
};
export const supplyItemCreateSchema = z
  .object({ chainId: idValueSchema, ...supplyItemFields })
  .meta({ id: 'SupplyItemCreate' });
export const supplyItemBodySchema = z
  .object({ ...supplyItemFields, version: versionSchema })
  .meta({ id: 'SupplyItemBody' });
export const supplyItemRecordSchema = z
  .object({
    id: z.number().int(),
    chainId: z.number().int(),
    linkId: z.number().int(),
    item: z.string(),
    itemEn: z.string().nullable(),
    annualPurchaseYi: z.number(),
    localSharePercent: z.number().int(),
    outsideSuppliers: z.string().nullable(),
    withdrawnAt: isoDateTimeSchema.nullable(),
    ...writtenFields,
  })
  .meta({ id: 'SupplyItemRecord' });
