import { z } from 'zod';
import { inArray } from 'drizzle-orm';
import { projectOriginLabels, projectStageLabels } from '../../sheets/columns/labels';
import { projectColumns } from '../../sheets/columns/projects';
import { projectCreateSchema } from '../../../contract/writes';
import { projects } from '../../../db/schema';
import { projectKind } from '../../writes/kinds';
import { readChoice, readDate, readNumber, readText, readWholeNumber } from '../cells';
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

const columns = importColumns(projectColumns, {
  chain: chainColumn(true),
  name: {
    required: true,
    example: '示例智能终端扩产项目',
    read: readText,
  },
  park: {
    field: 'parkId',
    required: false,
    example: (sample) => sample.park,
    read: (cell, references) => readReference(cell, references.parks),
    show: (value, references) => references.parks.labelOf(value as number | null),
  },
  firm: {
    field: 'firmId',
    required: false,
    example: (sample) => sample.firm,
    read: (cell, references) => readReference(cell, references.firms),
    show: (value, references) => references.firms.labelOf(value as number | null),
  },
  origin: {
    required: true,
    example: '招商引资',
    read: (cell) => readChoice(cell, projectOriginLabels),
  },
  investmentYi: {
    required: true,
    example: 8.5,
    read: readNumber,
  },
  stage: {
    required: true,
    example: '已开工',
    read: (cell) => readChoice(cell, projectStageLabels),
  },
  signedOn: {
    required: true,
    example: '2026-03-18',
    read: readDate,
  },
  startedOn: {
    required: false,
    example: '2026-05-20',
    read: readDate,
  },
  productionOn: {
    required: false,
    example: '',
    read: readDate,
  },
  plannedProductionOn: {
    required: false,
    example: '2027-06-30',
    read: readDate,
  },
  progress: {
    required: true,
    example: 35,
    read: readWholeNumber,
  },
});

/**
 * The sheet has no link or campaign column (those are picked on the 招商 screens): a row is
 * checked as if it named none, and its record leaves them out, so an update keeps the stored
 * ones and an insert has none.
 */
const projectRowSchema = z.preprocess(
  (raw) => ({ linkId: null, campaignId: null, ...(raw as object) }),
  projectCreateSchema,
);

/** Projects match on their chain and name. */
export const projectImport: ImportKindSpec = {
  name: 'projects',
  entity: projectKind as never,
  sheetColumns: projectColumns as never,
  columns,
  schema: projectRowSchema as never,
  toRecord(values, references) {
    const chainId = values.chainId as number | null;
    if (chainId === null) return { problem: { column: 'chainId', code: 'required' } };
    const name = values.name as string;
    const rowValues = Object.fromEntries(
      Object.entries(values).filter(([field]) => field !== 'linkId' && field !== 'campaignId'),
    );
    return {
      record: {
        key: chainKey(chainId, name),
        keyLabel: `${references.chains.labelOf(chainId)} · ${name}`,
        chainIds: [chainId],
        identity: { chainId },
        values: rowValues,
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
