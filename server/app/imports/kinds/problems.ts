import { inArray } from 'drizzle-orm';
import { problemStatusLabels } from '../../sheets/columns/labels';
import { problemColumns } from '../../sheets/columns/problems';
import { problemCreateSchema } from '../../../contract/writes';
import { problems } from '../../../db/schema';
import { problemKind } from '../../writes/kinds';
import { readChoice, readDate, readText } from '../cells';
import { inChunks } from '../chunks';
import {
  addExisting,
  existingRecord,
  type ExistingRecord,
  importColumns,
  type ImportKindSpec,
} from '../import-kind';
import { readReference } from '../references';
import { chainColumn, chainKey } from './chain-column';

const columns = importColumns(problemColumns, {
  // Blank: a city-wide problem, which only administrators may record.
  chain: chainColumn(true),
  title: {
    required: true,
    example: '用地指标不足',
    read: readText,
  },
  firm: {
    field: 'firmId',
    required: false,
    example: (sample) => sample.firm,
    read: (cell, references) => readReference(cell, references.firms),
    show: (value, references) => references.firms.labelOf(value as number | null),
  },
  category: {
    required: true,
    example: '要素保障',
    read: readText,
  },
  detail: {
    required: false,
    example: '扩产项目缺少约 50 亩工业用地。',
    read: readText,
  },
  raisedOn: {
    required: true,
    example: '2026-04-02',
    read: readDate,
  },
  ownerDepartment: {
    field: 'ownerDepartmentId',
    required: false,
    example: (sample) => sample.department,
    read: (cell, references) => readReference(cell, references.departments),
    show: (value, references) => references.departments.labelOf(value as number | null),
  },
  deadline: {
    required: false,
    example: '2026-06-30',
    read: readDate,
  },
  status: {
    required: true,
    example: '已交办',
    read: (cell) => readChoice(cell, problemStatusLabels),
  },
  resolvedOn: {
    required: false,
    example: '',
    read: readDate,
  },
  feedback: {
    required: false,
    example: '',
    read: readText,
  },
});

/**
 * Problems match on their chain, title, firm and the day they were raised: two firms may raise
 * the same problem on the same day.
 */
export const problemImport: ImportKindSpec = {
  name: 'problems',
  entity: problemKind as never,
  sheetColumns: problemColumns as never,
  columns,
  schema: problemCreateSchema as never,
  toRecord(values, references) {
    const chainId = values.chainId as number | null;
    const title = values.title as string;
    const raisedOn = values.raisedOn as string;
    return {
      record: {
        key: chainKey(chainId, title, String(values.firmId ?? ''), raisedOn),
        keyLabel: `${references.chains.labelOf(chainId) ?? '—'} · ${title} · ${raisedOn}`,
        chainIds: [chainId],
        identity: { chainId },
        values,
      },
    };
  },
  async loadExisting(tx, records) {
    const found = new Map<string, ExistingRecord | null>();
    const titles = [...new Set(records.map((record) => record.values.title as string))];
    await inChunks(titles, 5000, async (chunk) => {
      const rows = await tx.select().from(problems).where(inArray(problems.title, chunk));
      for (const row of rows) {
        const record = existingRecord(problemKind as never, row, [row.chainId]);
        const key = chainKey(row.chainId, row.title, String(row.firmId ?? ''), row.raisedOn);
        addExisting(found, key, record);
      }
    });
    return found;
  },
};
