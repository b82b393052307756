import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../server/db/open';
import { prepareDatabase } from '../../server/db/prepare';
import {
  chains,
  datasetInfo,
  departments,
  firms,
  problems,
  projects,
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

    it('applies the migrations and loads the sample city', async () => {
      const result = await prepareDatabase(opened, { sampleData: true, today: SAMPLE_TODAY });
      expect(result.sampleLoaded).toBe(true);
      expect(await tableCounts(opened)).toEqual({
        chains: 12,
        firms: expect.any(Number),
        projects: expect.any(Number),
        problems: 2090,
        dataset: 1,
      });
    });

    it('never loads the sample twice: a restart changes nothing', async () => {
      const before = await tableCounts(opened);
      const result = await prepareDatabase(opened, { sampleData: true, today: '2026-07-01' });
      expect(result.sampleLoaded).toBe(false);
      expect(await tableCounts(opened)).toEqual(before);
    });
  });

  describe('a real deployment', () => {
    let opened: OpenDatabase;
    beforeAll(async () => {
      opened = await createBlankDatabase(engine);
    });
    afterAll(() => opened.close());

    it('with SAMPLE_DATA off gets the schema and no data', async () => {
      const result = await prepareDatabase(opened, { sampleData: false, today: SAMPLE_TODAY });
      expect(result.sampleLoaded).toBe(false);
      expect(await tableCounts(opened)).toEqual({
        chains: 0,
        firms: 0,
        projects: 0,
        problems: 0,
        dataset: 0,
      });
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
    });
  });
});
