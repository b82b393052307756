import { inArray } from 'drizzle-orm';
import { firmBodySchema } from '../../../contract/writes';
import { firmChains, firms } from '../../../db/schema';
import { firmColumns } from '../../sheets/columns/firms';
import { firmKind } from '../../writes/kinds';
import { readChoice, readList, readNumber, readText, readWholeNumber, type Cell } from '../cells';
import {
  existingRecord,
  type ExistingRecord,
  type ImportColumn,
  type ImportKindSpec,
  type Values,
} from '../import-kind';
import { readReference, type References } from '../references';
import { inChunks } from '../chunks';
import { choiceLabels } from '../labels';

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
    const tag = readChoice(name, choiceLabels.firmTag);
    if (!tag.ok) return tag;
    if (tag.value) tags.push(tag.value);
  }
  return { ok: true as const, value: tags };
}

const columns: ImportColumn[] = [
  {
    key: 'name',
    type: 'text',
    zh: '企业名称',
    en: 'Firm',
    required: true,
    example: '绵阳示例科技有限公司',
    read: readText,
  },
  {
    key: 'nameEn',
    type: 'text',
    zh: '英文名称',
    en: 'English name',
    required: false,
    example: 'Mianyang Example Tech',
    read: readText,
  },
  {
    key: 'creditCode',
    type: 'text',
    zh: '统一社会信用代码',
    en: 'Credit code',
    required: true,
    example: '91510703MA6EXAMP10',
    read: readText,
  },
  {
    key: 'parkId',
    type: 'text',
    zh: '所在园区',
    en: 'Park',
    required: false,
    example: (sample) => sample.park,
    read: (cell, references) => readReference(cell, references.parks),
    show: (value, references) => references.parks.labelOf(value as number | null),
  },
  {
    key: 'chainIds',
    type: 'text',
    zh: '所属产业链',
    en: 'Chains',
    required: true,
    example: (sample) => sample.chain,
    read: readChains,
    show: (value, references) =>
      (value as number[]).map((id) => references.chains.labelOf(id)).join('、'),
  },
  {
    key: 'revenueBand',
    type: 'text',
    zh: '营收规模',
    en: 'Revenue band',
    required: true,
    example: 'over_1b',
    read: (cell) => readChoice(cell, choiceLabels.revenueBand),
  },
  {
    key: 'revenueYi',
    type: 'number',
    zh: '营业收入（亿元）',
    en: 'Revenue (100m yuan)',
    required: false,
    example: 12.5,
    read: readNumber,
  },
  {
    key: 'tags',
    type: 'text',
    zh: '企业标签',
    en: 'Tags',
    required: false,
    example: 'high_tech',
    read: readTags,
    show: (value) => (value as string[]).join('、'),
  },
  {
    key: 'foundedYear',
    type: 'integer',
    zh: '成立年份',
    en: 'Founded',
    required: false,
    example: 2015,
    read: readWholeNumber,
  },
  {
    key: 'employees',
    type: 'integer',
    zh: '从业人数',
    en: 'Employees',
    required: false,
    example: 320,
    read: readWholeNumber,
  },
];

/** The export's column of the same field (its keys name the list's fields, not ids). */
const exportKeys: Record<string, string> = { parkId: 'park', chainIds: 'chains' };

/** A firm list exported from the app comes back in: its headers name the same columns. */
const columnsWithExportHeaders = columns.map((column) => {
  const exported = firmColumns.find(
    (candidate) => candidate.key === (exportKeys[column.key] ?? column.key),
  );
  return exported ? { ...column, aliases: Object.values(exported.header) } : column;
});

/** Firms match on their 统一社会信用代码; the name may be corrected by the import. */
export const firmImport: ImportKindSpec = {
  name: 'firms',
  entity: firmKind as never,
  columns: columnsWithExportHeaders,
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
