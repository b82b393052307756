import { z } from 'zod';
import {
  editableSchema,
  isoDateSchema,
  isoDateTimeSchema,
  namedRefSchema,
  pagedSchema,
  techMatchStageSchema,
  techNeedKindSchema,
  techNeedStatusSchema,
  techNeedUrgencySchema,
  techNetworkSchema,
  techSupplyKindSchema,
} from './common';
import {
  defaultSorts,
  techAssistantSorts,
  techMatchSorts,
  techNeedSorts,
  techSupplySorts,
} from './list-params';
import {
  booleanFilter,
  enumFilter,
  idFilter,
  pageQuerySchema,
  sortQuerySchema,
  textFilter,
  wholeNumberFilter,
  withdrawnFilter,
} from './query';

/*
 * 科技创新, read side: the lists of technology needs, supplies, 科技助理 and matches, a chain's
 * technology section, the city's summary and the overview's technology figures. The write
 * bodies are in `technology-writes.ts`. Withdrawn records are left out of every count.
 */

const count = z.number().int();
const stageCountsSchema = z.array(z.object({ stage: techMatchStageSchema, count }));

// ---------------------------------------------------------------- needs

export const techNeedListQuerySchema = z.object({
  /** Part of the title or of the firm's name (Chinese or English), any case. */
  q: textFilter,
  chain: idFilter,
  firm: idFilter,
  status: enumFilter(techNeedStatusSchema.options),
  kind: enumFilter(techNeedKindSchema.options),
  urgency: enumFilter(techNeedUrgencySchema.options),
  withdrawn: withdrawnFilter,
  ...sortQuerySchema(techNeedSorts, defaultSorts.techNeeds).shape,
  ...pageQuerySchema.shape,
});

export const techNeedListItemSchema = z
  .object({
    id: z.number().int(),
    chain: namedRefSchema,
    firm: namedRefSchema,
    title: z.string(),
    kind: techNeedKindSchema,
    description: z.string().nullable(),
    urgency: techNeedUrgencySchema,
    raisedOn: isoDateSchema,
    status: techNeedStatusSchema,
    /** Its matches, withdrawn ones left out. */
    matches: count,
    updatedAt: isoDateTimeSchema,
  })
  .meta({ id: 'TechNeedListItem' });

export const techNeedPageSchema = pagedSchema(techNeedListItemSchema, 'TechNeedPage');

export const techNeedDetailSchema = techNeedListItemSchema
  .extend({ ...editableSchema.shape, withdrawnAt: isoDateTimeSchema.nullable() })
  .meta({ id: 'TechNeedDetail' });

// ---------------------------------------------------------------- supplies

export const techSupplyListQuerySchema = z.object({
  /** Part of the name (Chinese or English), the field or the offer, any case. */
  q: textFilter,
  kind: enumFilter(techSupplyKindSchema.options),
  /** A half of 云上两城, or `none` for those outside it. */
  network: enumFilter([...techNetworkSchema.options, 'none'] as const),
  local: booleanFilter,
  /** The field, exactly (as the summary names it). */
  field: textFilter,
  withdrawn: withdrawnFilter,
  ...sortQuerySchema(techSupplySorts, defaultSorts.techSupplies).shape,
  ...pageQuerySchema.shape,
});

export const techSupplyListItemSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    nameEn: z.string().nullable(),
    kind: techSupplyKindSchema,
    network: techNetworkSchema.nullable(),
    isLocal: z.boolean(),
    field: z.string(),
    offers: z.string(),
    contact: z.string().nullable(),
    matches: count,
    landed: count,
  })
  .meta({ id: 'TechSupplyListItem' });

export const techSupplyPageSchema = pagedSchema(techSupplyListItemSchema, 'TechSupplyPage');

export const techSupplyDetailSchema = techSupplyListItemSchema
  .extend({ ...editableSchema.shape, withdrawnAt: isoDateTimeSchema.nullable() })
  .meta({ id: 'TechSupplyDetail' });

// ---------------------------------------------------------------- 科技助理

export const techAssistantListQuerySchema = z.object({
  /** Part of the name or of the home institute, any case. */
  q: textFilter,
  chain: idFilter,
  firm: idFilter,
  batch: wholeNumberFilter(1, 99),
  withdrawn: withdrawnFilter,
  ...sortQuerySchema(techAssistantSorts, defaultSorts.techAssistants).shape,
  ...pageQuerySchema.shape,
});

export const techAssistantListItemSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    supply: namedRefSchema.nullable(),
    homeInstitute: z.string(),
    batch: z.number().int(),
    termStartsOn: isoDateSchema,
    termEndsOn: isoDateSchema.nullable(),
    chains: z.array(namedRefSchema),
    firms: z.array(namedRefSchema),
    /** Their matches: all, 成功 (达成意向 or beyond) and landed. */
    matches: count,
    successful: count,
    landed: count,
  })
  .meta({ id: 'TechAssistantListItem' });

export const techAssistantPageSchema = pagedSchema(
  techAssistantListItemSchema,
  'TechAssistantPage',
);

export const techAssistantDetailSchema = techAssistantListItemSchema
  .extend({ ...editableSchema.shape, withdrawnAt: isoDateTimeSchema.nullable() })
  .meta({ id: 'TechAssistantDetail' });

// ---------------------------------------------------------------- matches

export const techMatchListQuerySchema = z.object({
  /** Part of the need's title, the firm's or the supply's name, any case. */
  q: textFilter,
  chain: idFilter,
  need: idFilter,
  firm: idFilter,
  supply: idFilter,
  assistant: idFilter,
  stage: enumFilter(techMatchStageSchema.options),
  /** The need's kind. */
  kind: enumFilter(techNeedKindSchema.options),
  /** The supply's field, exactly. */
  field: textFilter,
  /** Landed in that calendar year. */
  landedYear: wholeNumberFilter(1900, 2100),
  withdrawn: withdrawnFilter,
  ...sortQuerySchema(techMatchSorts, defaultSorts.techMatches).shape,
  ...pageQuerySchema.shape,
});

export const techMatchListItemSchema = z
  .object({
    id: z.number().int(),
    chain: namedRefSchema,
    need: z.object({ id: z.number().int(), title: z.string(), kind: techNeedKindSchema }),
    firm: namedRefSchema,
    supply: namedRefSchema.extend({ kind: techSupplyKindSchema, field: z.string() }),
    assistant: namedRefSchema.nullable(),
    stage: techMatchStageSchema,
    startedOn: isoDateSchema,
    intentOn: isoDateSchema.nullable(),
    contractOn: isoDateSchema.nullable(),
    landedOn: isoDateSchema.nullable(),
    failedOn: isoDateSchema.nullable(),
    /** 万元 */
    amountWan: z.number().nullable(),
    project: namedRefSchema.nullable(),
    note: z.string().nullable(),
    updatedAt: isoDateTimeSchema,
  })
  .meta({ id: 'TechMatchListItem' });

export const techMatchPageSchema = pagedSchema(techMatchListItemSchema, 'TechMatchPage');

export const techMatchDetailSchema = techMatchListItemSchema
  .extend({ ...editableSchema.shape, withdrawnAt: isoDateTimeSchema.nullable() })
  .meta({ id: 'TechMatchDetail' });

// ---------------------------------------------------------------- summaries

/** Transfers landed (成果转化落地) in one calendar year, and their money. */
export const techLandedYearSchema = z
  .object({ year: z.number().int(), count, amountWan: z.number() })
  .meta({ id: 'TechLandedYear' });

/** A chain's technology section, next to its chief scientist on the chain page. */
export const chainTechnologySchema = z
  .object({
    chainId: z.number().int(),
    /** The last full calendar year of the city's today: the year the "in the year" counts are of. */
    year: z.number().int(),
    needs: z.object({
      total: count,
      byStatus: z.array(z.object({ status: techNeedStatusSchema, count })),
      /** The open ones (not yet matched), most urgent first, then the oldest: at most 10. */
      open: z.array(techNeedListItemSchema),
    }),
    matchesByStage: stageCountsSchema,
    landedByYear: z.array(techLandedYearSchema),
    /** The 科技助理 serving the chain, latest batch first, with their matches on this chain. */
    assistants: z.array(
      z.object({
        id: z.number().int(),
        name: z.string(),
        homeInstitute: z.string(),
        batch: z.number().int(),
        matches: count,
        successful: count,
        landed: count,
      }),
    ),
  })
  .meta({ id: 'ChainTechnology' });

/** The city's technology view: needs by chain and kind, matches, transfers and the network. */
export const technologySummarySchema = z
  .object({
    year: z.number().int(),
    needsByChain: z.array(
      z.object({
        chain: namedRefSchema,
        open: count,
        total: count,
        byKind: z.array(z.object({ kind: techNeedKindSchema, count })),
      }),
    ),
    needsByKind: z.array(z.object({ kind: techNeedKindSchema, count })),
    matchesByStage: stageCountsSchema,
    /** Each assistant with matches, by stage; the most successful first. */
    matchesByAssistant: z.array(
      z.object({ assistant: namedRefSchema, batch: z.number().int(), byStage: stageCountsSchema }),
    ),
    landedByYear: z.array(techLandedYearSchema),
    /** The 云上两城 members, by half and kind. */
    network: z.array(z.object({ network: techNetworkSchema, kind: techSupplyKindSchema, count })),
    assistants: z.object({ total: count, latestBatch: z.number().int().nullable() }),
  })
  .meta({ id: 'TechnologySummary' });

/** The overview's technology figures, each counted from the records (never stored). */
export const technologyFiguresSchema = z
  .object({
    /** The last full calendar year of the city's today: "in the year" below is this year. */
    year: z.number().int(),
    /** 科技助理 not withdrawn, and the latest batch among them (第三批). */
    assistants: count,
    latestBatch: z.number().int().nullable(),
    /** 成功对接 made by assistants: matches with an assistant at 达成意向 or beyond. */
    assistantMatches: count,
    /** …of which landed (成果转化落地), any year. */
    assistantTransfers: count,
    /** Matches landed in the year, with or without an assistant (科技成果转化). */
    transfersInYear: count,
    /** 云上两城 members: universities and teams. */
    networkUniversities: count,
    networkTeams: count,
    /** National high-tech firms now, and in the year: those that became one, those lost. */
    highTechFirms: count,
    highTechGained: count,
    /** High-tech firms withdrawn (迁出 / 注销) in the year. */
    highTechLost: count,
    /** gained − lost */
    highTechNetNew: count,
    /** 高新技术产业营业收入, 亿元: the high-tech firms' high-tech revenue. */
    highTechRevenueYi: z.number(),
    /** Firms tagged 赛手企业. */
    trackRacers: count,
  })
  .meta({ id: 'TechnologyFigures' });

export type TechNeedListQuery = z.infer<typeof techNeedListQuerySchema>;
export type TechNeedListItem = z.infer<typeof techNeedListItemSchema>;
export type TechNeedDetail = z.infer<typeof techNeedDetailSchema>;
export type TechSupplyListQuery = z.infer<typeof techSupplyListQuerySchema>;
export type TechSupplyListItem = z.infer<typeof techSupplyListItemSchema>;
export type TechSupplyDetail = z.infer<typeof techSupplyDetailSchema>;
export type TechAssistantListQuery = z.infer<typeof techAssistantListQuerySchema>;
export type TechAssistantListItem = z.infer<typeof techAssistantListItemSchema>;
export type TechAssistantDetail = z.infer<typeof techAssistantDetailSchema>;
export type TechMatchListQuery = z.infer<typeof techMatchListQuerySchema>;
export type TechMatchListItem = z.infer<typeof techMatchListItemSchema>;
export type TechMatchDetail = z.infer<typeof techMatchDetailSchema>;
export type TechLandedYear = z.infer<typeof techLandedYearSchema>;
export type ChainTechnology = z.infer<typeof chainTechnologySchema>;
export type TechnologySummary = z.infer<typeof technologySummarySchema>;
export type TechnologyFigures = z.infer<typeof technologyFiguresSchema>;
