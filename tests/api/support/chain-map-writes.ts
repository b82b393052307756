import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { App } from '../../../server/app/create-app';
import type { Database } from '../../../server/db/database';
import {
  chainLinks,
  chainSegments,
  indicatorValues,
  policies,
  problems,
  projects,
  statusReports,
} from '../../../server/db/schema';
import type { WriteRequest, WriteRouteSample } from './writes';

/*
 * Samples of the chain map's writes and of the withdrawals, for the authorization matrix and
 * the HTTP fuzz (spread into `writeRouteSamples`). Each builds a valid request on chain A.
 */

let counter = 0;
const unique = () => `${Date.now().toString(36)}m${(counter += 1)}`;

/** A JSON write as the app's own pages send it (writes.ts's `sendWrite`, which imports this file). */
async function send(app: App, request: WriteRequest, { cookie }: { cookie: string }) {
  const response = await app.request(request.path, {
    method: request.method,
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify(request.body),
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

async function asAdmin(app: App, cookie: string, request: WriteRequest) {
  const answer = await send(app, request, { cookie });
  expect([200, 201], JSON.stringify(answer.body)).toContain(answer.status);
  return answer.body as { id: number; version: number };
}

async function segmentOfA(db: Database, chainA: number) {
  const [segment] = await db
    .select()
    .from(chainSegments)
    .where(and(eq(chainSegments.chainId, chainA), isNull(chainSegments.withdrawnAt)))
    .orderBy(asc(chainSegments.sortOrder), asc(chainSegments.id))
    .limit(1);
  if (!segment) throw new Error('Chain A has no segment');
  return segment;
}

const newSegment = (app: App, cookie: string, chainA: number) =>
  asAdmin(app, cookie, {
    method: 'POST',
    path: `/api/chains/${chainA}/segments`,
    body: { position: 'downstream', name: `分段${unique()}`.slice(0, 50), nameEn: null },
  });

const newLink = (app: App, cookie: string, segmentId: number, firmIds: number[] = []) =>
  asAdmin(app, cookie, {
    method: 'POST',
    path: `/api/chain-segments/${segmentId}/links`,
    body: { name: `环节${unique()}`, nameEn: null, strength: 'weak', note: null, firmIds },
  });

type WithdrawableTable = typeof projects | typeof problems | typeof policies | typeof statusReports;

/**
 * A record of chain A, shown (for a withdraw) or withdrawn (for a restore): one as it is, or
 * else one an administrator restores or withdraws first, as chain A has only a few of each.
 */
async function recordAs(
  want: 'shown' | 'withdrawn',
  { db, app, adminCookie, base, table, chainA }: RecordContext,
) {
  const rows = await db
    .select({ id: table.id, version: table.version, withdrawnAt: table.withdrawnAt })
    .from(table)
    .where(eq(table.chainId, chainA))
    .orderBy(asc(table.id));
  const ready = rows.find((row) => (row.withdrawnAt === null) === (want === 'shown'));
  if (ready) return ready;
  const other = rows[0];
  if (!other) throw new Error(`Chain A has no record under ${base}`);
  return asAdmin(app, adminCookie, {
    method: 'POST',
    path: `/api${base}/${other.id}/${want === 'shown' ? 'restore' : 'withdraw'}`,
    body: { version: other.version },
  });
}

interface RecordContext {
  db: Database;
  app: App;
  adminCookie: string;
  base: string;
  table: WithdrawableTable;
  chainA: number;
}

/** Withdraw a shown record of chain A; restore a withdrawn one. */
function withdrawalSamples(
  base: string,
  table: WithdrawableTable,
): Record<string, WriteRouteSample> {
  const sample = (action: 'withdraw' | 'restore'): WriteRouteSample => ({
    scope: 'chain',
    build: async ({ chainA }, db, app, adminCookie) => {
      const context = { db, app, adminCookie, base, table, chainA };
      const row = await recordAs(action === 'withdraw' ? 'shown' : 'withdrawn', context);
      return {
        method: 'POST',
        path: `/api${base}/${row.id}/${action}`,
        body: { version: row.version },
      };
    },
  });
  return {
    [`POST /api${base}/{id}/withdraw`]: sample('withdraw'),
    [`POST /api${base}/{id}/restore`]: sample('restore'),
  };
}

/** A new quarter's figure of chain A's indicator, entered by an administrator. */
async function newIndicatorValue(db: Database, app: App, cookie: string, indicatorId: number) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(indicatorValues)
    .where(and(eq(indicatorValues.indicatorId, indicatorId), sql`period >= '2050Q1'`));
  const n = row?.n ?? 0;
  const period = `20${50 + Math.floor(n / 4)}Q${(n % 4) + 1}`;
  const answer = await send(
    app,
    {
      method: 'PUT',
      path: `/api/indicators/${indicatorId}/values/${period}`,
      // A figure with no value: any thresholds in either direction's order.
      body: {
        value: null,
        target: 10,
        warningThreshold: 10,
        excellentThreshold: 10,
        asOf: null,
        source: null,
        version: null,
      },
    },
    { cookie },
  );
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body as { id: number; version: number };
}

export const chainMapRouteSamples: Record<string, WriteRouteSample> = {
  'POST /api/chains/{id}/segments': {
    scope: 'chain',
    build: async ({ chainA }) => ({
      method: 'POST',
      path: `/api/chains/${chainA}/segments`,
      body: { position: 'downstream', name: `分段${unique()}`.slice(0, 50), nameEn: null },
    }),
  },
  'PUT /api/chain-segments/{id}': {
    scope: 'chain',
    build: async ({ chainA }, db) => {
      const segment = await segmentOfA(db, chainA);
      return {
        method: 'PUT',
        path: `/api/chain-segments/${segment.id}`,
        body: {
          position: segment.position,
          name: segment.name,
          nameEn: `Segment ${unique()}`,
          version: segment.version,
        },
      };
    },
  },
  'POST /api/chain-segments/{id}/withdraw': {
    scope: 'chain',
    build: async ({ chainA }, _db, app, adminCookie) => {
      const segment = await newSegment(app, adminCookie, chainA);
      return {
        method: 'POST',
        path: `/api/chain-segments/${segment.id}/withdraw`,
        body: { version: segment.version },
      };
    },
  },
  'POST /api/chain-segments/{id}/restore': {
    scope: 'chain',
    build: async ({ chainA }, _db, app, adminCookie) => {
      const segment = await newSegment(app, adminCookie, chainA);
      const withdrawn = await asAdmin(app, adminCookie, {
        method: 'POST',
        path: `/api/chain-segments/${segment.id}/withdraw`,
        body: { version: segment.version },
      });
      return {
        method: 'POST',
        path: `/api/chain-segments/${segment.id}/restore`,
        body: { version: withdrawn.version },
      };
    },
  },
  'PUT /api/chains/{id}/segment-order': {
    scope: 'chain',
    build: async ({ chainA }, db) => {
      const rows = await db
        .select({ id: chainSegments.id, version: chainSegments.version })
        .from(chainSegments)
        .where(and(eq(chainSegments.chainId, chainA), isNull(chainSegments.withdrawnAt)))
        .orderBy(asc(chainSegments.sortOrder), asc(chainSegments.id));
      return {
        method: 'PUT',
        path: `/api/chains/${chainA}/segment-order`,
        body: { segments: rows },
      };
    },
  },
  'POST /api/chain-segments/{id}/links': {
    scope: 'chain',
    build: async ({ chainA, firmOfA }, db) => ({
      method: 'POST',
      path: `/api/chain-segments/${(await segmentOfA(db, chainA)).id}/links`,
      body: {
        name: `环节${unique()}`,
        nameEn: null,
        strength: 'missing',
        note: null,
        firmIds: [firmOfA],
      },
    }),
  },
  'POST /api/chain-links/{id}/withdraw': {
    scope: 'chain',
    build: async ({ chainA, firmOfA }, db, app, adminCookie) => {
      const segment = await segmentOfA(db, chainA);
      const link = await newLink(app, adminCookie, segment.id, [firmOfA]);
      return {
        method: 'POST',
        path: `/api/chain-links/${link.id}/withdraw`,
        body: { version: link.version, firms: 'detach' },
      };
    },
  },
  'POST /api/chain-links/{id}/restore': {
    scope: 'chain',
    build: async ({ chainA }, db, app, adminCookie) => {
      const segment = await segmentOfA(db, chainA);
      const link = await newLink(app, adminCookie, segment.id);
      const withdrawn = await asAdmin(app, adminCookie, {
        method: 'POST',
        path: `/api/chain-links/${link.id}/withdraw`,
        body: { version: link.version },
      });
      return {
        method: 'POST',
        path: `/api/chain-links/${link.id}/restore`,
        body: { version: withdrawn.version },
      };
    },
  },
  'PUT /api/chain-segments/{id}/link-order': {
    scope: 'chain',
    build: async ({ chainA }, db) => {
      const segment = await segmentOfA(db, chainA);
      const rows = await db
        .select({ id: chainLinks.id, version: chainLinks.version })
        .from(chainLinks)
        .where(and(eq(chainLinks.segmentId, segment.id), isNull(chainLinks.withdrawnAt)))
        .orderBy(asc(chainLinks.sortOrder), asc(chainLinks.id));
      return {
        method: 'PUT',
        path: `/api/chain-segments/${segment.id}/link-order`,
        body: { links: rows.reverse() },
      };
    },
  },
  ...withdrawalSamples('/projects', projects),
  ...withdrawalSamples('/problems', problems),
  ...withdrawalSamples('/policies', policies),
  ...withdrawalSamples('/status-reports', statusReports),
  'POST /api/indicator-values/{id}/withdraw': {
    scope: 'chain',
    build: async ({ indicatorOfA }, db, app, adminCookie) => {
      const value = await newIndicatorValue(db, app, adminCookie, indicatorOfA);
      return {
        method: 'POST',
        path: `/api/indicator-values/${value.id}/withdraw`,
        body: { version: value.version },
      };
    },
  },
  'POST /api/indicator-values/{id}/restore': {
    scope: 'chain',
    build: async ({ indicatorOfA }, db, app, adminCookie) => {
      const value = await newIndicatorValue(db, app, adminCookie, indicatorOfA);
      const withdrawn = await asAdmin(app, adminCookie, {
        method: 'POST',
        path: `/api/indicator-values/${value.id}/withdraw`,
        body: { version: value.version },
      });
      return {
        method: 'POST',
        path: `/api/indicator-values/${value.id}/restore`,
        body: { version: withdrawn.version },
      };
    },
  },
};
