import { z } from 'zod';
import {
  editableSchema,
  isoDateSchema,
  isoDateTimeSchema,
  namedRefSchema,
  pagedSchema,
  projectOriginSchema,
  projectStageSchema,
} from './common';
import {
  booleanFilter,
  enumFilter,
  idFilter,
  pageQuerySchema,
  sortQuerySchema,
  textFilter,
} from './query';
import { defaultSorts, projectSorts } from './list-params';
import { linkRefSchema } from './investment';

export const projectListQuerySchema = z.object({
  /** Part of the name (Chinese or English), any case. */
  q: textFilter,
  chain: idFilter,
  park: idFilter,
  stage: enumFilter(projectStageSchema.options),
  origin: enumFilter(projectOriginSchema.options),
  /** Projects signed at this 招商活动. */
  campaign: idFilter,
  /** Projects of this link of the chain map. */
  link: idFilter,
  /** `true`: only stalled projects; `false`: only the others. */
  stalled: booleanFilter,
  ...sortQuerySchema(projectSorts, defaultSorts.projects).shape,
  ...pageQuerySchema.shape,
});

export const projectListItemSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    nameEn: z.string().nullable(),
    chain: namedRefSchema,
    park: namedRefSchema.nullable(),
    firm: namedRefSchema.nullable(),
    origin: projectOriginSchema,
    /** The link of the chain map it fills or strengthens. */
    link: linkRefSchema.nullable(),
    /** The 招商活动 it was signed at. */
    campaign: namedRefSchema.nullable(),
    /** The 招商 lead whose signing made or linked it. */
    leadId: z.number().int().nullable(),
    /** 亿元 */
    investmentYi: z.number(),
    stage: projectStageSchema,
    signedOn: isoDateSchema,
    startedOn: isoDateSchema.nullable(),
    productionOn: isoDateSchema.nullable(),
    plannedProductionOn: isoDateSchema.nullable(),
    /** Share of the plan done, 0–100. */
    progress: z.number().int(),
    progressUpdatedOn: isoDateSchema,
    /** Not in production and no progress reported for longer than the stalled limit. */
    stalled: z.boolean(),
  })
  .meta({ id: 'ProjectListItem' });

export const projectPageSchema = pagedSchema(projectListItemSchema, 'ProjectPage');

export const projectDetailSchema = projectListItemSchema
  .extend({
    ...editableSchema.shape,
    /** When it was withdrawn (撤回): its page still opens, and says so. */
    withdrawnAt: isoDateTimeSchema.nullable(),
  })
  .meta({ id: 'ProjectDetail' });

export const stageTotalsSchema = z
  .object({
    stage: projectStageSchema,
    count: z.number().int(),
    investmentYi: z.number(),
  })
  .meta({ id: 'ProjectStageTotals' });

export type ProjectSort = (typeof projectSorts)[number];
export type ProjectListQuery = z.infer<typeof projectListQuerySchema>;
export type ProjectListItem = z.infer<typeof projectListItemSchema>;
export type ProjectPage = z.infer<typeof projectPageSchema>;
export type ProjectDetail = z.infer<typeof projectDetailSchema>;
export type StageTotals = z.infer<typeof stageTotalsSchema>;
