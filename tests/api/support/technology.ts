import { eq } from 'drizzle-orm';
import type { Database } from '../../../server/db/database';
import { techAssistants, techMatches, techNeeds, techSupplies } from '../../../server/db/schema';
import type { App } from '../../../server/app/create-app';
import { write } from './investment';
import type { SampleIds, WriteRouteSample, WriteScope } from './writes';

/*
 * 科技创新 write samples for the authorization matrix and the HTTP fuzz test: each on a record of
 * chain A, made by an administrator first. Supplies are city-wide (administrators only).
 */

export const techNeedBody = (firmId: number) => ({
  firmId,
  title: '关键工艺良率提升',
  kind: 'process',
  description: null,
  urgency: 'high',
  raisedOn: '2026-05-01',
  status: 'open',
});

export const techSupplyBody = () => ({
  name: '示例大学',
  nameEn: null,
  kind: 'university',
  network: 'university_city',
  isLocal: false,
  field: '先进制造',
  offers: '联合研发',
  contact: null,
});

export const techAssistantBody = (chainId: number, firmId: number, supplyId: number | null) => ({
  name: '王晓明',
  supplyId,
  homeInstitute: '示例大学',
  batch: 3,
  termStartsOn: '2026-03-01',
  termEndsOn: null,
  chainIds: [chainId],
  firmIds: [firmId],
});

export const techMatchBody = (supplyId: number, assistantId: number | null) => ({
  supplyId,
  assistantId,
  stage: 'intent',
  startedOn: '2026-05-02',
  intentOn: '2026-05-20',
  contractOn: null,
  landedOn: null,
  failedOn: null,
  amountWan: null,
  projectId: null,
  note: null,
});

type Made = { id: number; version: number };

async function supplyMade(app: App, adminCookie: string) {
  return write<Made>(app, adminCookie, 'POST', '/api/tech-supplies', techSupplyBody());
}
async function needOfA(ids: SampleIds, app: App, adminCookie: string) {
  return write<Made>(app, adminCookie, 'POST', '/api/tech-needs', {
    chainId: ids.chainA,
    ...techNeedBody(ids.firmOfA),
  });
}
async function assistantOfA(ids: SampleIds, app: App, adminCookie: string) {
  const supply = await supplyMade(app, adminCookie);
  const body = techAssistantBody(ids.chainA, ids.firmOfA, supply.id);
  return write<Made>(app, adminCookie, 'POST', '/api/tech-assistants', body);
}
async function matchOfA(ids: SampleIds, app: App, adminCookie: string) {
  const [need, supply] = [await needOfA(ids, app, adminCookie), await supplyMade(app, adminCookie)];
  return write<Made>(app, adminCookie, 'POST', '/api/tech-matches', {
    needId: need.id,
    ...techMatchBody(supply.id, null),
  });
}

type Table = typeof techNeeds | typeof techSupplies | typeof techAssistants | typeof techMatches;

function recordSamples(
  base: string,
  scope: WriteScope,
  table: Table,
  make: (ids: SampleIds, app: App, adminCookie: string) => Promise<Made>,
  create: (ids: SampleIds, db: Database, app: App, adminCookie: string) => Promise<unknown>,
  change: (ids: SampleIds, app: App, adminCookie: string) => Promise<Record<string, unknown>>,
): Record<string, WriteRouteSample> {
  const current = async (db: Database, id: number) =>
    (await db.select({ version: table.version }).from(table).where(eq(table.id, id)))[0]?.version ??
    0;
  return {
    [`POST ${base}`]: {
      scope,
      build: async (ids, db, app, adminCookie) => ({
        method: 'POST',
        path: base,
        body: await create(ids, db, app, adminCookie),
      }),
    },
    [`PUT ${base}/{id}`]: {
      scope,
      build: async (ids, _db, app, adminCookie) => {
        const made = await make(ids, app, adminCookie);
        const body = await change(ids, app, adminCookie);
        return {
          method: 'PUT',
          path: `${base}/${made.id}`,
          body: { ...body, version: made.version },
        };
      },
    },
    [`POST ${base}/{id}/withdraw`]: {
      scope,
      build: async (ids, db, app, adminCookie) => {
        const { id } = await make(ids, app, adminCookie);
        return {
          method: 'POST',
          path: `${base}/${id}/withdraw`,
          body: { version: await current(db, id) },
        };
      },
    },
    [`POST ${base}/{id}/restore`]: {
      scope,
      build: async (ids, db, app, adminCookie) => {
        const { id } = await make(ids, app, adminCookie);
        const version = await current(db, id);
        await write(app, adminCookie, 'POST', `${base}/${id}/withdraw`, { version }, 200);
        return { method: 'POST', path: `${base}/${id}/restore`, body: { version: version + 1 } };
      },
    },
  };
}

export const technologyRouteSamples: Record<string, WriteRouteSample> = {
  ...recordSamples(
    '/api/tech-needs',
    'chain',
    techNeeds,
    needOfA,
    async (ids) => ({ chainId: ids.chainA, ...techNeedBody(ids.firmOfA) }),
    async (ids) => ({ ...techNeedBody(ids.firmOfA), status: 'matched' }),
  ),
  ...recordSamples(
    '/api/tech-supplies',
    'admin',
    techSupplies,
    (_ids, app, adminCookie) => supplyMade(app, adminCookie),
    async () => techSupplyBody(),
    async () => ({ ...techSupplyBody(), offers: '技术转让' }),
  ),
  ...recordSamples(
    '/api/tech-assistants',
    'chain',
    techAssistants,
    assistantOfA,
    async (ids) => techAssistantBody(ids.chainA, ids.firmOfA, null),
    async (ids) => ({ ...techAssistantBody(ids.chainA, ids.firmOfA, null), batch: 2 }),
  ),
  ...recordSamples(
    '/api/tech-matches',
    'chain',
    techMatches,
    matchOfA,
    async (ids, _db, app, adminCookie) => ({
      needId: (await needOfA(ids, app, adminCookie)).id,
      ...techMatchBody((await supplyMade(app, adminCookie)).id, null),
    }),
    async (_ids, app, adminCookie) => ({
      ...techMatchBody((await supplyMade(app, adminCookie)).id, null),
      note: '已签意向书',
    }),
  ),
};
