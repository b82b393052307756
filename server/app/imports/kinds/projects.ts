import { inArray } from 'drizzle-orm';
import { projectCreateSchema } from '../../../contract/writes';
import { projects } from '../../../db/schema';
import { projectKind } from '../../writes/kinds';
import { readChoice, readDate, readNumber, readText, readWholeNumber } from '../cells';
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
  chainColumn(true),
  {
    key: 'name',
    type: 'text',
    zh: '项目名称',
    en: 'Project',
    required: true,
    example: '示例智能终端扩产项目',
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
    key: 'firmId',
    type: 'text',
    zh: '投资企业',
    en: 'Firm',
    required: false,
    example: (sample) => sample.firm,
    read: (cell, references) => readReference(cell, references.firms),
    show: (value, references) => references.firms.labelOf(value as number | null),
  },
  {
    key: 'origin',
    type: 'text',
    zh: '项目来源',
    en: 'Origin',
    required: true,
    example: '招商引资',
    read: (cell) => readChoice(cell, choiceLabels.projectOrigin),
  },
  {
    key: 'investmentYi',
    type: 'number',
    zh: '总投资（亿元）',
    en: 'Investment (100m yuan)',
    required: true,
    example: 8.5,
    read: readNumber,
  },
  {
    key: 'stage',
    type: 'text',
    zh: '项目阶段',
    en: 'Stage',
    required: true,
    example: '已开工',
    read: (cell) => readChoice(cell, choiceLabels.projectStage),
  },
  {
    key: 'signedOn',
    type: 'date',
    zh: '签约日期',
    en: 'Signed on',
    required: true,
    example: '2026-03-18',
    read: readDate,
  },
  {
    key: 'startedOn',
    type: 'date',
    zh: '开工日期',
    en: 'Started on',
    required: false,
    example: '2026-05-20',
    read: readDate,
  },
  {
    key: 'productionOn',
    type: 'date',
    zh: '投产日期',
    en: 'In production on',
    required: false,
    example: '',
    read: readDate,
  },
  {
    key: 'plannedProductionOn',
    type: 'date',
    zh: '计划投产日期',
    en: 'Planned production',
    required: false,
    example: '2027-06-30',
    read: readDate,
  },
  {
    key: 'progress',
    type: 'integer',
    zh: '进度（%）',
    en: 'Progress (%)',
    required: true,
    example: 35,
    read: readWholeNumber,
  },
];

/** Projects match on their chain and name. */
export const projectImport: ImportKindSpec = {
  name: 'projects',
  entity: projectKind as never,
  columns,
  schema: projectCreateSchema as never,
  toRecord(values, references) {
    const chainId = values.chainId as number | null;
    if (chainId === null) return { problem: { column: 'chainId', code: 'required' } };
    const name = values.name as string;
    return {
      record: {
        key: chainKey(chainId, name),
        keyLabel: `${references.chains.labelOf(chainId)} · ${name}`,
        chainIds: [chainId],
        identity: { chainId },
        values,
      },
    };
  },
  async loadExisting(tx, records) {
    const found = new Map<string, ExistingRecord | null>();
    const names = [...new Set(records.map((record) => record.values.name as string))];
    await inChunks(names, 5000, async (chunk) => {
      const rows = await tx.select().from(projects).where(inArray(projects.name, chunk));
      for (const row of rows) {
        const record = existingRecord(projectKind as never, row, [row.chainId]);
        addExisting(found, chainKey(row.chainId, row.name), record);
      }
    });
    return found;
  },
};
