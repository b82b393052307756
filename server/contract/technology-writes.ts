import { z } from 'zod';
import {
  amountSchema,
  idValueSchema,
  isoDateSchema,
  isoDateTimeSchema,
  optionalText,
  requiredText,
  techMatchStageSchema,
  techNeedKindSchema,
  techNeedStatusSchema,
  techNeedUrgencySchema,
  techNetworkSchema,
  techSupplyKindSchema,
  versionSchema,
  writtenFields,
} from './common';
import { techMatchPipelineStages } from './domain';
import { techSupplyListItemSchema } from './technology';

/*
 * 科技创新, write side: the bodies of the technology need, supply, 科技助理 and match writes and
 * the records they answer with. The forms validate with these very schemas.
 */

const optionalDate = isoDateSchema.nullable();
const distinctIds = (what: string, max: number) =>
  z
    .array(idValueSchema)
    .max(max, `must list at most ${max}`)
    .refine((ids) => new Set(ids).size === ids.length, `must not list a ${what} twice`);

// ---------------------------------------------------------------- needs

const techNeedFields = {
  /** The firm that raised it: a firm of the need's chain. */
  firmId: idValueSchema,
  title: requiredText(200),
  kind: techNeedKindSchema,
  description: optionalText(2000),
  urgency: techNeedUrgencySchema,
  raisedOn: isoDateSchema,
  status: techNeedStatusSchema,
};
export const techNeedCreateSchema = z
  .object({ chainId: idValueSchema, ...techNeedFields })
  .meta({ id: 'TechNeedCreate' });
export const techNeedBodySchema = z
  .object({ ...techNeedFields, version: versionSchema })
  .meta({ id: 'TechNeedBody' });
export const techNeedRecordSchema = z
  .object({
    id: z.number().int(),
    chainId: z.number().int(),
    firmId: z.number().int(),
    title: z.string(),
    kind: techNeedKindSchema,
    description: z.string().nullable(),
    urgency: techNeedUrgencySchema,
    raisedOn: isoDateSchema,
    status: techNeedStatusSchema,
    withdrawnAt: isoDateTimeSchema.nullable(),
    ...writtenFields,
  })
  .meta({ id: 'TechNeedRecord' });

// ---------------------------------------------------------------- supplies

const techSupplyFields = {
  name: requiredText(200),
  nameEn: optionalText(200),
  kind: techSupplyKindSchema,
  /** The half of 云上两城 it has joined; null when it is not a member. */
  network: techNetworkSchema.nullable(),
  isLocal: z.boolean({ error: 'must be true or false' }),
  field: requiredText(100),
  offers: requiredText(1000),
  contact: optionalText(200),
};
export const techSupplyCreateSchema = z.object(techSupplyFields).meta({ id: 'TechSupplyCreate' });
export const techSupplyBodySchema = z
  .object({ ...techSupplyFields, version: versionSchema })
  .meta({ id: 'TechSupplyBody' });
/** A supplier as its list shows it, without the list's counts of its matches. */
export const techSupplyRecordSchema = techSupplyListItemSchema
  .omit({ matches: true, landed: true })
  .extend({ withdrawnAt: isoDateTimeSchema.nullable(), ...writtenFields })
  .meta({ id: 'TechSupplyRecord' });

// ---------------------------------------------------------------- 科技助理

const techAssistantFields = {
  name: requiredText(50),
  /** The supply (institute, university, team) they come from, when it is one. */
  supplyId: idValueSchema.nullable(),
  homeInstitute: requiredText(200),
  /** 第几批: the article's latest is the third. */
  batch: z
    .number({ error: 'must be a whole number from 1 to 99' })
    .int('must be a whole number from 1 to 99')
    .min(1, 'must be a whole number from 1 to 99')
    .max(99, 'must be a whole number from 1 to 99'),
  termStartsOn: isoDateSchema,
  termEndsOn: optionalDate,
  /** The chains they serve: at least one. */
  chainIds: distinctIds('chain', 50).refine(
    (ids) => ids.length > 0,
    'must name at least one chain',
  ),
  /** The firms they serve, each of one of those chains. */
  firmIds: distinctIds('firm', 500),
};
function checkTerm(
  term: { termStartsOn: string; termEndsOn: string | null },
  ctx: z.RefinementCtx,
) {
  if (term.termEndsOn && term.termEndsOn < term.termStartsOn) {
    ctx.addIssue({ code: 'custom', path: ['termEndsOn'], message: 'must not be before the start' });
  }
}
export const techAssistantCreateSchema = z
  .object(techAssistantFields)
  .superRefine(checkTerm)
  .meta({ id: 'TechAssistantCreate' });
export const techAssistantBodySchema = z
  .object({ ...techAssistantFields, version: versionSchema })
  .superRefine(checkTerm)
  .meta({ id: 'TechAssistantBody' });
export const techAssistantRecordSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    supplyId: z.number().int().nullable(),
    homeInstitute: z.string(),
    batch: z.number().int(),
    termStartsOn: isoDateSchema,
    termEndsOn: isoDateSchema.nullable(),
    chainIds: z.array(z.number().int()),
    firmIds: z.array(z.number().int()),
    withdrawnAt: isoDateTimeSchema.nullable(),
    ...writtenFields,
  })
  .meta({ id: 'TechAssistantRecord' });

// ---------------------------------------------------------------- matches

/** The date column of each stage a match passes through, in order. */
export const techMatchStageDateFields = {
  matching: 'startedOn',
  intent: 'intentOn',
  contract: 'contractOn',
  landed: 'landedOn',
} as const satisfies Record<(typeof techMatchPipelineStages)[number], string>;

const techMatchFields = {
  supplyId: idValueSchema,
  /** The 科技助理 who made it; null for a match made otherwise. */
  assistantId: idValueSchema.nullable(),
  stage: techMatchStageSchema,
  startedOn: isoDateSchema,
  intentOn: optionalDate,
  contractOn: optionalDate,
  landedOn: optionalDate,
  failedOn: optionalDate,
  /** 万元 */
  amountWan: amountSchema(1e10).nullable(),
  /** The project a landed transfer became (a project of the need's chain). */
  projectId: idValueSchema.nullable(),
  note: optionalText(2000),
};
type TechMatchValues = z.output<z.ZodObject<typeof techMatchFields>>;

/**
 * A match's stage and dates agree: the current stage has its date, no date after it, the dates
 * set run in stage order; 未成 has its date; only a landed transfer has a project.
 */
function checkTechMatch(match: TechMatchValues, ctx: z.RefinementCtx) {
  const issue = (path: keyof TechMatchValues, message: string) =>
    ctx.addIssue({ code: 'custom', path: [path], message });
  const current = match.stage === 'failed' ? -1 : techMatchPipelineStages.indexOf(match.stage);
  let previous: string | null = null as string | null;
  for (const [index, stage] of techMatchPipelineStages.entries()) {
    const field = techMatchStageDateFields[stage];
    const day = match[field];
    if (current >= 0 && index > current && day) {
      issue(field, 'must be empty before the match reaches this stage');
    }
    if (day && previous && day < previous) issue(field, 'must not be before the previous stage');
    if (day) previous = day;
  }
  if (current >= 0 && !match[techMatchStageDateFields[match.stage as 'matching']]) {
    issue(techMatchStageDateFields[match.stage as 'matching'], 'is required at this stage');
  }
  if (match.stage === 'failed') {
    if (!match.failedOn) issue('failedOn', 'is required for a failed match');
    else if (previous && match.failedOn < previous) {
      issue('failedOn', 'must not be before the last stage reached');
    }
  } else if (match.failedOn) {
    issue('failedOn', 'must be empty unless the match failed');
  }
  if (match.projectId !== null && match.stage !== 'landed') {
    issue('projectId', 'only a landed transfer has a project');
  }
}

export const techMatchCreateSchema = z
  .object({ needId: idValueSchema, ...techMatchFields })
  .superRefine(checkTechMatch)
  .meta({ id: 'TechMatchCreate' });
export const techMatchBodySchema = z
  .object({ ...techMatchFields, version: versionSchema })
  .superRefine(checkTechMatch)
  .meta({ id: 'TechMatchBody' });
export const techMatchRecordSchema = z
  .object({
    id: z.number().int(),
    chainId: z.number().int(),
    needId: z.number().int(),
    supplyId: z.number().int(),
    assistantId: z.number().int().nullable(),
    stage: techMatchStageSchema,
    startedOn: isoDateSchema,
    intentOn: isoDateSchema.nullable(),
    contractOn: isoDateSchema.nullable(),
    landedOn: isoDateSchema.nullable(),
    failedOn: isoDateSchema.nullable(),
    amountWan: z.number().nullable(),
    projectId: z.number().int().nullable(),
    note: z.string().nullable(),
    withdrawnAt: isoDateTimeSchema.nullable(),
    ...writtenFields,
  })
  .meta({ id: 'TechMatchRecord' });

export type TechNeedCreate = z.input<typeof techNeedCreateSchema>;
export type TechNeedRecord = z.infer<typeof techNeedRecordSchema>;
export type TechSupplyRecord = z.infer<typeof techSupplyRecordSchema>;
export type TechAssistantRecord = z.infer<typeof techAssistantRecordSchema>;
export type TechMatchCreate = z.input<typeof techMatchCreateSchema>;
export type TechMatchRecord = z.infer<typeof techMatchRecordSchema>;
