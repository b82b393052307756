import { inArray } from 'drizzle-orm';
import { firmBodySchema } from '../../../contract/writes';
import { firmChains, firms } from '../../../db/schema';
import { firmColumns } from '../../sheets/columns/firms';
import { firmTagLabels, revenueBandLabels } from '../../sheets/columns/labels';
import { firmKind } from '../../writes/kinds';
import { readChoice, readList, readNumber, readText, readWholeNumber, type Cell } from '../cells';
import {
  existingRecord,
  type ExistingRecord,
  importColumns,
  type ImportKindSpec,
  type Values,
} from '../import-kind';
import { readReference, type References } from '../references';
import { inChunks } from '../chunks';

function readChains(cell: Cell, references: References) {
  const names = readList(cell);
  if (!names.ok) return names;
  const ids: number[] = [];
  for (const name of names.value) {
    const found = references.chains.find(name);
    if (!found.ok) return found;
    if (found.value) ids.push(found.value.id);
  }
  return { ok: true as const, value: ids.sort((a, b) => a - b) };
}

function readTags(cell: Cell) {
  const names = readList(cell);
  if (!names.ok) return names;
  const tags: string[] = [];
  for (const name of names.value) {
    const tag = readChoice(name, firmTagLabels);
    if (!tag.ok) return tag;
    if (tag.value) tags.push(tag.value);
  }
  return { ok: true as const, value: tags };
}

const columns = importColumns(firmColumns, {
  name: {
    required: true,
    example: '绵阳示例科技有限公司',
    read: readText,
  },
  nameEn: {
    required: false,
    example: 'Mianyang Example Tech',
    read: readText,
  },
  creditCode: {
    required: true,
    example: '91510703MA6EXAMP10',
    read: readText,
  },
  park: {
    field: 'parkId',
    required: false,
    example: (sample) => sample.park,
    read: (cell, references) => readReference(cell, references.parks),
    show: (value, references) => references.parks.labelOf(value as number | null),
  },
  chains: {
    field: 'chainIds',
    required: true,
    example: (sample) => sample.chain,
    read: readChains,
    show: (value, references) =>
      (value as number[]).map((id) => references.chains.labelOf(id)).join('、'),
  },
  revenueBand: {
    required: true,
    example: 'over_1b',
    read: (cell) => readChoice(cell, revenueBandLabels),
  },
  revenueYi: {
    required: false,
    example: 12.5,
    read: readNumber,
  },
  tags: {
    required: false,
    example: 'high_tech',
    read: readTags,
    show: (value) => (value as string[]).join('、'),
  },
  foundedYear: {
    required: false,
    example: 2015,
    read: readWholeNumber,
  },
  employees: {
    required: false,
    example: 320,
    read: readWholeNumber,
  },
});

/** Firms match on their 统一社会信用代码; the name may be corrected by the import. */
export const firmImport: ImportKindSpec = {
  name: 'firms',
  entity: firmKind as never,
  sheetColumns: firmColumns as never,
  columns,
  relatedFields: ['chainIds'],
  schema: firmBodySchema as never,
  toRecord(values: Values) {
    const creditCode = values.creditCode as string;
    return {
      record: {
        key: creditCode,
        keyLabel: `${values.name as string} · ${creditCode}`,
        chainIds: (values.chainIds as number[]).length > 0 ? (values.chainIds as number[]) : [null],
        identity: {},
        values,
      },
    };
  },
  async loadExisting(tx, records) {
    const found = new Map<string, ExistingRecord | null>();
    await inChunks(records, 5000, async (chunk) => {
      const rows = await tx
        .select()
        .from(firms)
        .where(
          inArray(
            firms.creditCode,
            chunk.map((record) => record.key),
          ),
        );
      const ids = rows.map((row) => row.id);
      const chainRows =
        ids.length === 0
          ? []
          : await tx.select().from(firmChains).where(inArray(firmChains.firmId, ids));
      const chainsOf = new Map<number, number[]>();
      for (const link of chainRows) {
        chainsOf.set(link.firmId, [...(chainsOf.get(link.firmId) ?? []), link.chainId]);
      }
      for (const row of rows) {
        const chainIds = (chainsOf.get(row.id) ?? []).sort((a, b) => a - b);
        found.set(
          row.creditCode as string,
          existingRecord(firmKind as never, row, chainIds.length > 0 ? chainIds : [null], {
            chainIds,
          }),
        );
      }
    });
    return found;
  },
};
