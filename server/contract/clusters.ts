import { z } from 'zod';
import {
  idValueSchema,
  isoDateTimeSchema,
  optionalText,
  requiredText,
  versionSchema,
  writtenFields,
  clusterLevelSchema,
  clusterStatusSchema,
  editableSchema,
  isoDateSchema,
  namedRefSchema,
  pagedSchema,
} from './common';
import { clusterSorts, defaultSorts } from './list-params';
import { clusterAssessmentResults } from './domain';
import {
  enumFilter,
  idFilter,
  pageQuerySchema,
  sortQuerySchema,
  textFilter,
  withdrawnFilter,
} from './query';

export const clusterListQuerySchema = z.object({
  /** Part of the name (Chinese or English), any case. */
  q: textFilter,
  level: enumFilter(clusterLevelSchema.options),
  status: enumFilter(clusterStatusSchema.options),
  /** Clusters linked to this chain. */
  chain: idFilter,
  /** Withdrawn clusters are left out unless `include` (all) or `only`. */
  withdrawn: withdrawnFilter,
  /** `level` sorts national, provincial, SME-feature; `recognisedOn` puts unrecognised ones last. */
  ...sortQuerySchema(clusterSorts, defaultSorts.clusters).shape,
  ...pageQuerySchema.shape,
});

export const clusterSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    nameEn: z.string().nullable(),
    level: clusterLevelSchema,
    status: clusterStatusSchema,
    recognisedOn: isoDateSchema.nullable(),
    recognisedBy: z.string().nullable(),
    description: z.string().nullable(),
  })
  .meta({ id: 'Cluster' });

export const clusterListItemSchema = clusterSchema
  .extend({
    /** Empty for a cluster outside the chains (连接器, 特冶新材料). */
    chains: z.array(namedRefSchema),
    /** Set once withdrawn (撤回): kept on record, left out of lists and figures. */
    withdrawnAt: isoDateTimeSchema.nullable(),
  })
  .meta({ id: 'ClusterListItem' });

export const clusterPageSchema = pagedSchema(clusterListItemSchema, 'ClusterPage');

export const clusterAssessmentResultSchema = z.enum(clusterAssessmentResults, {
  error: `must be one of ${clusterAssessmentResults.join(', ')}`,
});

/** 年度评估: one year's assessment of a cluster. */
export const clusterAssessmentSchema = z
  .object({
    id: z.number().int(),
    clusterId: z.number().int(),
    year: z.number().int(),
    result: clusterAssessmentResultSchema,
    note: z.string().nullable(),
    withdrawnAt: isoDateTimeSchema.nullable(),
    ...writtenFields,
  })
  .meta({ id: 'ClusterAssessment' });

export const clusterDetailSchema = clusterListItemSchema
  .extend({
    ...editableSchema.shape,
    /** Its yearly assessments, newest first; withdrawn ones too, marked by `withdrawnAt`. */
    assessments: z.array(clusterAssessmentSchema),
  })
  .meta({ id: 'ClusterDetail' });

// ---------------------------------------------------------------- writes
const clusterFields = {
  name: requiredText(100),
  nameEn: optionalText(200),
  level: clusterLevelSchema,
  status: clusterStatusSchema,
  recognisedOn: isoDateSchema.nullable(),
  recognisedBy: optionalText(100),
  description: optionalText(2000),
  /** The chains the cluster belongs to, all of them: the list replaces the old one. */
  chainIds: z
    .array(idValueSchema)
    .max(50, 'must list at most 50 chains')
    .refine((ids) => new Set(ids).size === ids.length, 'must not list a chain twice'),
};
export const clusterCreateSchema = z.object(clusterFields).meta({ id: 'ClusterCreate' });
export const clusterUpdateSchema = z
  .object({ ...clusterFields, version: versionSchema })
  .meta({ id: 'ClusterUpdate' });
export const clusterRecordSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    nameEn: z.string().nullable(),
    level: clusterLevelSchema,
    status: clusterStatusSchema,
    recognisedOn: isoDateSchema.nullable(),
    recognisedBy: z.string().nullable(),
    description: z.string().nullable(),
    chainIds: z.array(z.number().int()),
    withdrawnAt: isoDateTimeSchema.nullable(),
    ...writtenFields,
  })
  .meta({ id: 'ClusterRecord' });

const assessmentFields = {
  year: z
    .number({ error: 'must be a year from 1990 to 2100' })
    .int('must be a year from 1990 to 2100')
    .min(1990, 'must be a year from 1990 to 2100')
    .max(2100, 'must be a year from 1990 to 2100'),
  result: clusterAssessmentResultSchema,
  note: optionalText(1000),
};
export const clusterAssessmentCreateSchema = z
  .object(assessmentFields)
  .meta({ id: 'ClusterAssessmentCreate' });
export const clusterAssessmentUpdateSchema = z
  .object({ ...assessmentFields, version: versionSchema })
  .meta({ id: 'ClusterAssessmentUpdate' });
/** The assessment as a write answers it: its cluster's chains are read along for the scope. */
export const clusterAssessmentRecordSchema = clusterAssessmentSchema
  .extend({ clusterChainIds: z.array(z.number().int()) })
  .meta({ id: 'ClusterAssessmentRecord' });

export type ClusterCreate = z.input<typeof clusterCreateSchema>;
export type ClusterUpdate = z.input<typeof clusterUpdateSchema>;
export type ClusterRecord = z.infer<typeof clusterRecordSchema>;
export type ClusterAssessment = z.infer<typeof clusterAssessmentSchema>;
export type ClusterAssessmentCreate = z.input<typeof clusterAssessmentCreateSchema>;
export type ClusterAssessmentUpdate = z.input<typeof clusterAssessmentUpdateSchema>;
export type ClusterAssessmentRecord = z.infer<typeof clusterAssessmentRecordSchema>;

export type ClusterSort = (typeof clusterSorts)[number];
export type ClusterListQuery = z.infer<typeof clusterListQuerySchema>;
export type Cluster = z.infer<typeof clusterSchema>;
export type ClusterListItem = z.infer<typeof clusterListItemSchema>;
export type ClusterPage = z.infer<typeof clusterPageSchema>;
export type ClusterDetail = z.infer<typeof clusterDetailSchema>;
