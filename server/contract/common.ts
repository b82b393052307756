import { z } from 'zod';
import * as domain from './domain';

export const chainCategorySchema = z.enum(domain.chainCategories);
export const ragStatusSchema = z.enum(domain.ragStatuses);
export const fiveOneItemSchema = z.enum(domain.fiveOneItems);
export const fiveOneStateSchema = z.enum(domain.fiveOneStates);
export const indicatorRatingSchema = z.enum(domain.indicatorRatings);
export const segmentPositionSchema = z.enum(domain.segmentPositions);
export const linkStrengthSchema = z.enum(domain.linkStrengths);
export const meetingCadenceSchema = z.enum(domain.meetingCadences);
export const policyStatusSchema = z.enum(domain.policyStatuses);
export const revenueBandSchema = z.enum(domain.revenueBands);
export const firmTagSchema = z.enum(domain.firmTags);
export const clusterLevelSchema = z.enum(domain.clusterLevels);
export const clusterStatusSchema = z.enum(domain.clusterStatuses);
export const projectStageSchema = z.enum(domain.projectStages);
export const projectOriginSchema = z.enum(domain.projectOrigins);
export const problemStatusSchema = z.enum(domain.problemStatuses);
export const leadActionSchema = z.enum(domain.leadActions);
export const leadStageSchema = z.enum(domain.leadStages);
export const targetFirmSourceSchema = z.enum(domain.targetFirmSources);
export const targetFirmSizeSchema = z.enum(domain.targetFirmSizes);
export const indicatorFrequencySchema = z.enum(domain.indicatorFrequencies);
export const indicatorDirectionSchema = z.enum(domain.indicatorDirections);
export const techNeedKindSchema = z.enum(domain.techNeedKinds);
export const techNeedUrgencySchema = z.enum(domain.techNeedUrgencies);
export const techNeedStatusSchema = z.enum(domain.techNeedStatuses);
export const techSupplyKindSchema = z.enum(domain.techSupplyKinds);
export const techNetworkSchema = z.enum(domain.techNetworks);
export const techMatchStageSchema = z.enum(domain.techMatchStages);

/**
 * Text as the database stores it exactly: PostgreSQL's text refuses NUL (a 500 if it got that
 * far), and a lone UTF-16 surrogate half would be saved silently as U+FFFD, not as typed. Every
 * text a request carries is built on this, so a new field gets the rule with its schema.
 */
export function textSchema(params?: { error?: string }) {
  return z
    .string(params)
    .refine((value) => !value.includes('\u0000'), 'must not contain a NUL character')
    .refine((value) => !/\p{Cs}/u.test(value), 'must not contain a broken (unpaired) character');
}

/** The calendar days the app accepts: any date of the city's records, far from what breaks. */
export const FIRST_DATE = '1900-01-01';
export const LAST_DATE = '2100-12-31';

/**
 * ISO calendar date, `2026-06-15`, from {@link FIRST_DATE} to {@link LAST_DATE}: PostgreSQL
 * cannot hold the ISO year 0000, and no record of a city's chains is dated centuries away.
 */
export const isoDateSchema = z.iso
  .date()
  .refine(
    (day) => day >= FIRST_DATE && day <= LAST_DATE,
    `must be a date from ${FIRST_DATE} to ${LAST_DATE}`,
  );
/** ISO instant, `2026-06-15T02:00:00.000Z`. */
export const isoDateTimeSchema = z.iso.datetime({ offset: true });

/** The largest PostgreSQL `integer`: a bigger id could never match, and would fail in SQL. */
const MAX_ID = 2_147_483_647;

const idMessage = 'must be a positive whole number';

/**
 * A whole number written as plain digits in a path or query string. `0x10`, `1e3`, `+1` and `1.0`
 * are refused rather than read as numbers, so one resource has one address.
 */
export function wholeNumberText(min: number, max: number, message: string) {
  return z
    .string({ error: message })
    .regex(/^\d+$/, message)
    .transform(Number)
    .pipe(z.number().int(message).min(min, message).max(max, message));
}

/** A record id given as text (path or query string). */
export const idTextSchema = wholeNumberText(1, MAX_ID, idMessage);

/** A positive whole-number id in a path (`/chains/{id}`), with a message naming it. */
export const idParamSchema = z.object({ id: idTextSchema });

export const namedRefSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  nameEn: z.string().nullable(),
});

// ---------------------------------------------------------------- what writes share

/** Text a user types: trimmed, required, and no longer than a screen can reasonably show. */
export function requiredText(max: number) {
  return textSchema({ error: 'is required' })
    .trim()
    .min(1, 'is required')
    .max(max, `must be at most ${max} characters`);
}

/** Optional text: blank is stored as no value. */
export function optionalText(max: number) {
  return textSchema()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .nullable()
    .transform((value) => (value ? value : null));
}

/** A record id in a body. */
export const idValueSchema = z
  .number({ error: 'must be a record id' })
  .int('must be a record id')
  .min(1, 'must be a record id')
  .max(2_147_483_647, 'must be a record id');

/** The version the form was opened with; an older one than the record's gets 409. */
export const versionSchema = z
  .number({ error: 'must be the version the form was opened with' })
  .int('must be a whole number')
  .min(1, 'must be at least 1')
  .max(2_147_483_647, 'is not a version of this record');

/** An amount in 亿元 or 万元: not negative, within what the database column holds. */
export function amountSchema(max: number) {
  return z
    .number({ error: 'must be a number' })
    .min(0, 'must not be negative')
    .max(max, `must be at most ${max}`);
}

/** Every answer a write gives has these. */
export const writtenFields = {
  version: z.number().int(),
  updatedAt: isoDateTimeSchema,
  updatedBy: z.string().nullable(),
};

/** Every editable record carries these: send `version` back with an edit. */
export const editableSchema = z.object({
  version: z.number().int(),
  updatedAt: isoDateTimeSchema,
  /** The login name of who saved it last. */
  updatedBy: z.string().nullable(),
  /**
   * Their display name as it is now, what readers are shown; null if the account is gone. Reads
   * carry it; the answer to a write, a snapshot of the row, does not.
   */
  updatedByName: z.string().nullable().optional(),
});

/** One page of a list: the items plus what a pager needs. */
export function pagedSchema<Item extends z.ZodType>(item: Item, id: string) {
  return z
    .object({
      items: z.array(item),
      /** How many items match the filters, over all pages. */
      total: z.number().int(),
      page: z.number().int(),
      pageSize: z.number().int(),
    })
    .meta({ id });
}

/** A list small enough to come whole. */
export function listSchema<Item extends z.ZodType>(item: Item, id: string) {
  return z.object({ items: z.array(item) }).meta({ id });
}

export type {
  ChainCategory,
  RagStatus,
  FiveOneItem,
  FiveOneState,
  IndicatorRating,
  IndicatorDirection,
  SegmentPosition,
  FirmTag,
  RevenueBand,
} from './domain';
export type NamedRef = z.infer<typeof namedRefSchema>;
