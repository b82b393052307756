import type { ImportField } from '../import-kind';
import { readReference } from '../references';

/** The chain a row belongs to, by code, name or English name. */
export function chainColumn(required: boolean): ImportField {
  return {
    field: 'chainId',
    required,
    example: (sample) => sample.chain,
    read: (cell, references) => readReference(cell, references.chains),
    show: (value, references) => references.chains.labelOf(value as number | null),
  };
}

/** A natural key of parts: the chain's id first, then the row's own names. */
export function chainKey(chainId: number | null, ...parts: string[]): string {
  return [chainId ?? '', ...parts].join('\u0000');
}
