import { and, asc, eq, inArray, isNull, notExists } from 'drizzle-orm';
import type { Context } from 'hono';
import type { SessionUser } from '../../../contract/auth';
import type { ImportKind } from '../../../contract/imports';
import {
  chainLinks,
  chains,
  departments,
  firmChains,
  firms,
  indicators,
  leads,
  parks,
  targetFirmChains,
  targetFirms,
} from '../../../db/schema';
import type { AppEnv, AppRouteHandler } from '../../context';
import type { Database } from '../../../db/database';
import { hasPermission } from '../../auth/permissions';
import { forbidden, invalidField } from '../../errors';
import { importSpecs } from '../../imports';
import type { TemplateSample } from '../../imports/import-kind';
import { planImport, previewOf, previewToken } from '../../imports/plan';
import { ImportChangedError, ImportRejectedError } from '../../imports/problems';
import { writePlan } from '../../imports/write-plan';
import { readSheetFile, sheetContentTypes, writeWorkbook } from '../../sheets';
import { isUniqueViolation, runCreate } from '../../writes/run-write';
import type * as routes from './imports.routes';

/**
 * Importing is editing: editors only for their chains (checked per row), the administrators
 * everywhere; viewers and departments (which only handle their problems) not at all.
 */
function mayImport(user: SessionUser) {
  if (user.role === 'viewer' || user.role === 'department') {
    throw forbidden('This role may not import');
  }
}

async function readUpload(c: Context<AppEnv>, name: string | undefined) {
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  return { bytes, sheet: await readSheetFile(bytes, name) };
}

const fileNames: Record<ImportKind, string> = {
  firms: '企业导入模板',
  projects: '项目导入模板',
  problems: '企业问题导入模板',
  'indicator-values': '指标数据导入模板',
  leads: '招商线索导入模板',
};

/** Real records for the example row: the user's first chain, and what it has. */
async function templateSample(db: Database, user: SessionUser): Promise<TemplateSample> {
  const chainRows = await db
    .select({ id: chains.id, name: chains.name })
    .from(chains)
    .where(
      hasPermission(user.role, 'write_all_chains')
        ? undefined
        : inArray(chains.id, [0, ...user.chainIds]),
    )
    .orderBy(asc(chains.sortOrder))
    .limit(1);
  const chain = chainRows[0];
  const chainId = chain?.id ?? 0;
  const [park] = await db.select({ name: parks.name }).from(parks).orderBy(asc(parks.id)).limit(1);
  const [firm] = await db
    .select({ name: firms.name, code: firms.creditCode })
    .from(firms)
    .innerJoin(firmChains, eq(firmChains.firmId, firms.id))
    .where(eq(firmChains.chainId, chainId))
    .orderBy(asc(firms.id))
    .limit(1);
  const [department] = await db
    .select({ name: departments.name })
    .from(departments)
    .orderBy(asc(departments.id))
    .limit(1);
  // Higher is better, so the example's warning < target < excellent is in order.
  const [indicator] = await db
    .select({ code: indicators.code })
    .from(indicators)
    .where(and(eq(indicators.chainId, chainId), eq(indicators.direction, 'higher_is_better')))
    .orderBy(asc(indicators.sortOrder))
    .limit(1);
  // A new lead: a target firm of the chain courted for a gap it has no lead on yet.
  const [gap] = await db
    .select({ firm: targetFirms.name, code: targetFirms.creditCode, link: chainLinks.name })
    .from(targetFirms)
    .innerJoin(targetFirmChains, eq(targetFirmChains.targetFirmId, targetFirms.id))
    .innerJoin(chainLinks, eq(chainLinks.chainId, targetFirmChains.chainId))
    .where(
      and(
        eq(targetFirmChains.chainId, chainId),
        isNull(targetFirms.withdrawnAt),
        isNull(chainLinks.withdrawnAt),
        inArray(chainLinks.strength, ['weak', 'missing']),
        notExists(
          db
            .select({ id: leads.id })
            .from(leads)
            .where(
              and(
                eq(leads.chainId, chainLinks.chainId),
                eq(leads.targetFirmId, targetFirms.id),
                eq(leads.linkId, chainLinks.id),
              ),
            ),
        ),
      ),
    )
    .orderBy(asc(targetFirms.id), asc(chainLinks.id))
    .limit(1);
  return {
    chain: chain?.name ?? '',
    park: park?.name ?? '',
    firm: firm?.code ?? firm?.name ?? '',
    department: department?.name ?? '',
    indicator: indicator?.code ?? '',
    targetFirm: gap?.code ?? gap?.firm ?? '',
    gapLink: gap?.link ?? '',
  };
}

export const template: AppRouteHandler<typeof routes.template> = async (c) => {
  const user = c.var.user;
  mayImport(user);
  const { kind } = c.req.valid('param');
  const { format } = c.req.valid('query');
  const spec = importSpecs[kind];
  const sample = await templateSample(c.var.db, user);
  const bytes = await writeWorkbook(
    [
      {
        name: fileNames[kind],
        columns: spec.columns.map(({ sheet }) => ({
          header: sheet.header['zh-CN'],
          type: sheet.type,
          ...(sheet.numberFormat ? { numberFormat: sheet.numberFormat } : {}),
        })),
        rows: [
          spec.columns.map((column) =>
            typeof column.example === 'function' ? column.example(sample) : column.example,
          ),
        ],
      },
    ],
    format,
  );
  const fileName = encodeURIComponent(`${fileNames[kind]}.${format}`);
  return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
    'content-type': sheetContentTypes[format],
    'content-disposition': `attachment; filename="${kind}-template.${format}"; filename*=UTF-8''${fileName}`,
  }) as never;
};

export const preview: AppRouteHandler<typeof routes.preview> = async (c) => {
  const user = c.var.user;
  mayImport(user);
  const { kind } = c.req.valid('param');
  const { bytes, sheet } = await readUpload(c, c.req.valid('query').name);
  const spec = importSpecs[kind];
  const plan = await c.var.db.transaction((tx) => planImport(tx, user, spec, sheet));
  // A header the list cannot be read by is the file's problem, not a row's: nothing to preview.
  if (plan.problems.some((problem) => problem.row === null)) {
    throw new ImportRejectedError(plan.problems);
  }
  const token = await previewToken(kind, bytes as Uint8Array<ArrayBuffer>, plan);
  return c.json(previewOf(spec, plan, token), 200);
};

export const commit: AppRouteHandler<typeof routes.commit> = async (c) => {
  const user = c.var.user;
  mayImport(user);
  const { kind } = c.req.valid('param');
  const { name, preview: token } = c.req.valid('query');
  if (!token) throw invalidField('preview', 'is required: preview the file first');
  const { bytes, sheet } = await readUpload(c, name);
  const spec = importSpecs[kind];
  const committing = runCreate(c, bytes, async (write) => {
    const plan = await planImport(write.tx, user, spec, sheet);
    if (plan.problems.length > 0) {
      // Rows of chains the user may not edit make the whole import a forbidden write.
      const forbiddenRows = plan.problems.some((problem) => problem.code === 'not_editable');
      throw new ImportRejectedError(plan.problems, forbiddenRows ? 403 : 400);
    }
    if ((await previewToken(kind, bytes as Uint8Array<ArrayBuffer>, plan)) !== token) {
      throw new ImportChangedError();
    }
    await writePlan(write, spec, plan);
    return {
      kind,
      inserted: plan.inserts.length,
      updated: plan.updates.length,
      unchanged: plan.unchanged.length,
    };
  });
  // Another import committed the same new record (a credit code) while this one was writing:
  // its rows are no longer new, so the plan is stale like a changed record's.
  const answer = await committing.catch((error: unknown) => {
    throw isUniqueViolation(error) ? new ImportChangedError() : error;
  });
  return c.json(answer.body as never, 201);
};
