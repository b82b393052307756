import { z } from 'zod';
import { idTextSchema, indicatorRatingSchema, isoDateSchema, namedRefSchema } from './common';

/** The longest window one brief covers: a year, leap day included. */
export const MAX_CHANGE_DAYS = 366;
/** Items listed per section; more are counted, not listed (a screen, a page, a sheet). */
export const MAX_CHANGE_ITEMS = 500;

export const changeSections = [
  'chainStatus',
  'fiveOnes',
  'projects',
  'problems',
  'indicators',
  'reports',
  'leads',
] as const;

/**
 * What happened to the record: a state moved (`status`, `state`, `stage`), a project reached a
 * stage (`signed` …), a problem was `raised`, `resolved` or became `overdue`, a figure was
 * `entered`, a report `filed`, a lead `created`.
 */
export const changeKinds = [
  'status',
  'state',
  'stage',
  'signed',
  'started',
  'in_production',
  'raised',
  'resolved',
  'overdue',
  'entered',
  'filed',
  'created',
] as const;

/** The screen a change links to; indicators, reports and the five ones live on the chain page. */
export const changeTargets = ['chain', 'project', 'problem', 'lead'] as const;

export const changesQuerySchema = z.object({
  chain: idTextSchema.optional(),
  /** City calendar days, inclusive; both default to the last 7 days. */
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
});

export const changeItemSchema = z
  .object({
    /** Stable within one answer: a list key. */
    key: z.string(),
    chain: namedRefSchema.nullable(),
    target: z.enum(changeTargets),
    targetId: z.number().int(),
    /** The record's name; for a chain's own records, the chain's. */
    name: z.string(),
    nameEn: z.string().nullable(),
    /** A code naming which of the chain's records (a five-ones item, an indicator's period). */
    subject: z.string().nullable(),
    change: z.enum(changeKinds),
    /** Codes (a status, a state, a stage) or figures as text; null when there was none. */
    before: z.string().nullable(),
    after: z.string().nullable(),
    /** An indicator's rating after the change, and its unit. */
    rating: indicatorRatingSchema.nullable(),
    unit: z.string().nullable(),
    /** The city calendar day it happened. */
    on: isoDateSchema,
    /** Who made the change (display name), when the audit trail or the record says. */
    by: z.string().nullable(),
  })
  .meta({ id: 'ChangeItem' });

export const changeSectionSchema = z
  .object({
    section: z.enum(changeSections),
    total: z.number().int(),
    /** Newest first, at most MAX_CHANGE_ITEMS. */
    items: z.array(changeItemSchema),
  })
  .meta({ id: 'ChangeSection' });

export const changesSchema = z
  .object({
    chain: namedRefSchema.nullable(),
    from: isoDateSchema,
    to: isoDateSchema,
    sections: z.array(changeSectionSchema),
  })
  .meta({ id: 'Changes' });

export type ChangeSectionName = (typeof changeSections)[number];
export type ChangeKind = (typeof changeKinds)[number];
export type ChangeItem = z.infer<typeof changeItemSchema>;
export type ChangeSection = z.infer<typeof changeSectionSchema>;
export type Changes = z.infer<typeof changesSchema>;
