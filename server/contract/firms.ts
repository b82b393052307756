import { z } from 'zod';
import {
  amountSchema,
  editableSchema,
  idValueSchema,
  isoDateTimeSchema,
  optionalText,
  requiredText,
  versionSchema,
  writtenFields,
  firmTagSchema,
  isoDateSchema,
  linkStrengthSchema,
  namedRefSchema,
  pagedSchema,
  revenueBandSchema,
  segmentPositionSchema,
  textSchema,
} from './common';
import { problemCountsSchema, problemListItemSchema } from './problems';
import { projectListItemSchema } from './projects';
import { firmWithdrawalReasons } from './domain';
import {
  enumFilter,
  idFilter,
  pageQuerySchema,
  sortQuerySchema,
  textFilter,
  withdrawnFilter,
} from './query';
import { defaultSorts, firmSorts } from './list-params';

export const firmListQuerySchema = z.object({
  /** Part of the name (Chinese or English) or of the credit code, any case. */
  q: textFilter,
  chain: idFilter,
  park: idFilter,
  tag: enumFilter(firmTagSchema.options),
  band: enumFilter(revenueBandSchema.options),
  /** Withdrawn firms (迁出 / 注销) are left out unless `include` (all) or `only`. */
  withdrawn: withdrawnFilter,
  ...sortQuerySchema(firmSorts, defaultSorts.firms).shape,
  ...pageQuerySchema.shape,
});

export const firmWithdrawalReasonSchema = z.enum(firmWithdrawalReasons, {
  error: `must be one of ${firmWithdrawalReasons.join(', ')}`,
});

/** A firm named in a list of firms: enough to link to it and show its badges. */
export const firmRefSchema = namedRefSchema.extend({ tags: z.array(firmTagSchema) }).meta({
  id: 'FirmRef',
});

export const firmListItemSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    nameEn: z.string().nullable(),
    /** 统一社会信用代码 */
    creditCode: z.string().nullable(),
    park: namedRefSchema.nullable(),
    chains: z.array(namedRefSchema),
    tags: z.array(firmTagSchema),
    revenueBand: revenueBandSchema,
    /** 亿元 */
    revenueYi: z.number().nullable(),
    foundedYear: z.number().int().nullable(),
    employees: z.number().int().nullable(),
    /** Set once the firm moved out (迁出) or was deregistered (注销); it is kept on record. */
    withdrawnAt: isoDateTimeSchema.nullable(),
    withdrawalReason: firmWithdrawalReasonSchema.nullable(),
  })
  .meta({ id: 'FirmListItem' });

export const firmPageSchema = pagedSchema(firmListItemSchema, 'FirmPage');

export const firmDetailSchema = firmListItemSchema
  .extend({
    ...editableSchema.shape,
    /** The chain links (环节) the firm works in. */
    links: z.array(
      z.object({
        id: z.number().int(),
        name: z.string(),
        nameEn: z.string().nullable(),
        strength: linkStrengthSchema,
        chain: namedRefSchema,
        segment: z.object({
          id: z.number().int(),
          position: segmentPositionSchema,
          name: z.string(),
          nameEn: z.string().nullable(),
        }),
      }),
    ),
    /** The chains this firm is the chain-leader firm (链主) of; empty when none. */
    leaderOf: z.array(
      z.object({
        chain: namedRefSchema,
        reason: z.string(),
        designatedOn: isoDateSchema.nullable(),
      }),
    ),
    projects: z.array(projectListItemSchema),
    problems: z.object({
      counts: problemCountsSchema,
      /** The most recently raised, newest first. */
      recent: z.array(problemListItemSchema),
    }),
  })
  .meta({ id: 'FirmDetail' });

// ---------------------------------------------------------------- writes
const CREDIT_CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** 统一社会信用代码 (GB 32100-2015): 18 characters whose last is the check character. */
export function isCreditCode(code: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return false;
  const sum = CREDIT_CODE_WEIGHTS.reduce(
    (total, weight, index) => total + CREDIT_CODE_CHARS.indexOf(code[index] as string) * weight,
    0,
  );
  return CREDIT_CODE_CHARS[(31 - (sum % 31)) % 31] === code[17];
}

const creditCodeMessage =
  'must be a valid unified social credit code (18 characters, GB 32100-2015)';

/** The fields of a firm a user or an import writes; its chains are part of it. */
const firmFields = {
  name: requiredText(200),
  nameEn: optionalText(200),
  creditCode: z
    .string({ error: 'is required' })
    .trim()
    .toUpperCase()
    .refine(isCreditCode, creditCodeMessage),
  parkId: idValueSchema.nullable(),
  chainIds: z
    .array(idValueSchema)
    .refine((ids) => new Set(ids).size === ids.length, 'must not list a chain twice'),
  revenueBand: revenueBandSchema,
  /** 亿元 */
  revenueYi: amountSchema(1e8).nullable(),
  tags: z
    .array(firmTagSchema)
    .refine((tags) => new Set(tags).size === tags.length, 'must not list a tag twice'),
  foundedYear: z
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(1800, 'must be a year from 1800 to 2100')
    .max(2100, 'must be a year from 1800 to 2100')
    .nullable(),
  employees: z
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(0, 'must not be negative')
    .max(10_000_000, 'must be at most 10000000')
    .nullable(),
  /**
   * The year it became a national high-tech firm; only with the `high_tech` tag. Optional, so
   * a form or an import without it leaves it as it is.
   */
  highTechSince: z
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(1991, 'must be a year from 1991 (the first recognitions) to 2100')
    .max(2100, 'must be a year from 1991 (the first recognitions) to 2100')
    .nullable()
    .optional(),
  /** 高新技术产品（服务）收入, 亿元: only with the `high_tech` tag, at most the revenue. */
  highTechRevenueYi: amountSchema(1e8).nullable().optional(),
};

/** A firm as imports write it: the credit code is the import's key, so it is required. */
export const firmBodySchema = z.object(firmFields).meta({ id: 'FirmBody' });

/** A credit code a form may leave blank (stored as none). */
export const optionalCreditCodeSchema = textSchema()
  .trim()
  .toUpperCase()
  .nullable()
  .refine((code) => !code || isCreditCode(code), creditCodeMessage)
  .transform((code) => code || null);

/** A firm as a user's form writes it: a firm without a credit code yet may leave it blank. */
const firmFormFields = {
  ...firmFields,
  creditCode: optionalCreditCodeSchema,
};
export const firmCreateSchema = z.object(firmFormFields).meta({ id: 'FirmCreate' });
export const firmUpdateSchema = z
  .object({ ...firmFormFields, version: versionSchema })
  .meta({ id: 'FirmUpdate' });
/** 迁出 or 注销: why the firm leaves the lists. */
export const firmWithdrawSchema = z
  .object({ reason: firmWithdrawalReasonSchema, version: versionSchema })
  .meta({ id: 'FirmWithdraw' });
export const firmRecordSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    nameEn: z.string().nullable(),
    creditCode: z.string().nullable(),
    parkId: z.number().int().nullable(),
    chainIds: z.array(z.number().int()),
    revenueBand: revenueBandSchema,
    revenueYi: z.number().nullable(),
    tags: z.array(firmTagSchema),
    foundedYear: z.number().int().nullable(),
    employees: z.number().int().nullable(),
    highTechSince: z.number().int().nullable(),
    highTechRevenueYi: z.number().nullable(),
    withdrawalReason: firmWithdrawalReasonSchema.nullable(),
    withdrawnAt: isoDateTimeSchema.nullable(),
    ...writtenFields,
  })
  .meta({ id: 'FirmRecord' });

export type FirmCreate = z.input<typeof firmCreateSchema>;
export type FirmUpdate = z.input<typeof firmUpdateSchema>;
export type FirmRecord = z.infer<typeof firmRecordSchema>;
export type FirmSort = (typeof firmSorts)[number];
export type FirmListQuery = z.infer<typeof firmListQuerySchema>;
export type FirmRef = z.infer<typeof firmRefSchema>;
export type FirmListItem = z.infer<typeof firmListItemSchema>;
export type FirmPage = z.infer<typeof firmPageSchema>;
export type FirmDetail = z.infer<typeof firmDetailSchema>;
