import type { Context } from 'hono';
import { auditEventSchema } from '../../../contract/audit';
import type { SheetFormat, SheetLanguage } from '../../../contract/sheets';
import { cityToday, type AppEnv, type AppRouteHandler } from '../../context';
import { HttpError } from '../../errors';
import {
  sheetContentTypes,
  sheetLimits,
  toSheet,
  writeWorkbook,
  type Localized,
  type SheetColumn,
} from '../../sheets';
import { clusterColumns, clustersSheetName } from '../../sheets/columns/clusters';
import { firmColumns, firmsSheetName } from '../../sheets/columns/firms';
import { parkColumns, parksSheetName } from '../../sheets/columns/parks';
import { problemColumns, problemsSheetName } from '../../sheets/columns/problems';
import { projectColumns, projectsSheetName } from '../../sheets/columns/projects';
import { auditEventColumns, auditEventsSheetName } from '../../sheets/columns/audit-events';
import { findAuditPage } from '../audit/audit.queries';
import { authoriseAdmin } from '../../writes/authorise';
import { chains } from '../../../db/schema';
import { policiesSheetName, policyColumns } from '../../sheets/columns/policies';
import { findPolicies } from '../chains/chain-detail.queries';
import type { Database } from '../../../db/database';
import {
  indicatorValueColumns,
  indicatorValuesSheetName,
  type IndicatorValueSheetRow,
} from '../../sheets/columns/indicator-values';
import { loadChainIndicators } from '../chains/chain-indicators';
import { asc, eq } from 'drizzle-orm';
import { findClusterItems } from '../clusters/clusters.handlers';
import { findFirmItems } from '../firms/firms.handlers';
import { findParkItems } from '../parks/parks.handlers';
import { findProblems } from '../problems/problems.queries';
import { findProjects } from '../projects/projects.queries';
import { toProblemListItem } from '../../queries/problems';
import { toProjectListItem } from '../../queries/projects';
import type * as routes from './exports.routes';

/**
 * The most rows one export holds: what the importer reads, so every export can be imported back.
 * The list's own query runs as one page of this size.
 */
const EXPORT_ROWS = sheetLimits.dataRows;
const allRows = { page: 1, pageSize: EXPORT_ROWS };

export const parks: AppRouteHandler<typeof routes.parks> = async (c) => {
  const query = c.req.valid('query');
  const page = await findParkItems(c.var.db, { ...query, ...allRows });
  return sendList(c, { name: parksSheetName, fileKey: 'parks', columns: parkColumns }, query, page);
};

export const firms: AppRouteHandler<typeof routes.firms> = async (c) => {
  const query = c.req.valid('query');
  const { items, total } = await findFirmItems(c.var.db, { ...query, ...allRows });
  return sendList(c, { name: firmsSheetName, fileKey: 'firms', columns: firmColumns }, query, {
    items,
    total,
  });
};

export const clusters: AppRouteHandler<typeof routes.clusters> = async (c) => {
  const query = c.req.valid('query');
  const page = await findClusterItems(c.var.db, { ...query, ...allRows });
  const list = { name: clustersSheetName, fileKey: 'clusters', columns: clusterColumns };
  return sendList(c, list, query, page);
};

export const projects: AppRouteHandler<typeof routes.projects> = async (c) => {
  const query = c.req.valid('query');
  const { rows, total } = await findProjects(c.var.db, { ...query, ...allRows }, cityToday(c));
  const list = { name: projectsSheetName, fileKey: 'projects', columns: projectColumns };
  return sendList(c, list, query, { items: rows.map(toProjectListItem), total });
};

export const problems: AppRouteHandler<typeof routes.problems> = async (c) => {
  const query = c.req.valid('query');
  const { rows, total } = await findProblems(c.var.db, { ...query, ...allRows }, cityToday(c));
  const list = { name: problemsSheetName, fileKey: 'problems', columns: problemColumns };
  return sendList(c, list, query, { items: rows.map(toProblemListItem), total });
};

export const audit: AppRouteHandler<typeof routes.audit> = async (c) => {
  authoriseAdmin(c.var.user);
  const { format, lang, ...filter } = c.req.valid('query');
  const [{ items, total }, nameOf] = await Promise.all([
    findAuditPage(c.var.db, filter, allRows),
    chainNames(c.var.db),
  ]);
  const rows = items.map((event) => ({
    ...auditEventSchema.parse(event),
    chainName: event.chainId === null ? null : (nameOf.get(event.chainId) ?? null),
  }));
  const list = { name: auditEventsSheetName, fileKey: 'audit', columns: auditEventColumns };
  return sendList(c, list, { format, lang }, { items: rows, total });
};

export const policies: AppRouteHandler<typeof routes.policies> = async (c) => {
  const { chain, ...file } = c.req.valid('query');
  const [rows, nameOf] = await Promise.all([findPolicies(c.var.db, chain), chainNames(c.var.db)]);
  const items = rows.map((policy) => ({ ...policy, chainName: nameOf.get(policy.chainId) ?? '' }));
  const list = { name: policiesSheetName, fileKey: 'policies', columns: policyColumns };
  return sendList(c, list, file, { items, total: items.length });
};

export const indicatorValues: AppRouteHandler<typeof routes.indicatorValues> = async (c) => {
  const { chain, ...file } = c.req.valid('query');
  const items = await findIndicatorValueRows(c.var.db, chain);
  const list = {
    name: indicatorValuesSheetName,
    fileKey: 'indicator-values',
    columns: indicatorValueColumns,
  };
  return sendList(c, list, file, { items, total: items.length });
};

/** Each chain's indicators as its chain page loads them, one row per period's figure. */
async function findIndicatorValueRows(
  db: Database,
  chainId?: number,
): Promise<IndicatorValueSheetRow[]> {
  const chainRows = await db
    .select({ id: chains.id, code: chains.code, name: chains.name })
    .from(chains)
    .where(chainId === undefined ? undefined : eq(chains.id, chainId))
    .orderBy(asc(chains.sortOrder), asc(chains.id));
  const perChain = await Promise.all(
    chainRows.map(async (chain) =>
      (await loadChainIndicators(db, chain.id)).flatMap((indicator) =>
        indicator.values.map((value) => ({
          chainCode: chain.code,
          chainName: chain.name,
          indicatorCode: indicator.code,
          indicatorName: indicator.name,
          unit: indicator.unit,
          period: value.period,
          value: value.value,
          target: value.target,
          warningThreshold: value.warningThreshold,
          excellentThreshold: value.excellentThreshold,
        })),
      ),
    ),
  );
  return perChain.flat();
}

/** Every chain's name by its id, for rows that carry only the id. */
async function chainNames(db: Database): Promise<Map<number, string>> {
  const rows = await db.select({ id: chains.id, name: chains.name }).from(chains);
  return new Map(rows.map((chain) => [chain.id, chain.name]));
}

interface ExportedList<Row> {
  name: Localized;
  /** The ASCII file name for clients that cannot read the Chinese one. */
  fileKey: string;
  columns: readonly SheetColumn<Row>[];
}

async function sendList<Row>(
  c: Context<AppEnv>,
  list: ExportedList<Row>,
  query: { format?: SheetFormat; lang?: SheetLanguage },
  { items, total }: { items: Row[]; total: number },
) {
  if (total > EXPORT_ROWS) {
    throw new HttpError(
      400,
      'invalid_request',
      `The list has ${total} rows, more than ${EXPORT_ROWS} fit in one export; narrow the filters`,
    );
  }
  const format = query.format ?? 'xlsx';
  const language = query.lang ?? 'zh-CN';
  const bytes = await writeWorkbook([toSheet(list.name, list.columns, items, language)], format);
  const day = cityToday(c);
  return sendFile(c, bytes, format, {
    readable: `${list.name[language]}_${day}.${format}`,
    ascii: `${list.fileKey}_${day}.${format}`,
  });
}

/** An attachment with its name twice: plain ASCII, and UTF-8 per RFC 5987 for 企业_….xlsx. */
function sendFile(
  c: Context<AppEnv>,
  bytes: Uint8Array,
  format: SheetFormat,
  fileName: { readable: string; ascii: string },
) {
  c.header('Content-Type', sheetContentTypes[format]);
  c.header(
    'Content-Disposition',
    `attachment; filename="${fileName.ascii}"; filename*=UTF-8''${encodeURIComponent(fileName.readable)}`,
  );
  return c.body(bytes as Uint8Array<ArrayBuffer>, 200);
}
