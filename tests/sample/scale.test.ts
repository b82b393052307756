import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app/create-app';
import { editedValues } from '../../server/app/writes/snapshot';
import {
  chainStatusKind,
  fiveOneKind,
  problemKind,
  projectKind,
} from '../../server/app/writes/kinds';
import { overviewSchema } from '../../server/contract/overview';
import { applyMigrations, openDatabase } from '../../server/db/open';
import { buildSampleCity, loadSampleCity, sampleEditorName } from '../../server/db/sample';
import { isValidCreditCode } from '../../server/db/sample/credit-codes';
import {
  AUDIT_EVENTS_PER_SCALE,
  buildAuditHistory,
  scaleSampleCity,
} from '../../server/db/sample/scale';
import * as schema from '../../server/db/schema';
import { parseSeedOptions } from '../../server/db/seed-options';
import { getOk, sqlNumber, type TestApi } from '../api/support/api';
import { SAMPLE_TODAY, sampleNow } from '../support/sample-clock';
import { createTestUser } from '../support/sessions';
import { createTestDatabase, engines, type TestDatabase } from '../support/test-database';

const SCALE = 3;
const sample = buildSampleCity(SAMPLE_TODAY);
const scaled = scaleSampleCity(sample, SCALE);
const history = buildAuditHistory(sample, SCALE, SAMPLE_TODAY);

const MULTIPLIED = [
  'firms',
  'firmChains',
  'chainLinkFirms',
  'projects',
  'problems',
  'statusReports',
] as const;

describe('the scaled sample city (pure)', () => {
  it('is the sample itself at scale 1', () => {
    expect(scaleSampleCity(buildSampleCity(SAMPLE_TODAY), 1)).toEqual(sample);
  });

  it('multiplies firms, their links, projects, problems and status reports, and keeps the city frame', () => {
    for (const table of MULTIPLIED) {
      expect(scaled[table].length, table).toBe(SCALE * sample[table].length);
    }
    for (const table of Object.keys(sample) as (keyof typeof sample)[]) {
      if (!(MULTIPLIED as readonly string[]).includes(table)) {
        expect(scaled[table], table).toEqual(sample[table]);
      }
    }
  });

  it('gives every firm its own name and a valid, unique 统一社会信用代码', () => {
    const names = new Set(scaled.firms.map((firm) => firm.name));
    expect(names.size).toBe(scaled.firms.length);
    const codes = scaled.firms.map((firm) => firm.creditCode ?? '');
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.filter((code) => !isValidCreditCode(code))).toEqual([]);
  });

  it('varies the copies’ figures rather than repeating the sample', () => {
    const revenue = (firms: typeof sample.firms) =>
      firms.reduce((sum, firm) => sum + (firm.revenueYi ?? 0), 0);
    const copies = scaled.firms.slice(sample.firms.length);
    expect(revenue(copies)).not.toBeCloseTo((SCALE - 1) * revenue(sample.firms), 0);
    expect(scaled.projects.slice(sample.projects.length).map((p) => p.signedOn)).not.toEqual([
      ...sample.projects.map((p) => p.signedOn),
      ...sample.projects.map((p) => p.signedOn),
    ]);
  });

  it('is deterministic: the same scale and day give the same rows', () => {
    expect(scaleSampleCity(buildSampleCity(SAMPLE_TODAY), SCALE)).toEqual(scaled);
    expect(buildAuditHistory(buildSampleCity(SAMPLE_TODAY), SCALE, SAMPLE_TODAY)).toEqual(history);
  });

  it('has a year of audit history by each chain’s editors, shaped as the write path keeps it', () => {
    expect(history).toHaveLength(AUDIT_EVENTS_PER_SCALE * SCALE);
    const kinds = new Map(
      [chainStatusKind, fiveOneKind, projectKind, problemKind].map((kind) => [kind.type, kind]),
    );
    const codeOf = new Map(sample.chains.map((chain) => [chain.id, chain.code]));
    const yearAgo = new Date('2025-06-15T00:00:00+08:00').getTime();
    let previous = 0;
    for (const event of history) {
      const kind = kinds.get(event.entityType);
      expect(kind, event.entityType).toBeDefined();
      const keys = [
        ...(kind?.identity ?? []),
        ...(kind?.fields ?? []),
        'version',
        'updatedAt',
        'updatedBy',
      ];
      expect(Object.keys(event.before as Record<string, unknown>).sort()).toEqual([...keys].sort());
      expect(Object.keys(event.after as Record<string, unknown>).sort()).toEqual([...keys].sort());
      expect(
        editedValues(kind ?? { identity: [] }, event.before as Record<string, unknown>),
      ).not.toEqual(editedValues(kind ?? { identity: [] }, event.after as Record<string, unknown>));
      expect(event.actor).toBe(sampleEditorName(codeOf.get(event.chainId ?? 0) ?? ''));
      const at = (event.at as Date).getTime();
      expect(at).toBeGreaterThanOrEqual(Math.max(previous, yearAgo));
      expect(at).toBeLessThanOrEqual(sampleNow().getTime());
      previous = at;
    }
    expect(new Set(history.map((event) => event.entityType))).toEqual(new Set(kinds.keys()));
  });
});

describe.each(engines)('the scaled sample city loaded on %s', (engine) => {
  let database: TestDatabase;
  let api: TestApi;
  beforeAll(async () => {
    database = await createTestDatabase(engine, { sample: false });
    await loadSampleCity(database.db, { today: SAMPLE_TODAY, scale: SCALE });
    const viewer = await createTestUser(database.db, { role: 'viewer' });
    api = {
      app: createApp({ db: database.db, now: sampleNow }),
      db: database.db,
      cookie: viewer.cookie,
    };
  }, 180_000);
  afterAll(() => database?.close());

  const count = (table: string) =>
    sqlNumber(api, sql`select count(*)::int from ${sql.identifier(table)}`);

  it('holds every row the builder made (the foreign keys held, or the load would have failed)', async () => {
    expect(await count('firms')).toBe(scaled.firms.length);
    expect(await count('projects')).toBe(scaled.projects.length);
    expect(await count('problems')).toBe(scaled.problems.length);
    expect(await count('chain_link_firms')).toBe(scaled.chainLinkFirms.length);
    expect(await count('status_reports')).toBe(scaled.statusReports.length);
    expect(
      await sqlNumber(api, sql`select count(*)::int from audit_events where user_id is not null`),
    ).toBe(history.length);
  });

  it('moved the id sequences past the loaded rows', async () => {
    const [firm] = await database.db
      .insert(schema.firms)
      .values({ name: '新设企业', revenueBand: 'under_100m' })
      .returning({ id: schema.firms.id });
    expect(firm?.id).toBeGreaterThan(Math.max(...scaled.firms.map((f) => f.id ?? 0)));
  });

  it('answers the overview with headline figures equal to hand-written SQL', async () => {
    const { headline } = await getOk(api, '/api/overview', overviewSchema);
    expect(headline.firms.total).toBe(await count('firms'));
    expect(headline.firms.highTech).toBe(
      await sqlNumber(
        api,
        sql`select count(*)::int from firms where 'high_tech'::firm_tag = any(tags)`,
      ),
    );
    expect(headline.problems.total).toBe(await count('problems'));
    expect(headline.problems.resolved).toBe(
      await sqlNumber(api, sql`select count(*)::int from problems where status = 'resolved'`),
    );
    expect(headline.promotionProjects.count).toBe(
      await sqlNumber(
        api,
        sql`select count(*)::int from projects where origin = 'investment_promotion'`,
      ),
    );
  });
});

describe('npm run db:seed', () => {
  it('reads --scale N and --reset', () => {
    expect(parseSeedOptions(['--scale', '20'])).toEqual({ scale: 20, reset: false });
    expect(parseSeedOptions(['--scale=1', '--reset'])).toEqual({ scale: 1, reset: true });
  });

  it.each([
    [[]],
    [['--scale', '0']],
    [['--scale', '101']],
    [['--scale', '2.5']],
    [['--scale', 'x']],
    [['--scale', '2', '--bogus']],
  ])('refuses %j with the usage', (args) => {
    expect(() => parseSeedOptions(args)).toThrow(/usage: npm run db:seed -- --scale N/);
  });

  it('refuses a database that has data unless --reset is given, and keeps the data', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'chainboard-seed-'));
    try {
      const opened = await openDatabase({ engine: 'pglite', dataDir });
      await applyMigrations(opened);
      await opened.db.insert(schema.departments).values({ name: '已有部门' });
      await opened.close();

      // PGlite in DATA_DIR, whatever database the test run itself was given.
      const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
      delete env.DATABASE_URL;
      const run = promisify(execFile)(
        'node_modules/.bin/tsx',
        ['server/db/seed.ts', '--scale', '1'],
        { env },
      );
      await expect(run).rejects.toMatchObject({
        code: 1,
        stderr: expect.stringContaining('add --reset'),
      });

      const reopened = await openDatabase({ engine: 'pglite', dataDir });
      const departments = await reopened.db.select().from(schema.departments);
      await reopened.close();
      expect(departments.map((department) => department.name)).toEqual(['已有部门']);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
