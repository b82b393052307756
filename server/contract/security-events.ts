import { z } from 'zod';
import { isoDateSchema, pagedSchema } from './common';
import { securityEventResults, securityEventTypes } from './domain';
import { enumFilter, pageQuerySchema, textFilter } from './query';
import { securityEventSchema } from './security';

/*
 * The security audit (安全审计) as the audit administrator reads it: newest first, filtered by
 * what happened, to whom, by whom, from where and when.
 */

const typeMessage = `must be one or more of ${securityEventTypes.join(', ')}, separated by commas`;

/**
 * One event type or several: `type=sign_in,sign_out` (as the page's address keeps it) or the
 * parameter repeated. Each at most once, in the vocabulary's order, so equal filters read alike.
 */
const typesFilter = z.preprocess(
  (value) => {
    if (value === '' || value === undefined) return undefined;
    return Array.isArray(value) ? value.join(',') : value;
  },
  z
    .string({ error: typeMessage })
    .transform((text) => text.split(','))
    // One message for the parameter, rather than one per position in it.
    .refine(
      (chosen) => chosen.every((type) => (securityEventTypes as readonly string[]).includes(type)),
      typeMessage,
    )
    .transform((chosen) => securityEventTypes.filter((type) => chosen.includes(type)))
    .optional(),
);

/** City calendar days, inclusive; `to` may not come before `from`. */
const dayFilter = z.preprocess(
  (value) => (value === '' ? undefined : value),
  isoDateSchema.optional(),
);

export const securityEventFilterFields = {
  type: typesFilter,
  result: enumFilter(securityEventResults),
  /** Who did it: the username exactly (as typed at a failed sign-in), any case. */
  actor: textFilter,
  /** What it was done to: a username, `policy`, a file name; exactly, any case. */
  object: textFilter,
  from: dayFilter,
  to: dayFilter,
  /** Part of the actor, the object or the client address, any case. */
  q: textFilter,
};

type DayRange = { from?: string; to?: string };

/** A range that ends before it starts is a mistake to name, not an empty list to show. */
export function rangeInOrder(range: DayRange, context: z.RefinementCtx) {
  if (range.from && range.to && range.to < range.from) {
    context.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
  }
}

export const securityEventListQuerySchema = z
  .object({ ...securityEventFilterFields, ...pageQuerySchema.shape })
  .superRefine(rangeInOrder);

export const securityEventPageSchema = pagedSchema(securityEventSchema, 'SecurityEventPage');

export type SecurityEventListQuery = z.output<typeof securityEventListQuerySchema>;
export type SecurityEventFilter = Omit<SecurityEventListQuery, 'page' | 'pageSize'>;
export type SecurityEventPage = z.infer<typeof securityEventPageSchema>;
