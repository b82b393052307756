import { and, asc, eq, isNull } from 'drizzle-orm';
import { expect } from 'vitest';
import type { App } from '../../../server/app/create-app';
import type { LinkStrength } from '../../../server/contract/domain';
import type { Database } from '../../../server/db/database';
import { chainLinks, leads, supplyItems, targetFirms, campaigns } from '../../../server/db/schema';
// Types only: writes.ts lists these samples, so a value import back would be a cycle.
import type { SampleIds, WriteRouteSample } from './writes';

/*
 * 补链招商 records made through the API for a test (the sample city's leads come from the sample
 * data, which these tests do not rely on).
 */

let counter = 0;
export const uniqueName = (prefix: string) =>
  `${prefix}${Date.now().toString(36)}${(counter += 1)}`;

/** POSTs or PUTs `body` and expects `status`; answers the body. */
export async function write<T = Record<string, unknown>>(
  app: App,
  cookie: string,
  method: 'POST' | 'PUT',
  path: string,
  body: unknown,
  status = method === 'POST' && !path.endsWith('/withdraw') && !path.endsWith('/restore')
    ? 201
    : 200,
  headers: Record<string, string> = {},
): Promise<T> {
  const response = await app.request(path, {
    method,
    headers: { 'content-type': 'application/json', cookie, ...headers },
    body: JSON.stringify(body),
  });
  const answer: unknown = await response.json();
  expect(response.status, `${method} ${path}: ${JSON.stringify(answer)}`).toBe(status);
  return answer as T;
}

/** A live link of the chain, set to `strength` for the test (straight in the database). */
export async function linkWithStrength(
  db: Database,
  chainId: number,
  strength: LinkStrength,
  skip = 0,
) {
  const rows = await db
    .select({ id: chainLinks.id, name: chainLinks.name })
    .from(chainLinks)
    .where(and(eq(chainLinks.chainId, chainId), isNull(chainLinks.withdrawnAt)))
    .orderBy(asc(chainLinks.id));
  const link = rows[skip];
  if (!link) throw new Error(`Chain ${chainId} has fewer than ${skip + 1} links`);
  await db.update(chainLinks).set({ strength }).where(eq(chainLinks.id, link.id));
  return link.id;
}

export const targetFirmBody = (chainIds: number[], linkIds: number[] = []) => ({
  name: uniqueName('目标企业'),
  nameEn: uniqueName('Target Co '),
  creditCode: null,
  hqProvince: '广东省',
  hqCity: '深圳市',
  products: '功率半导体',
  size: 'large',
  source: 'leader_recommendation',
  supplyItemId: null,
  chainIds,
  linkIds,
});

export const campaignBody = (chainIds: number[]) => ({
  name: uniqueName('招商推介会'),
  nameEn: null,
  city: '厦门',
  cityEn: 'Xiamen',
  startsOn: '2026-04-01',
  endsOn: '2026-04-02',
  chainIds,
  note: null,
});

export const supplyItemBody = (linkId: number) => ({
  linkId,
  item: uniqueName('车规级芯片'),
  itemEn: null,
  annualPurchaseYi: 12.5,
  localSharePercent: 20,
  outsideSuppliers: '外地供应商',
});

/** A lead at 线索 (identified); spread changes over it for later stages. */
export const leadBody = (refs: {
  linkId: number;
  targetFirmId: number;
  ownerMemberId?: number | null;
  ownerDepartmentId?: number | null;
}) => ({
  linkId: refs.linkId,
  targetFirmId: refs.targetFirmId,
  action: 'fill',
  ownerMemberId: refs.ownerMemberId ?? null,
  ownerDepartmentId: refs.ownerMemberId ? null : (refs.ownerDepartmentId ?? null),
  stage: 'identified',
  identifiedOn: '2026-03-01',
  contactedOn: null,
  visitedOn: null,
  negotiatingOn: null,
  signedOn: null,
  droppedOn: null,
  dropReason: null,
  expectedInvestmentYi: 5,
  nextStep: null,
  nextStepDueOn: null,
  campaignId: null,
  projectId: null,
  note: null,
});

/** The changes that take a lead to 签约 (signed) on `day`. */
export const signed = (day = '2026-05-10') => ({
  stage: 'signed',
  contactedOn: '2026-03-05',
  visitedOn: '2026-03-20',
  negotiatingOn: '2026-04-10',
  signedOn: day,
});

/** A target firm and a lead on a weak link of chain A, made by the administrator. */
export async function leadOfA(app: App, adminCookie: string, db: Database, ids: SampleIds) {
  const linkId = await linkWithStrength(db, ids.chainA, 'weak', 1);
  const firm = await write<{ id: number }>(
    app,
    adminCookie,
    'POST',
    '/api/target-firms',
    targetFirmBody([ids.chainA], [linkId]),
  );
  const lead = await write<{ id: number; version: number }>(
    app,
    adminCookie,
    'POST',
    '/api/leads',
    {
      chainId: ids.chainA,
      ...leadBody({ linkId, targetFirmId: firm.id, ownerMemberId: ids.memberOfA }),
    },
  );
  return { linkId, firmId: firm.id, lead };
}

const versionOf = async (rows: Promise<{ version: number }[]>) => (await rows)[0]?.version ?? 0;

/** A valid request for each 补链招商 write route, on a record of chain A (the matrix's rule). */
export const investmentRouteSamples: Record<string, WriteRouteSample> = {
  'POST /api/leads': {
    scope: 'chain',
    build: async (ids, db, app, adminCookie) => {
      const { linkId, firmId } = await leadOfA(app, adminCookie, db, ids);
      return {
        method: 'POST',
        path: '/api/leads',
        body: {
          chainId: ids.chainA,
          ...leadBody({ linkId, targetFirmId: firmId, ownerMemberId: ids.memberOfA }),
        },
      };
    },
  },
  'PUT /api/leads/{id}': {
    scope: 'chain',
    build: async (ids, db, app, adminCookie) => {
      const { linkId, firmId, lead } = await leadOfA(app, adminCookie, db, ids);
      return {
        method: 'PUT',
        path: `/api/leads/${lead.id}`,
        body: {
          ...leadBody({ linkId, targetFirmId: firmId, ownerMemberId: ids.memberOfA }),
          nextStep: '再访',
          version: lead.version,
        },
      };
    },
  },
  ...withdrawalSamples(
    '/api/leads',
    async (ids, db, app, adminCookie) => {
      const { lead } = await leadOfA(app, adminCookie, db, ids);
      return lead.id;
    },
    leads,
  ),
  'POST /api/target-firms': {
    scope: 'chain',
    build: async (ids) => ({
      method: 'POST',
      path: '/api/target-firms',
      body: targetFirmBody([ids.chainA]),
    }),
  },
  'PUT /api/target-firms/{id}': {
    scope: 'chain',
    build: async (ids, _db, app, adminCookie) => {
      const body = targetFirmBody([ids.chainA]);
      const firm = await write<{ id: number; version: number }>(
        app,
        adminCookie,
        'POST',
        '/api/target-firms',
        body,
      );
      return {
        method: 'PUT',
        path: `/api/target-firms/${firm.id}`,
        body: { ...body, products: '传感器', version: firm.version },
      };
    },
  },
  ...withdrawalSamples(
    '/api/target-firms',
    async (ids, _db, app, adminCookie) => {
      const firm = await write<{ id: number }>(
        app,
        adminCookie,
        'POST',
        '/api/target-firms',
        targetFirmBody([ids.chainA]),
      );
      return firm.id;
    },
    targetFirms,
  ),
  'POST /api/campaigns': {
    scope: 'chain',
    build: async (ids) => ({
      method: 'POST',
      path: '/api/campaigns',
      body: campaignBody([ids.chainA]),
    }),
  },
  'PUT /api/campaigns/{id}': {
    scope: 'chain',
    build: async (ids, _db, app, adminCookie) => {
      const body = campaignBody([ids.chainA]);
      const campaign = await write<{ id: number; version: number }>(
        app,
        adminCookie,
        'POST',
        '/api/campaigns',
        body,
      );
      return {
        method: 'PUT',
        path: `/api/campaigns/${campaign.id}`,
        body: { ...body, city: '东莞', version: campaign.version },
      };
    },
  },
  ...withdrawalSamples(
    '/api/campaigns',
    async (ids, _db, app, adminCookie) => {
      const campaign = await write<{ id: number }>(
        app,
        adminCookie,
        'POST',
        '/api/campaigns',
        campaignBody([ids.chainA]),
      );
      return campaign.id;
    },
    campaigns,
  ),
  'POST /api/supply-items': {
    scope: 'chain',
    build: async (ids) => ({
      method: 'POST',
      path: '/api/supply-items',
      body: { chainId: ids.chainA, ...supplyItemBody(ids.linkOfA) },
    }),
  },
  'PUT /api/supply-items/{id}': {
    scope: 'chain',
    build: async (ids, _db, app, adminCookie) => {
      const item = await write<{ id: number; version: number }>(
        app,
        adminCookie,
        'POST',
        '/api/supply-items',
        {
          chainId: ids.chainA,
          ...supplyItemBody(ids.linkOfA),
        },
      );
      return {
        method: 'PUT',
        path: `/api/supply-items/${item.id}`,
        body: { ...supplyItemBody(ids.linkOfA), version: item.version },
      };
    },
  },
  ...withdrawalSamples(
    '/api/supply-items',
    async (ids, _db, app, adminCookie) => {
      const item = await write<{ id: number }>(app, adminCookie, 'POST', '/api/supply-items', {
        chainId: ids.chainA,
        ...supplyItemBody(ids.linkOfA),
      });
      return item.id;
    },
    supplyItems,
  ),
};

/** Withdraw (of a live record) and restore (of a withdrawn one) of records `make` creates. */
function withdrawalSamples(
  base: string,
  make: (ids: SampleIds, db: Database, app: App, adminCookie: string) => Promise<number>,
  table: typeof leads | typeof targetFirms | typeof campaigns | typeof supplyItems,
): Record<string, WriteRouteSample> {
  const current = (db: Database, id: number) =>
    versionOf(db.select({ version: table.version }).from(table).where(eq(table.id, id)));
  return {
    [`POST ${base}/{id}/withdraw`]: {
      scope: 'chain',
      build: async (ids, db, app, adminCookie) => {
        const id = await make(ids, db, app, adminCookie);
        return {
          method: 'POST',
          path: `${base}/${id}/withdraw`,
          body: { version: await current(db, id) },
        };
      },
    },
    [`POST ${base}/{id}/restore`]: {
      scope: 'chain',
      build: async (ids, db, app, adminCookie) => {
        const id = await make(ids, db, app, adminCookie);
        const version = await current(db, id);
        await write(app, adminCookie, 'POST', `${base}/${id}/withdraw`, { version }, 200);
        return { method: 'POST', path: `${base}/${id}/restore`, body: { version: version + 1 } };
      },
    },
  };
}
