import { and, asc, eq, sql } from 'drizzle-orm';
import { quarterBounds } from '../../../server/contract/indicator-periods';
import { expect } from 'vitest';
import type { App } from '../../../server/app/create-app';
import type { Database } from '../../../server/db/database';
import { chainMapRouteSamples } from './chain-map-writes';
import { indicatorPeriodRouteSamples } from './indicator-period-writes';
import { importFile, previewedCommitPath } from './import-files';
import {
  auditEvents,
  chainLinks,
  chains,
  departments,
  firmChains,
  indicatorValues,
  indicators,
  policies,
  problems,
  projects,
  taskForceMembers,
  users,
} from '../../../server/db/schema';
import { investmentRouteSamples } from './investment';
import { technologyRouteSamples } from './technology';
import { meetingRouteSamples } from './meetings';
import { notificationRouteSamples } from './notification-writes';
import { problemStepRouteSamples } from './problem-steps';

/** Records of the sample city the write tests change: chain A is in the editor's scope, B not. */
export interface SampleIds {
  chainA: number;
  chainB: number;
  firmOfA: number;
  departmentId: number;
  projectOfA: number;
  problemOfA: number;
  memberOfA: number;
  policyOfA: number;
  linkOfA: number;
  indicatorOfA: number;
}

async function first<T>(rows: Promise<T[]>, what: string): Promise<T> {
  const [row] = await rows;
  if (!row) throw new Error(`The sample city has no ${what}`);
  return row;
}

export async function loadSampleIds(db: Database): Promise<SampleIds> {
  const ordered = await db.select({ id: chains.id }).from(chains).orderBy(asc(chains.sortOrder));
  const [chainA, chainB] = ordered.map((row) => row.id);
  if (chainA === undefined || chainB === undefined) throw new Error('Fewer than two chains');
  const byChain = { chainId: chainA };
  return {
    chainA,
    chainB,
    firmOfA: (
      await first(db.select().from(firmChains).where(eq(firmChains.chainId, chainA)), 'firm')
    ).firmId,
    departmentId: (await first(db.select().from(departments), 'department')).id,
    projectOfA: (
      await first(
        db.select().from(projects).where(eq(projects.chainId, byChain.chainId)),
        'project',
      )
    ).id,
    problemOfA: (
      await first(db.select().from(problems).where(eq(problems.chainId, chainA)), 'problem')
    ).id,
    memberOfA: (
      await first(
        db.select().from(taskForceMembers).where(eq(taskForceMembers.chainId, chainA)),
        'member',
      )
    ).id,
    policyOfA: (
      await first(db.select().from(policies).where(eq(policies.chainId, chainA)), 'policy')
    ).id,
    linkOfA: (
      await first(db.select().from(chainLinks).where(eq(chainLinks.chainId, chainA)), 'link')
    ).id,
    indicatorOfA: (
      await first(db.select().from(indicators).where(eq(indicators.chainId, chainA)), 'indicator')
    ).id,
  };
}

/** Row counts and version totals of every table writes touch, and the audit trail's length. */
export const fingerprintQuery = sql`select
  (select count(*) from audit_events) as audit,
  (select count(*) from idempotency_keys) as keys,
  (select sum(version) from chains) as chains,
  (select count(*) || ':' || coalesce(sum(version), 0) from five_ones) as five_ones,
  (select count(*) || ':' || coalesce(sum(version), 0) from chain_leader_firms) as leader_firms,
  (select count(*) || ':' || coalesce(sum(version), 0) from chief_scientists) as scientists,
  (select count(*) || ':' || coalesce(sum(version), 0) from task_forces) as task_forces,
  (select count(*) || ':' || coalesce(sum(version), 0) from task_force_members) as members,
  (select count(*) || ':' || coalesce(sum(version), 0) from policies) as policies,
  (select count(*) || ':' || coalesce(sum(version), 0) from chain_links) as links,
  (select count(*) from chain_link_firms) as link_firms,
  (select count(*) || ':' || coalesce(sum(version), 0) from indicator_values) as indicator_values,
  (select count(*) || ':' || coalesce(sum(version), 0) from projects) as projects,
  (select count(*) || ':' || coalesce(sum(version), 0) from problems) as problems,
  (select count(*) || ':' || coalesce(sum(version), 0) from status_reports) as reports,
  (select count(*) || ':' || coalesce(sum(version), 0) from users) as users,
  (select count(*) || ':' || coalesce(sum(version), 0) from firms) as firms,
  (select count(*) from firm_chains) as firm_chains,
  (select count(*) || ':' || coalesce(sum(version), 0) from leads) as leads,
  (select count(*) || ':' || coalesce(sum(version), 0) from target_firms) as target_firms,
  (select count(*) || ':' || coalesce(sum(version), 0) from campaigns) as campaigns,
  (select count(*) || ':' || coalesce(sum(version), 0) from supply_items) as supply_items,
  (select count(*) || ':' || coalesce(sum(version), 0) from meetings) as meetings,
  (select count(*) from meeting_firms) as meeting_firms,
  (select count(*) || ':' || coalesce(sum(version), 0) from tech_needs) as tech_needs,
  (select count(*) || ':' || coalesce(sum(version), 0) from tech_supplies) as tech_supplies,
  (select count(*) || ':' || coalesce(sum(version), 0) from tech_assistants) as tech_assistants,
  (select count(*) from tech_assistant_chains) as tech_assistant_chains,
  (select count(*) from tech_assistant_firms) as tech_assistant_firms,
  (select count(*) || ':' || coalesce(sum(version), 0) from tech_matches) as tech_matches`;

export interface WriteRequest {
  method: 'POST' | 'PUT' | 'DELETE';
  path: string;
  body?: unknown;
  /** A file upload's bytes (imports), sent as they are when there is no JSON `body`. */
  file?: Uint8Array;
}

/** Sends a JSON write as a browser on the app's own origin would. */
export async function sendWrite(
  app: App,
  request: WriteRequest,
  { cookie, headers = {} }: { cookie?: string; headers?: Record<string, string> } = {},
) {
  const file = request.body === undefined ? request.file : undefined;
  const response = await app.request(request.path, {
    method: request.method,
    headers: {
      ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(file ? { 'content-type': 'application/octet-stream' } : {}),
      ...(cookie ? { cookie } : {}),
      ...headers,
    },
    body: file ? (file as Uint8Array<ArrayBuffer>) : JSON.stringify(request.body),
  });
  // A file (a backup) is not JSON: its status is what the caller checks.
  const isJson = response.headers.get('content-type')?.includes('json') ?? false;
  const text = await response.text();
  const body: unknown = isJson && text ? JSON.parse(text) : null;
  return { status: response.status, body };
}

/** The version a record has now: what a freshly opened form would send. */
async function versionOf(query: Promise<{ version: number }[]>): Promise<number> {
  const [row] = await query;
  if (!row) throw new Error('No such record');
  return row.version;
}

const quarter = (n: number) => `20${30 + Math.floor(n / 4)}Q${(n % 4) + 1}`;

/**
 * Who may call a write route: any editor of the record's chain, the system administrator only,
 * any editor (an import's preview: rows of other chains are problems in its answer, not a 403),
 * the security administrator only (credentials: password resets, unlocks), or any reader of the
 * data, each of their own (reader: marking one's notifications read), or the users of the
 * department a problem is assigned to (department: its 受理, 办理意见, 办理完毕).
 */
export type WriteScope = 'chain' | 'admin' | 'editor' | 'credentials' | 'reader' | 'department';

export interface WriteRouteSample {
  scope: WriteScope;
  /** A valid request as of now (current versions), on a record of chain A. */
  build(
    ids: SampleIds,
    db: Database,
    app: App,
    adminCookie: string,
    /** The caller's session, for a write of the caller's own things (their notifications). */
    callerCookie?: string,
  ): Promise<WriteRequest>;
}

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter += 1)}`;

/**
 * A valid request for every write route, keyed as the OpenAPI document names it. The
 * authorization matrix and the property tests are built from the app's own route table and
 * fail for any write route missing here.
 */
const chainStatusSample: WriteRouteSample = {
  scope: 'chain',
  build: async ({ chainA }, db) => ({
    method: 'PUT',
    path: `/api/chains/${chainA}/status`,
    body: {
      status: 'green',
      statusNote: `note ${unique()}`,
      version: await versionOf(
        db.select({ version: chains.version }).from(chains).where(eq(chains.id, chainA)),
      ),
    },
  }),
};

// ---------------------------------------------------------------- firms, parks, clusters
const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** A valid 统一社会信用代码 made from `n`: its GB 32100-2015 check character computed. */
export function creditCode(n: number): string {
  const body = `91510700MA${String(n % 10_000_000).padStart(7, '0')}`;
  const sum = CODE_WEIGHTS.reduce(
    (total, weight, index) => total + CODE_CHARS.indexOf(body[index] as string) * weight,
    0,
  );
  return body + CODE_CHARS[(31 - (sum % 31)) % 31];
}

let codes = Math.floor(Math.random() * 5_000_000);

export const firmSampleBody = (chainId: number) => ({
  name: `企业${unique()}`,
  nameEn: null,
  creditCode: creditCode((codes += 1)),
  parkId: null,
  chainIds: [chainId],
  revenueBand: 'under_100m',
  revenueYi: 1,
  tags: [],
  foundedYear: 2020,
  employees: 10,
});
export const parkSampleBody = (chainId: number) => ({
  name: `园区${unique()}`,
  nameEn: null,
  district: '涪城区',
  isSpecialty: false,
  areaKm2: 1,
  occupancyRate: 0.5,
  outputYi: 10,
  chains: [{ chainId, isMain: true }],
});
export const clusterSampleBody = (chainId: number) => ({
  name: `集群${unique()}`,
  nameEn: null,
  level: 'provincial',
  status: 'candidate',
  recognisedOn: null,
  recognisedBy: null,
  description: null,
  chainIds: [chainId],
});
let assessmentYears = 1990;
const assessmentBody = () => ({
  year: (assessmentYears += 1) > 2100 ? (assessmentYears = 1991) : assessmentYears,
  result: 'good',
  note: null,
});

/** A record an administrator has just made (and, with `withdraw`, withdrawn). */
async function madeByAdmin(
  app: App,
  adminCookie: string,
  path: string,
  body: unknown,
  withdrawPath?: (id: number) => string,
) {
  const made = await sendWrite(app, { method: 'POST', path, body }, { cookie: adminCookie });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  const record = made.body as { id: number; version: number };
  if (!withdrawPath) return record;
  const withdrawn = await sendWrite(
    app,
    {
      method: 'POST',
      path: withdrawPath(record.id),
      body: { version: record.version, reason: 'moved_out' },
    },
    { cookie: adminCookie },
  );
  expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200);
  return withdrawn.body as { id: number; version: number };
}

/** Create, edit, withdraw and restore of a resource at `/api/<resource>`, all on chain A. */
function recordSamples(
  resource: 'firms' | 'parks' | 'clusters',
  sampleBody: (chainId: number) => Record<string, unknown>,
  withdrawBody: Record<string, unknown> = {},
): Record<string, WriteRouteSample> {
  const base = `/api/${resource}`;
  return {
    [`POST ${base}`]: {
      scope: 'chain',
      build: async ({ chainA }) => ({ method: 'POST', path: base, body: sampleBody(chainA) }),
    },
    [`PUT ${base}/{id}`]: {
      scope: 'chain',
      build: async ({ chainA }, _db, app, adminCookie) => {
        const record = await madeByAdmin(app, adminCookie, base, sampleBody(chainA));
        return {
          method: 'PUT',
          path: `${base}/${record.id}`,
          body: { ...sampleBody(chainA), version: record.version },
        };
      },
    },
    [`POST ${base}/{id}/withdraw`]: {
      scope: 'chain',
      build: async ({ chainA }, _db, app, adminCookie) => {
        const record = await madeByAdmin(app, adminCookie, base, sampleBody(chainA));
        return {
          method: 'POST',
          path: `${base}/${record.id}/withdraw`,
          body: { ...withdrawBody, version: record.version },
        };
      },
    },
    [`POST ${base}/{id}/restore`]: {
      scope: 'chain',
      build: async ({ chainA }, _db, app, adminCookie) => {
        const record = await madeByAdmin(
          app,
          adminCookie,
          base,
          sampleBody(chainA),
          (id) => `${base}/${id}/withdraw`,
        );
        return {
          method: 'POST',
          path: `${base}/${record.id}/restore`,
          body: { version: record.version },
        };
      },
    },
  };
}

/** A cluster of chain A with an assessment, both just made by an administrator. */
async function assessmentByAdmin(chainA: number, app: App, adminCookie: string, withdraw = false) {
  const cluster = await madeByAdmin(app, adminCookie, '/api/clusters', clusterSampleBody(chainA));
  return madeByAdmin(
    app,
    adminCookie,
    `/api/clusters/${cluster.id}/assessments`,
    assessmentBody(),
    withdraw ? (id) => `/api/cluster-assessments/${id}/withdraw` : undefined,
  );
}

const recordWriteSamples: Record<string, WriteRouteSample> = {
  ...recordSamples('firms', firmSampleBody, { reason: 'deregistered' }),
  ...recordSamples('parks', parkSampleBody),
  ...recordSamples('clusters', clusterSampleBody),
  'POST /api/clusters/{id}/assessments': {
    scope: 'chain',
    build: async ({ chainA }, _db, app, adminCookie) => {
      const cluster = await madeByAdmin(
        app,
        adminCookie,
        '/api/clusters',
        clusterSampleBody(chainA),
      );
      return {
        method: 'POST',
        path: `/api/clusters/${cluster.id}/assessments`,
        body: assessmentBody(),
      };
    },
  },
  'PUT /api/cluster-assessments/{id}': {
    scope: 'chain',
    build: async ({ chainA }, _db, app, adminCookie) => {
      const assessment = await assessmentByAdmin(chainA, app, adminCookie);
      return {
        method: 'PUT',
        path: `/api/cluster-assessments/${assessment.id}`,
        body: { ...assessmentBody(), version: assessment.version },
      };
    },
  },
  'POST /api/cluster-assessments/{id}/withdraw': {
    scope: 'chain',
    build: async ({ chainA }, _db, app, adminCookie) => {
      const assessment = await assessmentByAdmin(chainA, app, adminCookie);
      return {
        method: 'POST',
        path: `/api/cluster-assessments/${assessment.id}/withdraw`,
        body: { version: assessment.version },
      };
    },
  },
  'POST /api/cluster-assessments/{id}/restore': {
    scope: 'chain',
    build: async ({ chainA }, _db, app, adminCookie) => {
      const assessment = await assessmentByAdmin(chainA, app, adminCookie, true);
      return {
        method: 'POST',
        path: `/api/cluster-assessments/${assessment.id}/restore`,
        body: { version: assessment.version },
      };
    },
  },
};

export const writeRouteSamples: Record<string, WriteRouteSample> = {
  ...investmentRouteSamples,
  ...technologyRouteSamples,
  ...meetingRouteSamples,
  ...notificationRouteSamples,
  ...chainMapRouteSamples,
  ...indicatorPeriodRouteSamples,
  ...problemStepRouteSamples,
  ...recordWriteSamples,
  'POST /api/imports/{kind}/preview': {
    scope: 'editor',
    build: async ({ chainA }, db) => ({
      method: 'POST',
      path: '/api/imports/problems/preview?name=problems.csv',
      file: await importFile('problems', [await problemRow(db, chainA)]),
    }),
  },
  'POST /api/imports/{kind}': {
    scope: 'chain',
    build: async ({ chainA }, db, app, adminCookie) => {
      const file = await importFile('problems', [await problemRow(db, chainA)]);
      return {
        method: 'POST',
        path: await previewedCommitPath(app, 'problems', file, adminCookie),
        file,
      };
    },
  },
  'PUT /api/chains/{id}/status': chainStatusSample,
  'PUT /api/chains/{id}/five-ones/{item}': {
    scope: 'chain',
    build: async ({ chainA }, db) => ({
      method: 'PUT',
      path: `/api/chains/${chainA}/five-ones/chain_map`,
      body: {
        state: 'in_place',
        note: `n ${unique()}`,
        version: await currentVersion(
          db,
          sql`select version from five_ones where chain_id = ${chainA} and item = 'chain_map'`,
        ),
      },
    }),
  },
  'PUT /api/chains/{id}/leader-firm': {
    scope: 'chain',
    build: async ({ chainA, firmOfA }, db) => ({
      method: 'PUT',
      path: `/api/chains/${chainA}/leader-firm`,
      body: {
        firmId: firmOfA,
        reason: `reason ${unique()}`,
        designatedOn: '2026-01-01',
        version: await currentVersion(
          db,
          sql`select version from chain_leader_firms where chain_id = ${chainA}`,
        ),
      },
    }),
  },
  'PUT /api/chains/{id}/chief-scientist': {
    scope: 'chain',
    build: async ({ chainA }, db) => ({
      method: 'PUT',
      path: `/api/chains/${chainA}/chief-scientist`,
      body: {
        name: `科学家${unique()}`.slice(0, 50),
        title: '院士',
        affiliation: null,
        field: null,
        appointedOn: null,
        version: await currentVersion(
          db,
          sql`select version from chief_scientists where chain_id = ${chainA}`,
        ),
      },
    }),
  },
  'PUT /api/chains/{id}/task-force': {
    scope: 'chain',
    build: async ({ chainA, departmentId }, db) => ({
      method: 'PUT',
      path: `/api/chains/${chainA}/task-force`,
      body: {
        headName: `专班长${unique()}`.slice(0, 50),
        headTitle: null,
        leadDepartmentId: departmentId,
        meetingCadence: 'monthly',
        lastMeetingOn: '2026-06-01',
        reportCadence: 'biweekly',
        version: await currentVersion(
          db,
          sql`select version from task_forces where chain_id = ${chainA}`,
        ),
      },
    }),
  },
  'POST /api/chains/{id}/task-force/members': {
    scope: 'chain',
    build: async ({ chainA, departmentId }) => ({
      method: 'POST',
      path: `/api/chains/${chainA}/task-force/members`,
      body: { name: `成员${unique()}`, role: '联络员', departmentId },
    }),
  },
  'PUT /api/task-force-members/{id}': {
    scope: 'chain',
    build: async ({ memberOfA }, db) => ({
      method: 'PUT',
      path: `/api/task-force-members/${memberOfA}`,
      body: {
        name: `成员${unique()}`,
        role: '联络员',
        departmentId: null,
        version: await versionOf(
          db
            .select({ version: taskForceMembers.version })
            .from(taskForceMembers)
            .where(eq(taskForceMembers.id, memberOfA)),
        ),
      },
    }),
  },
  'DELETE /api/task-force-members/{id}': {
    scope: 'chain',
    // Each call removes a member of its own, added just before by an administrator.
    build: async ({ chainA }, _db, app, adminCookie) => {
      const added = await sendWrite(
        app,
        {
          method: 'POST',
          path: `/api/chains/${chainA}/task-force/members`,
          body: { name: `临时${unique()}`, role: '联络员', departmentId: null },
        },
        { cookie: adminCookie },
      );
      expect(added.status, JSON.stringify(added.body)).toBe(201);
      const member = added.body as { id: number; version: number };
      return {
        method: 'DELETE',
        path: `/api/task-force-members/${member.id}?version=${member.version}`,
      };
    },
  },
  'POST /api/chains/{id}/policies': {
    scope: 'chain',
    build: async ({ chainA }) => ({
      method: 'POST',
      path: `/api/chains/${chainA}/policies`,
      body: policyBody(`政策${unique()}`),
    }),
  },
  'PUT /api/policies/{id}': {
    scope: 'chain',
    build: async ({ policyOfA }, db) => ({
      method: 'PUT',
      path: `/api/policies/${policyOfA}`,
      body: {
        ...policyBody(`政策${unique()}`),
        version: await versionOf(
          db.select({ version: policies.version }).from(policies).where(eq(policies.id, policyOfA)),
        ),
      },
    }),
  },
  'PUT /api/chain-links/{id}': {
    scope: 'chain',
    build: async ({ linkOfA, firmOfA }, db) => ({
      method: 'PUT',
      path: `/api/chain-links/${linkOfA}`,
      body: {
        name: `环节${unique()}`,
        strength: 'weak',
        note: `n ${unique()}`,
        firmIds: [firmOfA],
        version: await versionOf(
          db
            .select({ version: chainLinks.version })
            .from(chainLinks)
            .where(eq(chainLinks.id, linkOfA)),
        ),
      },
    }),
  },
  'PUT /api/indicators/{id}/values/{period}': {
    scope: 'chain',
    // A quarter no one has entered yet: a new figure with version null.
    build: async ({ indicatorOfA }, db) => {
      const [row] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(indicatorValues)
        .where(
          and(
            eq(indicatorValues.indicatorId, indicatorOfA),
            sql`${indicatorValues.period} >= '2030Q1'`,
          ),
        );
      const period = quarter(row?.n ?? 0);
      return {
        method: 'PUT',
        path: `/api/indicators/${indicatorOfA}/values/${period}`,
        body: await indicatorBody(db, indicatorOfA, period),
      };
    },
  },
  'POST /api/chains/{id}/projects': {
    scope: 'chain',
    build: async ({ chainA }) => ({
      method: 'POST',
      path: `/api/chains/${chainA}/projects`,
      body: projectBody(`项目${unique()}`),
    }),
  },
  'PUT /api/projects/{id}': {
    scope: 'chain',
    build: async ({ projectOfA }, db) => ({
      method: 'PUT',
      path: `/api/projects/${projectOfA}`,
      body: {
        ...projectBody(`项目${unique()}`),
        version: await versionOf(
          db
            .select({ version: projects.version })
            .from(projects)
            .where(eq(projects.id, projectOfA)),
        ),
      },
    }),
  },
  'POST /api/chains/{id}/problems': {
    scope: 'chain',
    build: async ({ chainA }) => ({
      method: 'POST',
      path: `/api/chains/${chainA}/problems`,
      body: problemBody(`问题${unique()}`),
    }),
  },
  'PUT /api/problems/{id}': {
    scope: 'chain',
    build: async ({ problemOfA }, db) => {
      const [row] = await db
        .select({ version: problems.version, raisedOn: problems.raisedOn })
        .from(problems)
        .where(eq(problems.id, problemOfA));
      if (!row) throw new Error('The sample problem is gone');
      return {
        method: 'PUT',
        path: `/api/problems/${problemOfA}`,
        // Its own day raised: a later one could fall after its deadline.
        body: { ...problemBody(`问题${unique()}`), raisedOn: row.raisedOn, version: row.version },
      };
    },
  },
  'POST /api/chains/{id}/status-reports': {
    scope: 'chain',
    build: async ({ chainA }) => ({
      method: 'POST',
      path: `/api/chains/${chainA}/status-reports`,
      body: {
        reportedOn: '2026-06-15',
        status: 'amber',
        title: `动态${unique()}`,
        body: '本周进展。',
      },
    }),
  },
  'POST /api/audit-events/{id}/revert': {
    scope: 'chain',
    // Reverts a status change an administrator has just made to chain A.
    build: async (ids, db, app, adminCookie) => {
      const change = await chainStatusSample.build(ids, db, app, adminCookie);
      const changed = await sendWrite(app, change, { cookie: adminCookie });
      expect(changed.status, JSON.stringify(changed.body)).toBe(200);
      const [event] = await db
        .select({ id: auditEvents.id })
        .from(auditEvents)
        .where(
          and(
            eq(auditEvents.entityType, 'chain_status'),
            eq(auditEvents.entityId, String(ids.chainA)),
          ),
        )
        .orderBy(sql`${auditEvents.id} desc`)
        .limit(1);
      return {
        method: 'POST',
        path: `/api/audit-events/${event?.id}/revert`,
        body: { version: (changed.body as { version: number }).version },
      };
    },
  },
  'POST /api/users': {
    scope: 'admin',
    build: async () => ({
      method: 'POST',
      path: '/api/users',
      body: {
        username: `u-${unique()}`,
        displayName: '测试用户',
        role: 'viewer',
        chainIds: [],
        password: 'A-long-enough-password',
      },
    }),
  },
  'PUT /api/users/{id}': {
    scope: 'admin',
    build: async (_ids, db) => {
      const target = await matrixTargetUser(db);
      return {
        method: 'PUT',
        path: `/api/users/${target.id}`,
        body: {
          displayName: `改名${unique()}`,
          role: 'viewer',
          chainIds: [],
          disabled: false,
          version: target.version,
        },
      };
    },
  },
  'POST /api/login-throttles/clear': {
    scope: 'credentials',
    build: async () => ({
      method: 'POST',
      path: '/api/login-throttles/clear',
      body: { username: `u-${unique()}`, address: '192.0.2.1' },
    }),
  },
  'PUT /api/users/{id}/password': {
    scope: 'credentials',
    build: async (_ids, db) => {
      const target = await matrixTargetUser(db);
      return {
        method: 'PUT',
        path: `/api/users/${target.id}/password`,
        body: { password: `new-password-${unique()}`, version: target.version },
      };
    },
  },
  'POST /api/users/{id}/second-factor/reset': {
    scope: 'credentials',
    build: async (_ids, db) => {
      const target = await matrixTargetUser(db);
      // A second factor to reset (the phone that was lost): set straight in the database.
      await db.update(users).set({ totpSecret: 'JBSWY3DPEHPK3PXP' }).where(eq(users.id, target.id));
      return {
        method: 'POST',
        path: `/api/users/${target.id}/second-factor/reset`,
        body: { version: target.version },
      };
    },
  },
};

/** A new, open problem of `chainId` as an import file's row. */
async function problemRow(db: Database, chainId: number) {
  const [chain] = await db.select({ name: chains.name }).from(chains).where(eq(chains.id, chainId));
  return {
    chainId: chain?.name ?? '',
    title: `导入的问题 ${unique()}`,
    category: '要素保障',
    raisedOn: '2026-04-02',
    status: '已收集',
  };
}

/** The viewer the user-management routes change: one of the sample city's users. */
async function matrixTargetUser(db: Database) {
  const [target] = await db
    .select()
    .from(users)
    .where(eq(users.role, 'viewer'))
    .orderBy(asc(users.id))
    .limit(1);
  if (!target) throw new Error('No viewer to change');
  return target;
}

/**
 * Routes that change no city record and need no role: signing in and out, changing one's own
 * password and second factor (any signed-in user; tested in auth.test.ts and identity.test.ts).
 * And the security administrator's policy, which no caller of the matrix may set (every role is
 * tried in security-policy.test.ts), and the download of a backup, which changes nothing
 * (tested in backup-encryption.test.ts).
 */
export const routesOutsideTheMatrix = new Set([
  'POST /api/auth/login',
  'POST /api/auth/logout',
  'PUT /api/auth/password',
  'POST /api/auth/second-factor',
  'POST /api/auth/second-factor/enrolment',
  'POST /api/auth/second-factor/enrolment/confirm',
  'POST /api/auth/second-factor/recovery-codes',
  'POST /api/auth/second-factor/disable',
  'PUT /api/security/policy',
  'POST /api/admin/backup',
]);

async function currentVersion(db: Database, query: ReturnType<typeof sql>): Promise<number | null> {
  const result = (await db.execute(query)) as unknown as { rows: { version: number }[] };
  return result.rows[0]?.version ?? null;
}

/** A figure of `period` with its provenance: as of the quarter's last day. */
async function indicatorBody(db: Database, indicatorId: number, period: string) {
  const [indicator] = await db.select().from(indicators).where(eq(indicators.id, indicatorId));
  const higher = indicator?.direction !== 'lower_is_better';
  const provenance = { asOf: quarterBounds(period)?.end ?? null, source: '市统计局' };
  return higher
    ? {
        value: 12,
        target: 10,
        warningThreshold: 8,
        excellentThreshold: 12,
        version: null,
        ...provenance,
      }
    : {
        value: 8,
        target: 10,
        warningThreshold: 12,
        excellentThreshold: 8,
        version: null,
        ...provenance,
      };
}

export function policyBody(title: string) {
  return {
    title,
    docNumber: null,
    issuer: '市经信局',
    issuedOn: '2026-03-01',
    status: 'in_force',
    budgetWan: 500,
    disbursedWan: 100,
    beneficiaries: 3,
    retired: false,
  };
}

export function projectBody(name: string) {
  return {
    name,
    parkId: null,
    firmId: null,
    origin: 'investment_promotion',
    linkId: null,
    campaignId: null,
    investmentYi: 12.5,
    stage: 'started',
    signedOn: '2026-01-10',
    startedOn: '2026-03-01',
    productionOn: null,
    plannedProductionOn: '2027-06-30',
    progress: 40,
  };
}

export function problemBody(title: string) {
  return {
    firmId: null,
    title,
    detail: '用地指标不足',
    category: '要素保障',
    raisedOn: '2026-06-01',
    ownerDepartmentId: null,
    deadline: null,
    status: 'open',
    resolvedOn: null,
    feedback: null,
  };
}

/** The write routes of the app, as `METHOD /api/path/{param}`, from its OpenAPI document. */
export function writeRoutesOf(app: App): string[] {
  const document = app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: { title: 't', version: '1' },
  });
  const routes: string[] = [];
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of ['post', 'put', 'patch', 'delete'] as const) {
      if (item?.[method]) routes.push(`${method.toUpperCase()} ${path}`);
    }
  }
  return routes.sort();
}
