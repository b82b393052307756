import { z } from 'zod';
import {
  chainCategorySchema,
  editableSchema,
  fiveOneStateSchema,
  isoDateSchema,
  isoDateTimeSchema,
  linkStrengthSchema,
  listSchema,
  meetingCadenceSchema,
  namedRefSchema,
  policyStatusSchema,
  ragStatusSchema,
  segmentPositionSchema,
} from './common';
import { clusterSchema } from './clusters';
import { firmRefSchema } from './firms';
import { fiveOnesStatesSchema } from './overview';
import { problemSummarySchema } from './problems';
import { projectListItemSchema, stageTotalsSchema } from './projects';
import { reportCadenceSchema, reportScheduleSchema } from './report-cadence';
import { booleanFilter, enumFilter } from './query';

export const chainListQuerySchema = z.object({
  category: enumFilter(chainCategorySchema.options),
  status: enumFilter(ragStatusSchema.options),
  /** Retired chains are left out unless this is `true`. */
  includeRetired: booleanFilter,
});

const chainFields = {
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  category: chainCategorySchema,
  /** 链长 */
  leaderName: z.string(),
  leaderTitle: z.string().nullable(),
  /** 牵头部门 */
  leadDepartment: namedRefSchema.nullable(),
  status: ragStatusSchema,
  statusNote: z.string().nullable(),
  statusSetBy: z.string().nullable(),
  statusUpdatedAt: isoDateTimeSchema,
  sortOrder: z.number().int(),
  retiredAt: isoDateTimeSchema.nullable(),
};

export const chainSummarySchema = z
  .object({ ...chainFields, fiveOnes: fiveOnesStatesSchema })
  .meta({ id: 'ChainSummary' });

export const chainListSchema = listSchema(chainSummarySchema, 'ChainList');

/** State of one of the five ones; `version` is null while it was never recorded. */
const fiveOneFields = {
  state: fiveOneStateSchema,
  note: z.string().nullable(),
  version: z.number().int().nullable(),
};

export const leaderFirmSchema = z
  .object({
    firm: firmRefSchema,
    reason: z.string(),
    designatedOn: isoDateSchema.nullable(),
    ...editableSchema.shape,
  })
  .meta({ id: 'LeaderFirm' });

export const chiefScientistSchema = z
  .object({
    name: z.string(),
    title: z.string().nullable(),
    affiliation: z.string().nullable(),
    field: z.string().nullable(),
    appointedOn: isoDateSchema.nullable(),
    ...editableSchema.shape,
  })
  .meta({ id: 'ChiefScientist' });

export const taskForceSchema = z
  .object({
    headName: z.string(),
    headTitle: z.string().nullable(),
    leadDepartment: namedRefSchema.nullable(),
    meetingCadence: meetingCadenceSchema,
    lastMeetingOn: isoDateSchema.nullable(),
    reportCadence: reportCadenceSchema,
    /** Its status reports against that cadence: next due date and missing periods. */
    reportSchedule: reportScheduleSchema,
    ...editableSchema.shape,
    members: z.array(
      z.object({
        id: z.number().int(),
        name: z.string(),
        role: z.string(),
        department: namedRefSchema.nullable(),
        ...editableSchema.shape,
      }),
    ),
  })
  .meta({ id: 'TaskForce' });

export const policySchema = z
  .object({
    id: z.number().int(),
    title: z.string(),
    docNumber: z.string().nullable(),
    issuer: z.string(),
    issuedOn: isoDateSchema.nullable(),
    status: policyStatusSchema,
    /** 万元 */
    budgetWan: z.number().nullable(),
    /** 万元 */
    disbursedWan: z.number().nullable(),
    beneficiaries: z.number().int().nullable(),
    /** When it was withdrawn from the package (废止); null while it is part of it. */
    retiredAt: isoDateTimeSchema.nullable(),
    ...editableSchema.shape,
  })
  .meta({ id: 'Policy' });

export const fiveOnesDetailSchema = z
  .object({
    chain_map: z.object(fiveOneFields),
    leader_firm: z.object({ ...fiveOneFields, leaderFirm: leaderFirmSchema.nullable() }),
    chief_scientist: z.object({
      ...fiveOneFields,
      chiefScientist: chiefScientistSchema.nullable(),
    }),
    task_force: z.object({ ...fiveOneFields, taskForce: taskForceSchema.nullable() }),
    /** Policies newest first. */
    policy_package: z.object({ ...fiveOneFields, policies: z.array(policySchema) }),
  })
  .meta({ id: 'FiveOnesDetail' });

export const chainLinkSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    nameEn: z.string().nullable(),
    /** strong = 优势, weak = 薄弱, missing = 缺失 (强链 / 补链 / 延链 are the actions they call for) */
    strength: linkStrengthSchema,
    note: z.string().nullable(),
    sortOrder: z.number().int(),
    ...editableSchema.shape,
    firmCount: z.number().int(),
    /** Largest revenue first. */
    firms: z.array(firmRefSchema),
  })
  .meta({ id: 'ChainLink' });

export const chainSegmentSchema = z
  .object({
    id: z.number().int(),
    position: segmentPositionSchema,
    name: z.string(),
    nameEn: z.string().nullable(),
    ...editableSchema.shape,
    links: z.array(chainLinkSchema),
  })
  .meta({ id: 'ChainSegment' });

export const chainParkSchema = namedRefSchema
  .extend({ district: z.string(), isSpecialty: z.boolean(), isMain: z.boolean() })
  .meta({ id: 'ChainPark' });

export const statusReportSchema = z
  .object({
    id: z.number().int(),
    reportedOn: isoDateSchema,
    status: ragStatusSchema,
    title: z.string(),
    body: z.string(),
    authorName: z.string(),
    ...editableSchema.shape,
  })
  .meta({ id: 'StatusReport' });

export const chainDetailSchema = z
  .object({
    ...chainFields,
    ...editableSchema.shape,
    fiveOnes: fiveOnesDetailSchema,
    /** 产业链图谱: upstream, midstream, downstream. */
    chainMap: z.array(chainSegmentSchema),
    /** Host parks (承载地), main ones first. */
    parks: z.array(chainParkSchema),
    clusters: z.array(clusterSchema),
    projects: z.object({
      count: z.number().int(),
      investmentYi: z.number(),
      byStage: z.array(stageTotalsSchema),
      /** Newest signed first. */
      items: z.array(projectListItemSchema),
    }),
    problems: problemSummarySchema,
    /** Newest first. */
    statusReports: z.array(statusReportSchema),
    firmCount: z.number().int(),
  })
  .meta({ id: 'ChainDetail' });

export type ChainListQuery = z.infer<typeof chainListQuerySchema>;
export type ChainSummary = z.infer<typeof chainSummarySchema>;
export type ChainList = z.infer<typeof chainListSchema>;
export type LeaderFirm = z.infer<typeof leaderFirmSchema>;
export type ChiefScientist = z.infer<typeof chiefScientistSchema>;
export type TaskForce = z.infer<typeof taskForceSchema>;
export type Policy = z.infer<typeof policySchema>;
export type FiveOnesDetail = z.infer<typeof fiveOnesDetailSchema>;
export type ChainLink = z.infer<typeof chainLinkSchema>;
export type ChainSegment = z.infer<typeof chainSegmentSchema>;
export type ChainPark = z.infer<typeof chainParkSchema>;
export type StatusReport = z.infer<typeof statusReportSchema>;
export type ChainDetail = z.infer<typeof chainDetailSchema>;
