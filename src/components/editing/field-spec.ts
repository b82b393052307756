import type { QueryKey } from '@tanstack/react-query';
import type { TFunction } from 'i18next';

export interface FieldOption {
  value: string | number;
  label: string;
}

/** A choice among more records than a list can hold: the server finds them by what is typed. */
export interface FieldSearch {
  /** The search box's label, e.g. 搜索企业. */
  label: string;
  /** Cached per typed text under this key. */
  queryKey: QueryKey;
  /** The options matching `text` (all of the first ones when it is empty). */
  load: (text: string, signal: AbortSignal) => Promise<FieldOption[]>;
}

export type FieldKind =
  'text' | 'textarea' | 'date' | 'number' | 'select' | 'search-select' | 'checkbox' | 'checkboxes';

/** The kinds of field that can hold a value of type `Value` (null aside). */
export type KindFor<Value> = [NonNullable<Value>] extends [boolean]
  ? 'checkbox'
  : [NonNullable<Value>] extends [readonly unknown[]]
    ? 'checkboxes' | 'search-select'
    : [NonNullable<Value>] extends [number]
      ? 'number' | 'select' | 'search-select'
      : [NonNullable<Value>] extends [string]
        ? 'text' | 'textarea' | 'date' | 'select'
        : never;

/**
 * The fields a form of `Values` may have: each names one of its keys, with a kind that holds
 * that key's type (a number is never a text field, a list is chosen several at a time).
 * `version` is never a field: the form carries it.
 */
export type FieldsOf<Values> = {
  [Name in Exclude<keyof Values, 'version'> & string]: FieldSpec<Name> & {
    kind: KindFor<Values[Name]>;
  } & ([NonNullable<Values[Name]>] extends [readonly unknown[]]
      ? { multiple?: true }
      : { multiple?: false });
}[Exclude<keyof Values, 'version'> & string];

/**
 * One field of an edit form, described once: the form draws it, reads its value in the type the
 * contract wants, and the conflict view shows it in words.
 */
export interface FieldSpec<Name extends string = string> {
  /** The body's field name, also the record's: conflicts compare by it. */
  name: Name;
  label: string;
  kind: FieldKind;
  /**
   * For `select` and `checkboxes`. Number values are sent as numbers. For `search-select`, the
   * choices known before any search (the current ones), so they can be named.
   */
  options?: readonly FieldOption[];
  /** For `search-select`. */
  search?: FieldSearch;
  /** For `search-select` of a list (a link's firms): each match is chosen or not, several kept. */
  multiple?: boolean;
  /** A blank input is "no value" (null), not an empty text. */
  nullable?: boolean;
  /** For a nullable `select`: the words of its empty choice when null means something (全市). */
  emptyLabel?: string;
  hint?: string;
  /**
   * Whether the field is shown for the form's current values (a lead's stage dates up to its
   * stage); a hidden field is sent empty (null), so what the user cannot see is never sent.
   */
  shownWhen?: (values: Record<string, unknown>) => boolean;
}

/** The value an input holds, in the type the contract wants. */
export function readInput(spec: FieldSpec, raw: unknown): unknown {
  if (spec.kind === 'checkbox' || spec.kind === 'checkboxes') return raw;
  const text = typeof raw === 'string' ? raw : raw == null ? '' : String(raw);
  if (text === '' && spec.nullable) return null;
  if (spec.kind === 'number') return text === '' ? Number.NaN : Number(text);
  if (spec.kind === 'select' && typeof spec.options?.[0]?.value === 'number') {
    return text === '' ? null : Number(text);
  }
  return text;
}

/** A value as words, for the conflict view: never markup, always text. */
export function displayValue(spec: FieldSpec, value: unknown, t: TFunction<'editing'>): string {
  if (value === null || value === undefined || value === '') {
    return spec.emptyLabel ?? t('editing.empty');
  }
  if (spec.kind === 'checkbox') return value ? t('editing.yes') : t('editing.no');
  if (Array.isArray(value)) {
    if (value.length === 0) return t('editing.empty');
    return value.map((item) => optionLabel(spec, item)).join('、');
  }
  return optionLabel(spec, value);
}

function optionLabel(spec: FieldSpec, value: unknown): string {
  const option = spec.options?.find((candidate) => candidate.value === value);
  return option ? option.label : String(value);
}

/** Whether two field values are the same (lists compared by their members). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    const sorted = (list: unknown[]) => JSON.stringify([...list].sort());
    return sorted(a) === sorted(b);
  }
  return (a ?? null) === (b ?? null);
}
