import { inArray } from 'drizzle-orm';
import { problemCreateSchema } from '../../../contract/writes';
import { problems } from '../../../db/schema';
import { problemKind } from '../../writes/kinds';
import { readChoice, readDate, readText } from '../cells';
import { inChunks } from '../chunks';
import {
  addExisting,
  existingRecord,
  type ExistingRecord,
  type ImportColumn,
  type ImportKindSpec,
} from '../import-kind';
import { choiceLabels } from '../labels';
import { readReference } from '../references';
import { chainColumn, chainKey } from './chain-column';

const columns: ImportColumn[] = [
  // Blank: a city-wide problem, which only administrators may record.
  chainColumn(true),
  {
    key: 'title',
    type: 'text',
    zh: '问题标题',
    en: 'Problem',
    required: true,
    example: '用地指标不足',
    read: readText,
  },
  {
    key: 'firmId',
    type: 'text',
    zh: '反映企业',
    en: 'Firm',
    required: false,
    example: (sample) => sample.firm,
    read: (cell, references) => readReference(cell, references.firms),
    show: (value, references) => references.firms.labelOf(value as number | null),
  },
  {
    key: 'category',
    type: 'text',
    zh: '问题类别',
    en: 'Category',
    required: true,
    example: '要素保障',
    read: readText,
  },
  {
    key: 'detail',
    type: 'text',
    zh: '问题描述',
    en: 'Detail',
    required: false,
    example: '扩产项目缺少约 50 亩工业用地。',
    read: readText,
  },
  {
    key: 'raisedOn',
    type: 'date',
    zh: '收集日期',
    en: 'Raised on',
    required: true,
    example: '2026-04-02',
    read: readDate,
  },
  {
    key: 'ownerDepartmentId',
    type: 'text',
    zh: '责任部门',
    en: 'Owner department',
    required: false,
    example: (sample) => sample.department,
    read: (cell, references) => readReference(cell, references.departments),
    show: (value, references) => references.departments.labelOf(value as number | null),
  },
  {
    key: 'deadline',
    type: 'date',
    zh: '办理时限',
    en: 'Deadline',
    required: false,
    example: '2026-06-30',
    read: readDate,
  },
  {
    key: 'status',
    type: 'text',
    zh: '办理状态',
    en: 'Status',
    required: true,
    example: '已交办',
    read: (cell) => readChoice(cell, choiceLabels.problemStatus),
  },
  {
    key: 'resolvedOn',
    type: 'date',
    zh: '办结日期',
    en: 'Resolved on',
    required: false,
    example: '',
    read: readDate,
  },
  {
    key: 'feedback',
    type: 'text',
    zh: '办理反馈',
    en: 'Feedback',
    required: false,
    example: '',
    read: readText,
  },
];

/** Problems match on their chain, title and the day they were raised. */
export const problemImport: ImportKindSpec = {
  name: 'problems',
  entity: problemKind as never,
  columns,
  schema: problemCreateSchema as never,
  toRecord(values, references) {
    const chainId = values.chainId as number | null;
    const title = values.title as string;
    const raisedOn = values.raisedOn as string;
    return {
      record: {
        key: chainKey(chainId, title, raisedOn),
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
        addExisting(found, chainKey(row.chainId, row.title, row.raisedOn), record);
      }
    });
    return found;
  },
};
