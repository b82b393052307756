import { sameValue } from '@/components/editing/field-spec';

/*
 * A save that met someone else's newer version, merged against the values the form was opened
 * with (the base): a field only one side changed keeps that side's change, so nobody undoes a
 * change they never saw; only a field both changed, differently, needs the user to choose.
 */

type Values = Record<string, unknown>;

export type Side = 'theirs' | 'mine';

/**
 * `same`: both sides hold the same value (neither changed it, or both made the same change).
 * `theirs` / `mine`: only that side changed it, so that side's value is kept.
 * `conflict`: both changed it to different values; the user chooses.
 */
export type FieldMerge = 'same' | Side | 'conflict';

export interface MergeSides {
  /** The values the form was opened with: what both sides started from. */
  base: Values;
  /** What this user tried to save. */
  mine: Values;
  /** The record as someone else saved it meanwhile. */
  theirs: Values;
}

/** How each named field merges. A field absent from a side counts as empty (null). */
export function mergeFields(names: readonly string[], { base, mine, theirs }: MergeSides) {
  const merges: Record<string, FieldMerge> = {};
  for (const name of names) {
    if (sameValue(mine[name], theirs[name])) merges[name] = 'same';
    else if (sameValue(base[name], mine[name])) merges[name] = 'theirs';
    else if (sameValue(base[name], theirs[name])) merges[name] = 'mine';
    else merges[name] = 'conflict';
  }
  return merges;
}

export type MergeResult =
  | { ok: true; values: Values }
  /** Conflicts the user has not chosen a side for yet: nothing can be saved. */
  | { ok: false; undecided: string[] };

/**
 * The merged values of the named fields: each from the side its merge names, a conflict from the
 * side `choices` names for it.
 */
export function resolveMerge(
  merges: Readonly<Record<string, FieldMerge>>,
  { mine, theirs }: Pick<MergeSides, 'mine' | 'theirs'>,
  choices: Readonly<Partial<Record<string, Side>>>,
): MergeResult {
  const values: Values = {};
  const undecided: string[] = [];
  for (const [name, merge] of Object.entries(merges)) {
    const side = merge === 'conflict' ? choices[name] : merge;
    if (side === undefined) undecided.push(name);
    // `same`: both sides hold it, mine is as good as theirs.
    else values[name] = side === 'theirs' ? theirs[name] : mine[name];
  }
  return undecided.length > 0 ? { ok: false, undecided } : { ok: true, values };
}
