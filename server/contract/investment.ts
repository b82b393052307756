import { z } from 'zod';
import {
  editableSchema,
  isoDateSchema,
  isoDateTimeSchema,
  leadActionSchema,
  leadStageSchema,
  linkStrengthSchema,
  listSchema,
  namedRefSchema,
  pagedSchema,
  segmentPositionSchema,
  targetFirmSizeSchema,
  targetFirmSourceSchema,
} from './common';
import { leadPipelineStages } from './domain';
import {
  booleanFilter,
  enumFilter,
  idFilter,
  pageQuerySchema,
  sortQuerySchema,
  textFilter,
  withdrawnFilter,
} from './query';
import { defaultSorts, leadSorts, targetFirmSorts } from './list-params';

/*
 * 补链招商, read side: leads (招商线索), target firms (招商目标企业), campaigns (招商活动), the chain
 * leader's supply list (链主供需清单), the funnel, and a chain's map seen as an investment map.
 * The write bodies are in `investment-writes.ts`.
 */

export const leadPipelineStageSchema = z.enum(leadPipelineStages);

/** A link as a lead or a target firm names it. */
export const linkRefSchema = namedRefSchema
  .extend({ strength: linkStrengthSchema })
  .meta({ id: 'LinkRef' });

/** Who works a lead: a task-force member of its chain, or a department. */
export const leadOwnerSchema = z
  .object({
    kind: z.enum(['member', 'department']),
    id: z.number().int(),
    name: z.string(),
    nameEn: z.string().nullable(),
  })
  .meta({ id: 'LeadOwner' });

// ---------------------------------------------------------------- leads

export const leadListQuerySchema = z.object({
  /** Part of the target firm's name (Chinese or English), any case. */
  q: textFilter,
  chain: idFilter,
  link: idFilter,
  stage: enumFilter(leadStageSchema.options),
  action: enumFilter(leadActionSchema.options),
  /** The task-force member who owns the lead. */
  member: idFilter,
  /** The department that owns the lead. */
  department: idFilter,
  campaign: idFilter,
  targetFirm: idFilter,
  /** `true`: only stalled leads (open, and no update for longer than the stalled limit). */
  stalled: booleanFilter,
  withdrawn: withdrawnFilter,
  ...sortQuerySchema(leadSorts, defaultSorts.leads).shape,
  ...pageQuerySchema.shape,
});

export const leadListItemSchema = z
  .object({
    id: z.number().int(),
    chain: namedRefSchema,
    link: linkRefSchema,
    targetFirm: namedRefSchema.extend({ hqCity: z.string() }),
    action: leadActionSchema,
    owner: leadOwnerSchema.nullable(),
    stage: leadStageSchema,
    identifiedOn: isoDateSchema,
    contactedOn: isoDateSchema.nullable(),
    visitedOn: isoDateSchema.nullable(),
    negotiatingOn: isoDateSchema.nullable(),
    signedOn: isoDateSchema.nullable(),
    droppedOn: isoDateSchema.nullable(),
    dropReason: z.string().nullable(),
    /** 亿元 */
    expectedInvestmentYi: z.number().nullable(),
    nextStep: z.string().nullable(),
    nextStepDueOn: isoDateSchema.nullable(),
    campaign: namedRefSchema.nullable(),
    note: z.string().nullable(),
    /** The project signing made or linked. */
    project: namedRefSchema.nullable(),
    updatedAt: isoDateTimeSchema,
    /** Open (not signed, not dropped) and not updated for longer than `stalledAfterDays`. */
    stalled: z.boolean(),
  })
  .meta({ id: 'LeadListItem' });

export const leadPageSchema = pagedSchema(leadListItemSchema, 'LeadPage').extend({
  /** The days without an update after which an open lead counts as stalled. */
  stalledAfterDays: z.number().int(),
});

export const leadDetailSchema = leadListItemSchema
  .extend({
    ...editableSchema.shape,
    ownerMemberId: z.number().int().nullable(),
    ownerDepartmentId: z.number().int().nullable(),
    stalledAfterDays: z.number().int(),
    withdrawnAt: isoDateTimeSchema.nullable(),
  })
  .meta({ id: 'LeadDetail' });

// ---------------------------------------------------------------- the funnel

export const funnelStageSchema = z
  .object({
    stage: leadPipelineStageSchema,
    /** Leads that reached this stage, those dropped later included. */
    reached: z.number().int(),
    /** Leads at this stage now. */
    current: z.number().int(),
    /** `reached` as a share of the previous stage's `reached`, 0–100; null for the first stage or none before. */
    conversionPercent: z.number().nullable(),
    /** Expected investment of the leads at this stage now, 亿元 (signed: the signed projects'). */
    investmentYi: z.number(),
  })
  .meta({ id: 'FunnelStage' });

export const funnelSchema = z
  .object({
    /** The chain the funnel is for; null for the whole city. */
    chain: namedRefSchema.nullable(),
    stages: z.array(funnelStageSchema),
    dropped: z.object({ count: z.number().int(), investmentYi: z.number() }),
    stalled: z.number().int(),
  })
  .meta({ id: 'Funnel' });

export const funnelQuerySchema = z.object({ chain: idFilter, campaign: idFilter });

/** The city's funnel (or the chain's, when `chain` is given) and one per chain. */
export const investmentFunnelSchema = z
  .object({
    total: funnelSchema,
    chains: z.array(funnelSchema),
    stalledAfterDays: z.number().int(),
  })
  .meta({ id: 'InvestmentFunnel' });

// ---------------------------------------------------------------- campaigns

export const campaignListItemSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    nameEn: z.string().nullable(),
    city: z.string(),
    cityEn: z.string().nullable(),
    startsOn: isoDateSchema,
    endsOn: isoDateSchema,
    chains: z.array(namedRefSchema),
    /** Leads met at the campaign, by their stage now. */
    leads: z.array(z.object({ stage: leadStageSchema, count: z.number().int() })),
    /** Projects signed at the campaign. */
    signedProjects: z.number().int(),
    /** 亿元 */
    signedInvestmentYi: z.number(),
  })
  .meta({ id: 'CampaignListItem' });

export const campaignListSchema = listSchema(campaignListItemSchema, 'CampaignList');

export const campaignDetailSchema = campaignListItemSchema
  .extend({
    ...editableSchema.shape,
    note: z.string().nullable(),
    withdrawnAt: isoDateTimeSchema.nullable(),
  })
  .meta({ id: 'CampaignDetail' });

// ---------------------------------------------------------------- target firms

export const targetFirmListQuerySchema = z.object({
  /** Part of the name (Chinese or English) or the credit code, any case. */
  q: textFilter,
  chain: idFilter,
  link: idFilter,
  source: enumFilter(targetFirmSourceSchema.options),
  withdrawn: withdrawnFilter,
  ...sortQuerySchema(targetFirmSorts, defaultSorts.targetFirms).shape,
  ...pageQuerySchema.shape,
});

export const targetFirmListItemSchema = z
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
    chains: z.array(namedRefSchema),
    links: z.array(linkRefSchema),
    /** Leads that court it, withdrawn ones left out. */
    leads: z.number().int(),
  })
  .meta({ id: 'TargetFirmListItem' });

export const targetFirmPageSchema = pagedSchema(targetFirmListItemSchema, 'TargetFirmPage');

export const targetFirmDetailSchema = targetFirmListItemSchema
  .extend({
    ...editableSchema.shape,
    supplyItemId: z.number().int().nullable(),
    withdrawnAt: isoDateTimeSchema.nullable(),
  })
  .meta({ id: 'TargetFirmDetail' });

// ---------------------------------------------------------------- supply list

export const supplyItemSchema = z
  .object({
    id: z.number().int(),
    chainId: z.number().int(),
    link: linkRefSchema,
    item: z.string(),
    itemEn: z.string().nullable(),
    /** 亿元 a year */
    annualPurchaseYi: z.number(),
    /** 本地配套率, 0–100 */
    localSharePercent: z.number().int(),
    outsideSuppliers: z.string().nullable(),
    ...editableSchema.shape,
  })
  .meta({ id: 'SupplyItem' });

// ---------------------------------------------------------------- a chain's investment map

/** One link of the chain map as 招商 sees it. */
export const investmentLinkSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    nameEn: z.string().nullable(),
    strength: linkStrengthSchema,
    /** The link's version, for confirming a suggested strength through the map's link edit. */
    version: z.number().int(),
    /** Open and closed leads of the link, by stage now. */
    leadsByStage: z.array(z.object({ stage: leadStageSchema, count: z.number().int() })),
    /** The link's leads, withdrawn ones left out, newest update first. */
    leads: z.array(
      z.object({
        id: z.number().int(),
        targetFirm: namedRefSchema,
        action: leadActionSchema,
        stage: leadStageSchema,
        stalled: z.boolean(),
      }),
    ),
    targetFirms: z.array(namedRefSchema),
    /** Projects of the link: signed at all, and of those in production. */
    projects: z.object({ signed: z.number().int(), inProduction: z.number().int() }),
    /**
     * A weak or missing link whose signed projects have reached production: the strength the map
     * suggests raising it to (an editor confirms); null when there is nothing to suggest.
     */
    suggestedStrength: linkStrengthSchema.nullable(),
  })
  .meta({ id: 'InvestmentLink' });

export const chainInvestmentSchema = z
  .object({
    chainId: z.number().int(),
    leaderFirm: namedRefSchema.nullable(),
    segments: z.array(
      z.object({
        id: z.number().int(),
        position: segmentPositionSchema,
        name: z.string(),
        nameEn: z.string().nullable(),
        links: z.array(investmentLinkSchema),
      }),
    ),
    /** The chain leader's supply list, by link. */
    supplyItems: z.array(supplyItemSchema),
    funnel: funnelSchema,
    stalledAfterDays: z.number().int(),
  })
  .meta({ id: 'ChainInvestment' });

export type LinkRef = z.infer<typeof linkRefSchema>;
export type LeadListQuery = z.infer<typeof leadListQuerySchema>;
export type LeadListItem = z.infer<typeof leadListItemSchema>;
export type LeadPage = z.infer<typeof leadPageSchema>;
export type LeadDetail = z.infer<typeof leadDetailSchema>;
export type LeadOwner = z.infer<typeof leadOwnerSchema>;
export type Funnel = z.infer<typeof funnelSchema>;
export type FunnelStage = z.infer<typeof funnelStageSchema>;
export type InvestmentFunnel = z.infer<typeof investmentFunnelSchema>;
export type CampaignListItem = z.infer<typeof campaignListItemSchema>;
export type CampaignDetail = z.infer<typeof campaignDetailSchema>;
export type TargetFirmListQuery = z.infer<typeof targetFirmListQuerySchema>;
export type TargetFirmListItem = z.infer<typeof targetFirmListItemSchema>;
export type TargetFirmDetail = z.infer<typeof targetFirmDetailSchema>;
export type SupplyItem = z.infer<typeof supplyItemSchema>;
export type InvestmentLink = z.infer<typeof investmentLinkSchema>;
export type ChainInvestment = z.infer<typeof chainInvestmentSchema>;
