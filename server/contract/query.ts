import { z } from 'zod';
import { idTextSchema, textSchema, wholeNumberText } from './common';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, sortOrders, type SortOrder } from './list-params';

/*
 * Building blocks of list query strings. Every parameter is optional; one sent empty
 * (`?stage=`, as an HTML form sends an unset field) counts as not sent.
 */

/** Wraps a query-parameter schema so that an empty value counts as absent. */
function param<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === '' ? undefined : value), schema);
}

/** A closed set of values, with a message that lists them. */
function oneOf<const Values extends readonly string[]>(values: Values) {
  return z.enum(values, { error: `must be one of ${values.join(', ')}` });
}

// Far beyond any real list; it keeps the SQL offset a safe integer.
const MAX_PAGE = 1_000_000;

const pageMessage = `must be a whole number from 1 to ${MAX_PAGE}`;
const pageSizeMessage = `must be a whole number from 1 to ${MAX_PAGE_SIZE}`;

export const pageQuerySchema = z.object({
  page: param(wholeNumberText(1, MAX_PAGE, pageMessage).default(1)),
  pageSize: param(wholeNumberText(1, MAX_PAGE_SIZE, pageSizeMessage).default(DEFAULT_PAGE_SIZE)),
});

/** `sort` (one of `keys`) and `order`, with the list's default for each. */
export function sortQuerySchema<const Keys extends readonly string[]>(
  keys: Keys,
  defaults: { sort: Keys[number]; order: SortOrder },
) {
  return z.object({
    sort: param(oneOf(keys).default(defaults.sort)),
    order: param(oneOf(sortOrders).default(defaults.order)),
  });
}

/** `true` or `false`, nothing else (`1`, `yes` and `on` are refused rather than guessed). */
const booleanParamSchema = z
  .enum(['true', 'false'], { error: 'must be true or false' })
  .transform((value) => value === 'true');

const TEXT_MAX = 100;

/** Free text: a search (`q`) or a name to match (`district`, `category`). */
const textParamSchema = textSchema().trim().max(TEXT_MAX, `must be at most ${TEXT_MAX} characters`);

/** Optional filters, ready to put in a query schema. */
export const idFilter = param(idTextSchema.optional());
export const textFilter = param(textParamSchema.optional());
export const booleanFilter = param(booleanParamSchema.optional());
/** A whole number from `min` to `max` (a batch, a year). */
export function wholeNumberFilter(min: number, max: number) {
  return param(
    wholeNumberText(min, max, `must be a whole number from ${min} to ${max}`).optional(),
  );
}
export function enumFilter<const Values extends readonly string[]>(values: Values) {
  return param(oneOf(values).optional());
}

/**
 * Withdrawn records (撤回, a firm's 迁出 / 注销) are left out of a list unless asked for:
 * `include` lists them with the others, `only` lists nothing else.
 */
export const withdrawnFilter = enumFilter(['include', 'only'] as const);
