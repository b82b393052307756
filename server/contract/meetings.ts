import { z } from 'zod';
import {
  editableSchema,
  idValueSchema,
  isoDateSchema,
  isoDateTimeSchema,
  namedRefSchema,
  optionalText,
  pagedSchema,
  problemStatusSchema,
  requiredText,
  versionSchema,
  writtenFields,
} from './common';
import { defaultSorts, meetingSorts } from './list-params';
import { idFilter, pageQuerySchema, sortQuerySchema, textFilter } from './query';

/*
 * 座谈会: meetings with firms, of one chain or city-wide, where the firms raise their problems.
 * Reads (the list, one meeting) and the write bodies and record.
 */

/** A city calendar day in a query string; sent empty counts as not sent. */
const dayFilter = z.preprocess(
  (value) => (value === '' ? undefined : value),
  isoDateSchema.optional(),
);

/** The list's filters and sort, without paging: the export's too. */
export const meetingFilterFields = {
  /** Part of the title, the place or the host, any case. */
  q: textFilter,
  chain: idFilter,
  /** The meetings a problem of this chain may name: the chain's own and the city-wide ones. */
  forChain: idFilter,
  /** Held on or after this day. */
  from: dayFilter,
  /** Held on or before this day. */
  to: dayFilter,
  ...sortQuerySchema(meetingSorts, defaultSorts.meetings).shape,
};

/** A range that ends before it starts is a mistake to name, not an empty list to show. */
export function meetingRangeInOrder(
  range: { from?: string; to?: string },
  context: z.RefinementCtx,
) {
  if (range.from && range.to && range.to < range.from) {
    context.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
  }
}

export const meetingListQuerySchema = z
  .object({ ...meetingFilterFields, ...pageQuerySchema.shape })
  .superRefine(meetingRangeInOrder);

export const meetingListItemSchema = z
  .object({
    id: z.number().int(),
    title: z.string(),
    heldOn: isoDateSchema,
    place: z.string().nullable(),
    host: z.string().nullable(),
    /** Null: a city-wide meeting. */
    chain: namedRefSchema.nullable(),
    /** The firms that attended. */
    firmCount: z.number().int(),
    /** Problems raised there (not withdrawn), and how many of them are resolved. */
    problemCount: z.number().int(),
    resolvedCount: z.number().int(),
  })
  .meta({ id: 'MeetingListItem' });

export const meetingPageSchema = pagedSchema(meetingListItemSchema, 'MeetingPage');

export const meetingProblemSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  firm: namedRefSchema.nullable(),
  raisedOn: isoDateSchema,
  status: problemStatusSchema,
});

export const meetingDetailSchema = meetingListItemSchema
  .extend({
    notes: z.string().nullable(),
    /** The firms that attended, by name. */
    firms: z.array(namedRefSchema),
    /** The problems raised there, the latest first. */
    problems: z.array(meetingProblemSchema),
    ...editableSchema.shape,
    /** When it was withdrawn (撤回): its page still opens, and says so. */
    withdrawnAt: isoDateTimeSchema.nullable(),
  })
  .meta({ id: 'MeetingDetail' });

/** The article's four figures: meetings, firms that came, problems collected there, resolved. */
export const meetingFiguresSchema = z
  .object({
    meetings: z.number().int(),
    /** Distinct firms that attended one or more of the meetings. */
    firms: z.number().int(),
    problems: z.number().int(),
    resolved: z.number().int(),
  })
  .meta({ id: 'MeetingFigures' });

// ---------------------------------------------------------------- writes

const MAX_FIRMS = 1000;

const meetingFields = {
  /** Null: a city-wide meeting, which only administrators record. */
  chainId: idValueSchema.nullable(),
  heldOn: isoDateSchema,
  title: requiredText(200),
  place: optionalText(200),
  host: optionalText(100),
  notes: optionalText(2000),
  /** The firms that attended. */
  firmIds: z
    .array(idValueSchema)
    .max(MAX_FIRMS, `must list at most ${MAX_FIRMS} firms`)
    .refine((ids) => new Set(ids).size === ids.length, 'must not list a firm twice'),
};

export const meetingCreateSchema = z.object(meetingFields).meta({ id: 'MeetingCreate' });
export const meetingBodySchema = z
  .object({ ...meetingFields, version: versionSchema })
  .meta({ id: 'MeetingBody' });
export const meetingRecordSchema = z
  .object({
    id: z.number().int(),
    chainId: z.number().int().nullable(),
    heldOn: isoDateSchema,
    title: z.string(),
    place: z.string().nullable(),
    host: z.string().nullable(),
    notes: z.string().nullable(),
    firmIds: z.array(z.number().int()),
    withdrawnAt: isoDateTimeSchema.nullable(),
    ...writtenFields,
  })
  .meta({ id: 'MeetingRecord' });

export type MeetingSort = (typeof meetingSorts)[number];
export type MeetingListQuery = z.infer<typeof meetingListQuerySchema>;
export type MeetingListItem = z.infer<typeof meetingListItemSchema>;
export type MeetingPage = z.infer<typeof meetingPageSchema>;
export type MeetingDetail = z.infer<typeof meetingDetailSchema>;
export type MeetingFigures = z.infer<typeof meetingFiguresSchema>;
export type MeetingRecord = z.infer<typeof meetingRecordSchema>;
