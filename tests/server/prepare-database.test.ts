import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../server/db/open';
import { verifyPassword } from '../../server/app/auth/passwords';
import { prepareDatabase } from '../../server/db/prepare';
import { SAMPLE_PASSWORD } from '../../server/db/sample';
import {
  chains,
  datasetInfo,
  departments,
  firms,
  problems,
  projects,
  users,
} from '../../server/db/schema';
import { SAMPLE_TODAY } from '../support/sample-clock';
import { createBlankDatabase, engines } from '../support/test-database';

async function tableCounts(opened: OpenDatabase) {
  const { db } = opened;
  const [[chainRows], [firmRows], [projectRows], [problemRows], [datasetRows]] = await Promise.all([
    db.select({ n: count() }).from(chains),
    db.select({ n: count() }).from(firms),
    db.select({ n: count() }).from(projects),
    db.select({ n: count() }).from(problems),
    db.select({ n: count() }).from(datasetInfo),
  ]);
  return {
    chains: chainRows?.n,
    firms: firmRows?.n,
    projects: projectRows?.n,
    problems: problemRows?.n,
    dataset: datasetRows?.n,
  };
}

describe.each(engines)('preparing a database on %s', (engine) => {
  describe('a first start on a blank database', () => {
    let opened: OpenDatabase;
    beforeAll(async () => {
      opened = await createBlankDatabase(engine);
    });
    afterAll(() => opened.close());

    const log: string[] = [];

    it('applies the migrations and loads the sample city', async () => {
      const result = await prepareDatabase(opened, {
        sampleData: true,
        today: SAMPLE_TODAY,
        log: (line) => log.push(line),
      });
      expect(result.sampleLoaded).toBe(true);
      expect(await tableCounts(opened)).toEqual({
        chains: 12,
        firms: expect.any(Number),
        projects: expect.any(Number),
        problems: 2090,
        dataset: 1,
      });
    });

    it('creates the administrator beside the sample users, with a generated password printed once', async () => {
      const created = log.filter((line) =>
        line.startsWith('Created user admin (admin) with password '),
      );
      expect(created).toHaveLength(1);
      const password = /with password (\S+)/.exec(created[0] ?? '')?.[1] ?? '';
      expect(password.length).toBeGreaterThanOrEqual(16);
      const all = await opened.db.select().from(users).orderBy(users.username);
      const admins = all.filter((user) => user.role === 'admin');
      expect(admins.map((user) => user.username)).toEqual(['admin']);
      expect(await verifyPassword(password, admins[0]?.passwordHash ?? '')).toBe(true);
      // The sample's viewer, twelve editors, security and audit administrators share the
      // published password (one hash); only the system administrator's is generated.
      const sample = all.filter((user) => user.role !== 'admin');
      expect(sample).toHaveLength(16);
      expect(new Set(sample.map((user) => user.passwordHash)).size).toBe(1);
      expect(await verifyPassword(SAMPLE_PASSWORD, sample[0]?.passwordHash ?? '')).toBe(true);
    });

    it('never loads the sample twice: a restart changes nothing', async () => {
      const before = await tableCounts(opened);
      const usersBefore = await opened.db.select().from(users).orderBy(users.id);
      const restartLog: string[] = [];
      const result = await prepareDatabase(opened, {
        sampleData: true,
        today: '2026-07-01',
        administratorPasswords: { admin: 'a-new-admin-password' },
        log: (line) => restartLog.push(line),
      });
      expect(result.sampleLoaded).toBe(false);
      expect(await tableCounts(opened)).toEqual(before);
      // An administrator exists: nobody's password is reset, nothing is printed.
      expect(await opened.db.select().from(users).orderBy(users.id)).toEqual(usersBefore);
      expect(restartLog.join('\n')).not.toContain('password');
    });
  });

  describe('a real deployment', () => {
    let opened: OpenDatabase;
    beforeAll(async () => {
      opened = await createBlankDatabase(engine);
    });
    afterAll(() => opened.close());

    it('with SAMPLE_DATA off gets the schema, no data, and only the three administrators, who must change their passwords', async () => {
      const log: string[] = [];
      const result = await prepareDatabase(opened, {
        sampleData: false,
        today: SAMPLE_TODAY,
        administratorPasswords: { admin: 'the-chosen-secret-1' },
        log: (line) => log.push(line),
      });
      expect(result.sampleLoaded).toBe(false);
      expect(await tableCounts(opened)).toEqual({
        chains: 0,
        firms: 0,
        projects: 0,
        problems: 0,
        dataset: 0,
      });
      const all = await opened.db.select().from(users).orderBy(users.id);
      expect(
        all.map(({ username, role, disabledAt, mustChangePassword }) => ({
          username,
          role,
          disabledAt,
          mustChangePassword,
        })),
      ).toEqual([
        { username: 'admin', role: 'admin', disabledAt: null, mustChangePassword: true },
        {
          username: 'security-admin',
          role: 'security_admin',
          disabledAt: null,
          mustChangePassword: true,
        },
        {
          username: 'audit-admin',
          role: 'audit_admin',
          disabledAt: null,
          mustChangePassword: true,
        },
      ]);
      expect(await verifyPassword('the-chosen-secret-1', all[0]?.passwordHash ?? '')).toBe(true);
      expect(all[0]?.passwordHash).not.toContain('the-chosen-secret-1');
      // The operator chose it: it is never echoed into the log; the others are printed once.
      expect(log).toContain(
        'Created user admin (admin) with the password from the environment; it must be changed at the first sign-in',
      );
      expect(log.filter((line) => line.includes('— it is shown only now'))).toHaveLength(2);
      expect(log.join('\n')).not.toContain('the-chosen-secret-1');
    });

    it('keeps its own records when later started with the sample on', async () => {
      const [department] = await opened.db
        .insert(departments)
        .values({ name: '市经济和信息化局' })
        .returning();
      await opened.db.insert(chains).values({
        code: 'own-chain',
        name: '自有产业链',
        category: 'strategic',
        leaderName: '张三',
        leadDepartmentId: department?.id,
      });
      const result = await prepareDatabase(opened, { sampleData: true, today: SAMPLE_TODAY });
      expect(result.sampleLoaded).toBe(false);
      const names = await opened.db.select({ name: chains.name }).from(chains);
      expect(names).toEqual([{ name: '自有产业链' }]);
      expect(await opened.db.select({ n: count() }).from(users)).toEqual([{ n: 3 }]);
    });
  });

  describe('a database whose administrator has another name', () => {
    let opened: OpenDatabase;
    beforeAll(async () => {
      opened = await createBlankDatabase(engine);
    });
    afterAll(() => opened.close());

    it('gets no second administrator named admin', async () => {
      await prepareDatabase(opened, {
        sampleData: false,
        today: SAMPLE_TODAY,
        administratorPasswords: { admin: 'first-admin-password' },
        log: () => {},
      });
      await opened.db.update(users).set({ username: 'li.ming' }).where(eq(users.username, 'admin'));
      const log: string[] = [];
      await prepareDatabase(opened, {
        sampleData: false,
        today: SAMPLE_TODAY,
        log: (line) => log.push(line),
      });
      expect(
        await opened.db.select({ username: users.username }).from(users).orderBy(users.id),
      ).toEqual([
        { username: 'li.ming' },
        { username: 'security-admin' },
        { username: 'audit-admin' },
      ]);
      expect(log).toEqual([]);
    });
  });
});
