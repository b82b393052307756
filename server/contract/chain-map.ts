import { z } from 'zod';
import { isoDateTimeSchema, linkStrengthSchema, segmentPositionSchema } from './common';
import {
  chainLinkBodySchema,
  chainLinkRecordSchema,
  idValueSchema,
  indicatorValueRecordSchema,
  optionalText,
  policyRecordSchema,
  problemRecordSchema,
  projectRecordSchema,
  requiredText,
  statusReportRecordSchema,
  versionSchema,
} from './writes';

/*
 * The writes of a chain's map (产业链图谱): its segments and links added, renamed, reordered and
 * removed (withdrawn), and the records of withdrawn (撤回) projects, problems, policies,
 * indicator figures and status reports.
 */

/** When the record was withdrawn (撤回); null while it is shown. */
const withdrawnAt = isoDateTimeSchema.nullable();

const writtenFields = {
  version: z.number().int(),
  updatedAt: isoDateTimeSchema,
  updatedBy: z.string().nullable(),
};

// ---------------------------------------------------------------- segments
const segmentFields = {
  /** Where it sits in the chain (上游 / 中游 / 下游); several segments may share a position. */
  position: segmentPositionSchema,
  name: requiredText(50),
  nameEn: optionalText(100),
};
export const chainSegmentCreateSchema = z.object(segmentFields).meta({ id: 'ChainSegmentCreate' });
export const chainSegmentBodySchema = z
  .object({ ...segmentFields, version: versionSchema })
  .meta({ id: 'ChainSegmentBody' });
export const chainSegmentRecordSchema = z
  .object({
    id: z.number().int(),
    chainId: z.number().int(),
    position: segmentPositionSchema,
    name: z.string(),
    nameEn: z.string().nullable(),
    sortOrder: z.number().int(),
    withdrawnAt,
    ...writtenFields,
  })
  .meta({ id: 'ChainSegmentRecord' });

// ---------------------------------------------------------------- links
const linkFields = {
  name: requiredText(50),
  nameEn: optionalText(100),
  strength: linkStrengthSchema,
  note: optionalText(500),
  firmIds: chainLinkBodySchema.shape.firmIds,
};
export const chainLinkCreateSchema = z.object(linkFields).meta({ id: 'ChainLinkCreate' });
/** The link edit of before (strength, note, firms), which may now rename it too. */
export const chainLinkEditSchema = chainLinkBodySchema
  .extend({ name: linkFields.name.optional(), nameEn: linkFields.nameEn.optional() })
  .meta({ id: 'ChainLinkEdit' });
export const chainLinkMapRecordSchema = chainLinkRecordSchema
  .extend({
    segmentId: z.number().int(),
    name: z.string(),
    nameEn: z.string().nullable(),
    sortOrder: z.number().int(),
    withdrawnAt,
  })
  .meta({ id: 'ChainLinkMapRecord' });

/**
 * Removing a link that has firms says what becomes of them: `move` them to another link of the
 * chain (`toLinkId`), or `detach` them. A link without firms needs no choice.
 */
export const linkFirmChoices = ['move', 'detach'] as const;
export const chainLinkWithdrawSchema = z
  .object({
    version: versionSchema,
    firms: z.enum(linkFirmChoices, { error: 'must be move or detach' }).optional(),
    toLinkId: idValueSchema.optional(),
  })
  .superRefine((body, context) => {
    if (body.firms === 'move' && body.toLinkId === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['toLinkId'],
        message: 'names the link the firms move to',
      });
    }
  })
  .meta({ id: 'ChainLinkWithdraw' });

// ---------------------------------------------------------------- order
/**
 * A reorder is one write of the whole order: every shown record of the list, in the new order,
 * each with the version it was shown with. A record added, removed or changed meanwhile makes
 * it a 409 with the current order, so two reorders never interleave.
 */
const orderedIdsSchema = z
  .array(z.object({ id: idValueSchema, version: versionSchema }))
  .min(1, 'must list at least one record')
  .max(200, 'must list at most 200 records')
  .refine((items) => new Set(items.map((item) => item.id)).size === items.length, {
    message: 'must not list a record twice',
  });
export const segmentOrderBodySchema = z
  .object({ segments: orderedIdsSchema })
  .meta({ id: 'SegmentOrderBody' });
export const segmentOrderRecordSchema = z
  .object({ segments: z.array(chainSegmentRecordSchema) })
  .meta({ id: 'SegmentOrderRecord' });
/** The segment's links in their new order; a link of another segment of the chain moves here. */
export const linkOrderBodySchema = z
  .object({ links: orderedIdsSchema })
  .meta({ id: 'LinkOrderBody' });
export const linkOrderRecordSchema = z
  .object({ links: z.array(chainLinkMapRecordSchema) })
  .meta({ id: 'LinkOrderRecord' });

// ---------------------------------------------------------------- withdrawn records
export const withdrawnProjectRecordSchema = projectRecordSchema
  .extend({ withdrawnAt })
  .meta({ id: 'WithdrawableProjectRecord' });
export const withdrawnProblemRecordSchema = problemRecordSchema
  .extend({ withdrawnAt })
  .meta({ id: 'WithdrawableProblemRecord' });
export const withdrawnPolicyRecordSchema = policyRecordSchema
  .extend({ withdrawnAt })
  .meta({ id: 'WithdrawablePolicyRecord' });
export const withdrawnIndicatorValueRecordSchema = indicatorValueRecordSchema
  .extend({ withdrawnAt })
  .meta({ id: 'WithdrawableIndicatorValueRecord' });
export const withdrawnStatusReportRecordSchema = statusReportRecordSchema
  .extend({ withdrawnAt })
  .meta({ id: 'WithdrawableStatusReportRecord' });

export type ChainSegmentCreate = z.input<typeof chainSegmentCreateSchema>;
export type ChainSegmentBody = z.input<typeof chainSegmentBodySchema>;
export type ChainSegmentRecord = z.infer<typeof chainSegmentRecordSchema>;
export type ChainLinkCreate = z.input<typeof chainLinkCreateSchema>;
export type ChainLinkEdit = z.input<typeof chainLinkEditSchema>;
export type ChainLinkMapRecord = z.infer<typeof chainLinkMapRecordSchema>;
export type ChainLinkWithdraw = z.input<typeof chainLinkWithdrawSchema>;
export type SegmentOrderBody = z.input<typeof segmentOrderBodySchema>;
export type LinkOrderBody = z.input<typeof linkOrderBodySchema>;
