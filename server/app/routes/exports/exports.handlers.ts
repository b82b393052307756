import type { Context } from 'hono';
import { auditEventSchema } from '../../../contract/audit';
import {
  clusterExportQuerySchema,
  firmExportQuerySchema,
  parkExportQuerySchema,
  problemExportQuerySchema,
  projectExportQuerySchema,
} from '../../../contract/exports';
import type { SheetFormat, SheetLanguage } from '../../../contract/sheets';
import { cityToday, supervisionClock, type AppEnv, type AppRouteHandler } from '../../context';
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
import { meetingColumns, meetingsSheetName } from '../../sheets/columns/meetings';
import { projectColumns, projectsSheetName } from '../../sheets/columns/projects';
import { leadColumns, leadsSheetName } from '../../sheets/columns/leads';
import { changeColumns, changesSheetName } from '../../sheets/columns/changes';
import { loadChanges } from '../changes/changes.queries';
import { findLeads, toLeadListItem } from '../leads/leads.queries';
import {
  auditEventColumns,
  auditEventsSheetName,
  type AuditEventSheetRow,
} from '../../sheets/columns/audit-events';
import {
  securityEventColumns,
  securityEventsSheetName,
} from '../../sheets/columns/security-events';
import { findAuditPage, type AuditFilter } from '../audit/audit.queries';
import { findSecurityEventPage } from '../security/security-events.queries';
import { eventOfRequest, recordSecurityEvent } from '../../security/events';
import { authorise, hasPermission } from '../../auth/permissions';
import { chains } from '../../../db/schema';
import {
  policiesSheetName,
  policyColumns,
  type PolicySheetRow,
} from '../../sheets/columns/policies';
import type { ProblemListQuery } from '../../../contract/problems';
import type { ProjectListItem, ProjectListQuery } from '../../../contract/projects';
import { findPolicies } from '../chains/chain-detail.queries';
import type { Database } from '../../../db/database';
import {
  indicatorValueColumns,
  indicatorValuesSheetName,
  type IndicatorValueSheetRow,
} from '../../sheets/columns/indicator-values';
import { loadChainIndicators } from '../chains/chain-indicators';
import { asc, eq } from 'drizzle-orm';
import { findClusterItems } from '../clusters/clusters.queries';
import { findFirmItems } from '../firms/firms.queries';
import { findParkItems } from '../parks/parks.queries';
import { findProblems } from '../problems/problems.queries';
import { findMeetings, toMeetingListItem } from '../meetings/meetings.queries';
import { findProjects } from '../projects/projects.queries';
import { toProblemDetail, type ProblemFacts } from '../../queries/problems';
import { toProjectListItem } from '../../queries/projects';
import type * as routes from './exports.routes';

/**
 * The most rows one export holds: what the importer reads, so every export can be imported back.
 * The list's own query runs as one page of this size.
 */
const EXPORT_ROWS = sheetLimits.dataRows;
const allRows = { page: 1, pageSize: EXPORT_ROWS };

const parkList = { name: parksSheetName, fileKey: 'parks', columns: parkColumns };
const firmList = { name: firmsSheetName, fileKey: 'firms', columns: firmColumns };
const clusterList = { name: clustersSheetName, fileKey: 'clusters', columns: clusterColumns };
const projectList = { name: projectsSheetName, fileKey: 'projects', columns: projectColumns };
const leadList = { name: leadsSheetName, fileKey: 'leads', columns: leadColumns };
const meetingList = { name: meetingsSheetName, fileKey: 'meetings', columns: meetingColumns };
const changeList = { name: changesSheetName, fileKey: 'changes', columns: changeColumns };
const problemList = { name: problemsSheetName, fileKey: 'problems', columns: problemColumns };
const policyList = { name: policiesSheetName, fileKey: 'policies', columns: policyColumns };
const indicatorValueList = {
  name: indicatorValuesSheetName,
  fileKey: 'indicator-values',
  columns: indicatorValueColumns,
};
const auditList = { name: auditEventsSheetName, fileKey: 'audit', columns: auditEventColumns };
const securityEventList = {
  name: securityEventsSheetName,
  fileKey: 'security-events',
  columns: securityEventColumns,
};

export const parks: AppRouteHandler<typeof routes.parks> = async (c) => {
  const query = c.req.valid('query');
  return sendList(c, parkList, query, await findParkItems(c.var.db, { ...query, ...allRows }));
};

export const firms: AppRouteHandler<typeof routes.firms> = async (c) => {
  const query = c.req.valid('query');
  return sendList(c, firmList, query, await findFirmItems(c.var.db, { ...query, ...allRows }));
};

export const clusters: AppRouteHandler<typeof routes.clusters> = async (c) => {
  const query = c.req.valid('query');
  const page = await findClusterItems(c.var.db, { ...query, ...allRows });
  return sendList(c, clusterList, query, page);
};

export const projects: AppRouteHandler<typeof routes.projects> = async (c) => {
  const query = c.req.valid('query');
  return sendList(c, projectList, query, await findProjectItems(c, query));
};

export const problems: AppRouteHandler<typeof routes.problems> = async (c) => {
  const query = c.req.valid('query');
  return sendList(c, problemList, query, await findProblemItems(c, query));
};

/** The leads list as a file: the list's filters and sort, every matching row. */
export const leads: AppRouteHandler<typeof routes.leads> = async (c) => {
  const query = c.req.valid('query');
  const { rows, total } = await findLeads(c.var.db, { ...query, ...allRows }, cityToday(c));
  return sendList(c, leadList, query, { items: rows.map(toLeadListItem), total });
};

/** The meeting list as a file: its filters and sort, every matching meeting not withdrawn. */
export const meetings: AppRouteHandler<typeof routes.meetings> = async (c) => {
  const query = c.req.valid('query');
  const { rows, total } = await findMeetings(c.var.db, { ...query, ...allRows });
  return sendList(c, meetingList, query, { items: rows.map(toMeetingListItem), total });
};

/** The what-changed brief as a file: every change of the window, section by section. */
export const changes: AppRouteHandler<typeof routes.changes> = async (c) => {
  const { format, lang, ...query } = c.req.valid('query');
  const brief = await loadChanges(c.var.db, query, cityToday(c));
  const items = brief.sections.flatMap(({ section, items }) =>
    items.map((item) => ({ ...item, section })),
  );
  return sendList(c, changeList, { format, lang }, { items, total: items.length });
};

export const audit: AppRouteHandler<typeof routes.audit> = async (c) => {
  authorise(c.var.user, 'read_change_audit');
  const { format, lang, ...filter } = c.req.valid('query');
  return sendList(c, auditList, { format, lang }, await findAuditRows(c.var.db, filter));
};

/**
 * Taking a copy of the security audit is itself a security event: who, which filters, how many
 * rows. Recorded once the file is made, so a refused export (too many rows) records nothing.
 */
export const securityEvents: AppRouteHandler<typeof routes.securityEvents> = async (c) => {
  authorise(c.var.user, 'read_security_audit');
  const { format = 'xlsx', lang, ...filter } = c.req.valid('query');
  const page = await findSecurityEventPage(c.var.db, filter, allRows);
  const file = await sendList(c, securityEventList, { format, lang }, page);
  await recordSecurityEvent(
    c.var.db,
    eventOfRequest(c, {
      type: 'security_audit_export',
      result: 'success',
      object: 'security_events',
      detail: { format, filters: filter, rows: page.total },
    }),
  );
  return file;
};

export const policies: AppRouteHandler<typeof routes.policies> = async (c) => {
  const { chain, ...file } = c.req.valid('query');
  return sendList(c, policyList, file, await findPolicyRows(c.var.db, chain));
};

export const indicatorValues: AppRouteHandler<typeof routes.indicatorValues> = async (c) => {
  const { chain, ...file } = c.req.valid('query');
  return sendList(c, indicatorValueList, file, await findIndicatorValueRows(c.var.db, chain));
};

/**
 * Every list unfiltered in its default sort (its query schema's defaults), a sheet each, in one workbook; the audit trail only
 * for administrators.
 */
export const all: AppRouteHandler<typeof routes.all> = async (c) => {
  const language = c.req.valid('query').lang ?? 'zh-CN';
  const db = c.var.db;
  const sheets = await Promise.all([
    findFirmItems(db, { ...firmExportQuerySchema.parse({}), ...allRows }).then((page) =>
      sheetOf(firmList, page, language),
    ),
    findParkItems(db, { ...parkExportQuerySchema.parse({}), ...allRows }).then((page) =>
      sheetOf(parkList, page, language),
    ),
    findClusterItems(db, { ...clusterExportQuerySchema.parse({}), ...allRows }).then((page) =>
      sheetOf(clusterList, page, language),
    ),
    findProjectItems(c, projectExportQuerySchema.parse({})).then((page) =>
      sheetOf(projectList, page, language),
    ),
    findProblemItems(c, problemExportQuerySchema.parse({})).then((page) =>
      sheetOf(problemList, page, language),
    ),
    findPolicyRows(db).then((page) => sheetOf(policyList, page, language)),
    findIndicatorValueRows(db).then((page) => sheetOf(indicatorValueList, page, language)),
    ...(hasPermission(c.var.user.role, 'read_change_audit')
      ? [findAuditRows(db, {}).then((page) => sheetOf(auditList, page, language))]
      : []),
  ]);
  const day = cityToday(c);
  return sendFile(c, await writeWorkbook(sheets, 'xlsx'), 'xlsx', {
    readable: `${allSheetsName[language]}_${day}.xlsx`,
    ascii: `chainboard_${day}.xlsx`,
  });
};

const allSheetsName: Localized = { 'zh-CN': '全部数据', 'en-US': 'All data' };

type Page<Row> = { items: Row[]; total: number };

async function findProjectItems(
  c: Context<AppEnv>,
  query: Omit<ProjectListQuery, 'page' | 'pageSize'>,
): Promise<Page<ProjectListItem>> {
  const { rows, total } = await findProjects(c.var.db, { ...query, ...allRows }, cityToday(c));
  return { items: rows.map(toProjectListItem), total };
}

async function findProblemItems(
  c: Context<AppEnv>,
  query: Omit<ProblemListQuery, 'page' | 'pageSize'>,
): Promise<Page<ProblemFacts>> {
  const { rows, total } = await findProblems(
    c.var.db,
    { ...query, ...allRows },
    supervisionClock(c),
  );
  return { items: rows.map(toProblemDetail), total };
}

/** The audit page's query, each event with its chain named. */
async function findAuditRows(db: Database, filter: AuditFilter): Promise<Page<AuditEventSheetRow>> {
  const [{ items, total }, nameOf] = await Promise.all([
    findAuditPage(db, filter, allRows),
    chainNames(db),
  ]);
  const rows = items.map((event) => ({
    ...auditEventSchema.parse(event),
    chainName: event.chainId === null ? null : (nameOf.get(event.chainId) ?? null),
  }));
  return { items: rows, total };
}

/** The chain page's policy query, each policy with its chain named. */
async function findPolicyRows(db: Database, chainId?: number): Promise<Page<PolicySheetRow>> {
  const [rows, nameOf] = await Promise.all([findPolicies(db, chainId), chainNames(db)]);
  const items = rows.map((policy) => ({ ...policy, chainName: nameOf.get(policy.chainId) ?? '' }));
  return { items, total: items.length };
}

/** Each chain's indicators as its chain page loads them, one row per period's figure. */
async function findIndicatorValueRows(
  db: Database,
  chainId?: number,
): Promise<Page<IndicatorValueSheetRow>> {
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
          asOf: value.asOf,
          source: value.source,
          enteredBy: value.enteredBy?.displayName ?? null,
          enteredAt: value.enteredAt === null ? null : new Date(value.enteredAt),
        })),
      ),
    ),
  );
  const items = perChain.flat();
  return { items, total: items.length };
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
  page: Page<Row>,
) {
  const format = query.format ?? 'xlsx';
  const language = query.lang ?? 'zh-CN';
  const bytes = await writeWorkbook([sheetOf(list, page, language)], format);
  const day = cityToday(c);
  return sendFile(c, bytes, format, {
    readable: `${list.name[language]}_${day}.${format}`,
    ascii: `${list.fileKey}_${day}.${format}`,
  });
}

function sheetOf<Row>(
  list: ExportedList<Row>,
  { items, total }: Page<Row>,
  language: SheetLanguage,
) {
  if (total > EXPORT_ROWS) {
    throw new HttpError(
      400,
      'invalid_request',
      `The list has ${total} rows, more than ${EXPORT_ROWS} fit in one export; narrow the filters`,
    );
  }
  return toSheet(list.name, list.columns, items, language);
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
