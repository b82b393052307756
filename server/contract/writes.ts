import { z } from 'zod';
import {
  fiveOneItemSchema,
  fiveOneStateSchema,
  isoDateSchema,
  linkStrengthSchema,
  meetingCadenceSchema,
  policyStatusSchema,
  ragStatusSchema,
} from './common';
import { policySchema } from './chains';
import { refineProvenance } from './indicator-periods';
import {
  amountSchema,
  idValueSchema,
  optionalText,
  requiredText,
  versionSchema,
  writtenFields,
} from './common';

export { idValueSchema, optionalText, requiredText, versionSchema } from './common';
export { refineProvenance } from './indicator-periods';
export { firmBodySchema, isCreditCode } from './firms';
export { projectBodySchema, projectCreateSchema, projectRecordSchema } from './project-writes';
export { meetingBodySchema, meetingCreateSchema, meetingRecordSchema } from './meetings';
export { problemBodySchema, problemCreateSchema, problemRecordSchema } from './problem-writes';
import { apiErrorSchema, conflictSavedBySchema } from './errors';
import { reportCadenceSchema } from './report-cadence';

/*
 * The bodies of every write and the records writes answer with. The SPA's forms validate with
 * these very schemas, so a message next to a field is the server's own rule.
 */

/** Withdrawing (撤回) or restoring (恢复) a record names the version it was shown with. */
export const withdrawBodySchema = z.object({ version: versionSchema }).meta({ id: 'WithdrawBody' });

/** For records a chain has at most one of: null when there was none when the form opened. */
export const singleVersionSchema = versionSchema.nullable();

const optionalDate = isoDateSchema.nullable();

// ---------------------------------------------------------------- chain status
export const chainStatusFields = {
  status: ragStatusSchema,
  statusNote: optionalText(500),
};
export const chainStatusBodySchema = z
  .object({ ...chainStatusFields, version: versionSchema })
  .meta({ id: 'ChainStatusBody' });
export const chainStatusRecordSchema = z
  .object({
    id: z.number().int(),
    status: ragStatusSchema,
    statusNote: z.string().nullable(),
    ...writtenFields,
  })
  .meta({ id: 'ChainStatusRecord' });

// ---------------------------------------------------------------- five ones
export const fiveOneBodySchema = z
  .object({ state: fiveOneStateSchema, note: optionalText(500), version: singleVersionSchema })
  .meta({ id: 'FiveOneBody' });
export const fiveOneRecordSchema = z
  .object({
    chainId: z.number().int(),
    item: fiveOneItemSchema,
    state: fiveOneStateSchema,
    note: z.string().nullable(),
    ...writtenFields,
  })
  .meta({ id: 'FiveOneRecord' });

export const leaderFirmBodySchema = z
  .object({
    firmId: idValueSchema,
    reason: requiredText(500),
    designatedOn: optionalDate,
    version: singleVersionSchema,
  })
  .meta({ id: 'LeaderFirmBody' });
export const leaderFirmRecordSchema = z
  .object({
    chainId: z.number().int(),
    firmId: z.number().int(),
    reason: z.string(),
    designatedOn: isoDateSchema.nullable(),
    ...writtenFields,
  })
  .meta({ id: 'LeaderFirmRecord' });

export const chiefScientistBodySchema = z
  .object({
    name: requiredText(50),
    title: optionalText(100),
    affiliation: optionalText(100),
    field: optionalText(100),
    appointedOn: optionalDate,
    version: singleVersionSchema,
  })
  .meta({ id: 'ChiefScientistBody' });
export const chiefScientistRecordSchema = z
  .object({
    chainId: z.number().int(),
    name: z.string(),
    title: z.string().nullable(),
    affiliation: z.string().nullable(),
    field: z.string().nullable(),
    appointedOn: isoDateSchema.nullable(),
    ...writtenFields,
  })
  .meta({ id: 'ChiefScientistRecord' });

export const taskForceBodySchema = z
  .object({
    headName: requiredText(50),
    headTitle: optionalText(100),
    leadDepartmentId: idValueSchema.nullable(),
    meetingCadence: meetingCadenceSchema,
    lastMeetingOn: optionalDate,
    reportCadence: reportCadenceSchema,
    version: singleVersionSchema,
  })
  .meta({ id: 'TaskForceBody' });
export const taskForceRecordSchema = z
  .object({
    chainId: z.number().int(),
    headName: z.string(),
    headTitle: z.string().nullable(),
    leadDepartmentId: z.number().int().nullable(),
    meetingCadence: meetingCadenceSchema,
    lastMeetingOn: isoDateSchema.nullable(),
    reportCadence: reportCadenceSchema,
    ...writtenFields,
  })
  .meta({ id: 'TaskForceRecord' });

const taskForceMemberFields = {
  name: requiredText(50),
  role: requiredText(100),
  departmentId: idValueSchema.nullable(),
};
export const taskForceMemberCreateSchema = z
  .object(taskForceMemberFields)
  .meta({ id: 'TaskForceMemberCreate' });
export const taskForceMemberBodySchema = z
  .object({ ...taskForceMemberFields, version: versionSchema })
  .meta({ id: 'TaskForceMemberBody' });
export const taskForceMemberRecordSchema = z
  .object({
    id: z.number().int(),
    chainId: z.number().int(),
    name: z.string(),
    role: z.string(),
    departmentId: z.number().int().nullable(),
    ...writtenFields,
  })
  .meta({ id: 'TaskForceMemberRecord' });
/** A delete names the version it saw, like every other write. */
export const versionQuerySchema = z.object({
  version: z
    .string({ error: 'must be the version the record was shown with' })
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(versionSchema),
});

const policyFields = {
  title: requiredText(200),
  docNumber: optionalText(100),
  issuer: requiredText(100),
  issuedOn: optionalDate,
  status: policyStatusSchema,
  /** 万元 */
  budgetWan: amountSchema(1e10).nullable(),
  /** 万元 */
  disbursedWan: amountSchema(1e10).nullable(),
  beneficiaries: z
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(0, 'must not be negative')
    .max(1_000_000, 'must be at most 1000000')
    .nullable(),
  /** Withdrawn from the package (废止): kept on record, shown apart. */
  retired: z.boolean({ error: 'must be true or false' }),
};
export const policyCreateSchema = z.object(policyFields).meta({ id: 'PolicyCreate' });
export const policyBodySchema = z
  .object({ ...policyFields, version: versionSchema })
  .meta({ id: 'PolicyBody' });
/** The policy as the chain page shows it, with the chain it belongs to. */
export const policyRecordSchema = policySchema
  .extend({ chainId: z.number().int() })
  .meta({ id: 'PolicyRecord' });

// ---------------------------------------------------------------- chain map
export const chainLinkBodySchema = z
  .object({
    strength: linkStrengthSchema,
    note: optionalText(500),
    /** The link's member firms, all of them: the list replaces the old one. */
    firmIds: z
      .array(idValueSchema)
      .max(500, 'must list at most 500 firms')
      .refine((ids) => new Set(ids).size === ids.length, 'must not list a firm twice'),
    version: versionSchema,
  })
  .meta({ id: 'ChainLinkBody' });
export const chainLinkRecordSchema = z
  .object({
    id: z.number().int(),
    chainId: z.number().int(),
    strength: linkStrengthSchema,
    note: z.string().nullable(),
    firmIds: z.array(z.number().int()),
    ...writtenFields,
  })
  .meta({ id: 'ChainLinkRecord' });

// ---------------------------------------------------------------- indicators
/** `2026Q3`. */
export const periodSchema = z.string().regex(/^\d{4}Q[1-4]$/, 'must be a quarter like 2026Q3');
const indicatorFigure = z
  .number({ error: 'must be a number' })
  .min(-1e11, 'is out of range')
  .max(1e11, 'is out of range');
/**
 * A figure's provenance: the day it is as of (within its quarter: `asOfProblem` in
 * indicator-periods.ts, checked where the quarter is known) and where it comes from. Both are
 * required with a figure; a quarter with only its target and thresholds needs neither.
 */
export const indicatorProvenanceFields = {
  asOf: isoDateSchema.nullable(),
  source: optionalText(100),
};
/** The body's fields, for schemas that add to them (the form's quarter, the importer's columns). */
export const indicatorValueFieldsSchema = z.object({
  /** Null while the period's figure is not in yet. */
  value: indicatorFigure.nullable(),
  target: indicatorFigure,
  warningThreshold: indicatorFigure,
  excellentThreshold: indicatorFigure,
  ...indicatorProvenanceFields,
  version: singleVersionSchema,
});
export const indicatorValueBodySchema = indicatorValueFieldsSchema
  .superRefine(refineProvenance)
  .meta({ id: 'IndicatorValueBody' });
/**
 * A figure is judged against its target between two thresholds: warning ≤ target ≤ excellent
 * when higher is better, the other way round when lower is better. The message names the order.
 */
export function thresholdOrderProblem(
  direction: 'higher_is_better' | 'lower_is_better',
  values: { target: number; warningThreshold: number; excellentThreshold: number },
): string | null {
  const higher = direction === 'higher_is_better';
  const ordered = higher
    ? values.warningThreshold <= values.target && values.target <= values.excellentThreshold
    : values.warningThreshold >= values.target && values.target >= values.excellentThreshold;
  if (ordered) return null;
  return higher
    ? 'must lie between the warning and the excellent threshold (warning ≤ target ≤ excellent)'
    : 'must lie between the warning and the excellent threshold (warning ≥ target ≥ excellent)';
}
export const indicatorValueRecordSchema = z
  .object({
    id: z.number().int(),
    indicatorId: z.number().int(),
    period: z.string(),
    value: z.number().nullable(),
    target: z.number(),
    warningThreshold: z.number(),
    excellentThreshold: z.number(),
    asOf: isoDateSchema.nullable(),
    source: z.string().nullable(),
    ...writtenFields,
  })
  .meta({ id: 'IndicatorValueRecord' });

// ---------------------------------------------------------------- status reports
export const statusReportCreateSchema = z
  .object({
    reportedOn: isoDateSchema,
    status: ragStatusSchema,
    title: requiredText(200),
    body: requiredText(4000),
  })
  .meta({ id: 'StatusReportCreate' });
export const statusReportRecordSchema = z
  .object({
    id: z.number().int(),
    chainId: z.number().int(),
    reportedOn: isoDateSchema,
    status: ragStatusSchema,
    title: z.string(),
    body: z.string(),
    authorName: z.string(),
    ...writtenFields,
  })
  .meta({ id: 'StatusReportRecord' });

// ---------------------------------------------------------------- conflicts
/**
 * 409: the version was stale; `current` is the record as it is now, `savedBy` who saved it;
 * nothing was written.
 */
export function conflictSchema<Record extends z.ZodType>(record: Record, id: string) {
  return apiErrorSchema
    .extend({ current: record, savedBy: conflictSavedBySchema.optional() })
    .meta({ id });
}

export type ChainStatusBody = z.input<typeof chainStatusBodySchema>;
