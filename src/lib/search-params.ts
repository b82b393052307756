/*
 * Readers of the URL's search parameters. A value that does not fit (hand-edited, or from an
 * older link) reads as "not set" instead of breaking the page, and the server validates every
 * value again against the zod contract. They are plain functions rather than zod schemas because
 * zod in the first bundle costs 16 KB gzip (measured), a tenth of the overview's budget.
 */

type Reader<Value> = (raw: unknown) => Value | undefined;

const TEXT_MAX = 100;

// The router reads `?q=123` as the number 123, so free text takes numbers back as text.
export const searchText: Reader<string> = (raw) => {
  const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
  return text && text.length <= TEXT_MAX ? text : undefined;
};

/** A record id or a page number: a positive whole number. */
export const searchId: Reader<number> = (raw) =>
  typeof raw === 'number' && Number.isSafeInteger(raw) && raw > 0 ? raw : undefined;

export const searchPage = searchId;

export const searchBoolean: Reader<boolean> = (raw) => (typeof raw === 'boolean' ? raw : undefined);

export function searchEnum<const Values extends readonly string[]>(
  values: Values,
): Reader<Values[number]> {
  return (raw) => (values.includes(raw as string) ? (raw as Values[number]) : undefined);
}

/** A calendar day, YYYY-MM-DD, that exists (not 2026-02-30). */
export const searchDay: Reader<string> = (raw) => {
  if (typeof raw !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(raw)) return undefined;
  const day = new Date(`${raw}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(raw) ? raw : undefined;
};

/**
 * Several values of a vocabulary, comma-separated (`type=sign_in,sign_out`), as the API takes
 * them: unknown ones are dropped, each kept once in the vocabulary's order, so equal choices
 * make equal addresses.
 */
export function searchEnumList<const Values extends readonly string[]>(
  values: Values,
): Reader<string> {
  return (raw) => {
    if (typeof raw !== 'string') return undefined;
    const chosen = raw.split(',');
    const known = values.filter((value) => chosen.includes(value));
    return known.length > 0 ? known.join(',') : undefined;
  };
}

type Shape = Record<string, Reader<unknown>>;
export type SearchOf<Parse extends (search: Record<string, unknown>) => object> = ReturnType<Parse>;

/**
 * A route's `validateSearch`: every parameter optional. The router lays what this returns over
 * the address as typed, so each parameter of the shape is named, a refused one as `undefined`:
 * otherwise `?page=abc` would reach the API as typed.
 */
export function searchParams<const S extends Shape>(shape: S) {
  return (search: Record<string, unknown>): { [K in keyof S]?: NonNullable<ReturnType<S[K]>> } => {
    const parsed: Record<string, unknown> = {};
    for (const [name, read] of Object.entries(shape)) parsed[name] = read(search[name]);
    return parsed as { [K in keyof S]?: NonNullable<ReturnType<S[K]>> };
  };
}
