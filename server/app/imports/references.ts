import type { LinkStrength } from '../../contract/domain';
import { chains, departments, firms, indicators, parks } from '../../db/schema';
import type { Transaction } from '../writes/transaction';
import { textOf, type Cell, type CellResult } from './cells';

/** A record a cell may name: by its code, its name or its English name. */
export interface Named {
  id: number;
  names: string[];
  /** What the preview shows for it. */
  label: string;
}

/**
 * Looks names up, case-insensitively. A name two records share is ambiguous: the row is
 * refused rather than guessed.
 */
export class NameIndex<T extends Named = Named> {
  private readonly byName = new Map<string, T[]>();
  readonly byId = new Map<number, T>();

  constructor(records: readonly T[]) {
    for (const record of records) {
      this.byId.set(record.id, record);
      for (const name of new Set(record.names.map((name) => name.trim().toLowerCase()))) {
        if (name === '') continue;
        const list = this.byName.get(name);
        if (list) list.push(record);
        else this.byName.set(name, [record]);
      }
    }
  }

  find(name: string | null): CellResult<T | null> {
    if (name === null) return { ok: true, value: null };
    const found = this.byName.get(name.trim().toLowerCase()) ?? [];
    if (found.length === 1) return { ok: true, value: found[0] as T };
    return {
      ok: false,
      code: found.length === 0 ? 'unknown_reference' : 'ambiguous_reference',
      params: { value: name },
    };
  }

  labelOf(id: number | null): string | null {
    return id === null ? null : (this.byId.get(id)?.label ?? String(id));
  }
}

export interface IndicatorRef extends Named {
  chainId: number;
  direction: 'higher_is_better' | 'lower_is_better';
}

export interface LinkRef extends Named {
  strength: LinkStrength;
  withdrawn: boolean;
}

export interface TargetFirmRef extends Named {
  withdrawn: boolean;
}

export interface CampaignRef extends Named {
  chainIds: ReadonlySet<number>;
}

/** What a lead names besides a chain and a department: read by the leads import only. */
export interface InvestmentReferences {
  /** Links by chain id, then name. */
  links: Map<number, NameIndex<LinkRef>>;
  /** Task-force members by chain id, then name. */
  members: Map<number, NameIndex>;
  /** Target firms by name, English name or credit code. */
  targetFirms: NameIndex<TargetFirmRef>;
  campaigns: NameIndex<CampaignRef>;
}

/** Everything rows may name, read once per import. */
export interface References {
  chains: NameIndex;
  parks: NameIndex;
  departments: NameIndex;
  /** Firms by credit code or name. */
  firms: NameIndex;
  /** Indicators by chain id, then code or name. */
  indicators: Map<number, NameIndex<IndicatorRef>>;
  /** Loaded by the kinds that name 招商 records (`ImportKindSpec.loadReferences`). */
  investment?: InvestmentReferences;
}

export async function loadReferences(tx: Transaction): Promise<References> {
  // One after another: a transaction's queries share one connection.
  const chainRows = await tx
    .select({ id: chains.id, code: chains.code, name: chains.name, nameEn: chains.nameEn })
    .from(chains);
  const parkRows = await tx
    .select({ id: parks.id, name: parks.name, nameEn: parks.nameEn })
    .from(parks);
  const departmentRows = await tx
    .select({ id: departments.id, name: departments.name, nameEn: departments.nameEn })
    .from(departments);
  const firmRows = await tx
    .select({ id: firms.id, name: firms.name, nameEn: firms.nameEn, code: firms.creditCode })
    .from(firms);
  const indicatorRows = await tx
    .select({
      id: indicators.id,
      chainId: indicators.chainId,
      code: indicators.code,
      name: indicators.name,
      nameEn: indicators.nameEn,
      direction: indicators.direction,
    })
    .from(indicators);
  const named = (row: { id: number; name: string; nameEn: string | null }, ...more: unknown[]) => ({
    id: row.id,
    names: [row.name, row.nameEn ?? '', ...more.filter((name) => typeof name === 'string')],
    label: row.name,
  });
  const indicatorsByChain = new Map<number, IndicatorRef[]>();
  for (const row of indicatorRows) {
    const list = indicatorsByChain.get(row.chainId) ?? [];
    list.push({ ...named(row, row.code), chainId: row.chainId, direction: row.direction });
    indicatorsByChain.set(row.chainId, list);
  }
  return {
    chains: new NameIndex(chainRows.map((row) => named(row, row.code))),
    parks: new NameIndex(parkRows.map((row) => named(row))),
    departments: new NameIndex(departmentRows.map((row) => named(row))),
    firms: new NameIndex(firmRows.map((row) => named(row, row.code))),
    indicators: new Map(
      [...indicatorsByChain].map(([chainId, list]) => [chainId, new NameIndex(list)]),
    ),
  };
}

/** A cell naming one record of `index`: its id, or null when blank. */
export function readReference(cell: Cell, index: NameIndex): CellResult<number | null> {
  const found = index.find(textOf(cell));
  return found.ok ? { ok: true, value: found.value?.id ?? null } : found;
}
