import { eq, like, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { firmPageSchema } from '../../server/contract/firms';
import { fillNameSortKeys } from '../../server/db/fill-name-sort-keys';
import { nameSortKey } from '../../server/db/name-sort-key';
import { firms } from '../../server/db/schema';
import { createTestUser } from '../support/sessions';
import { engines } from '../support/test-database';
import { getOk, sqlNumber, useTestApi } from './support/api';
import { importFile, postFile } from './support/import-files';
import { creditCode, firmSampleBody, sendWrite } from './support/writes';

/*
 * Chinese names in pinyin order, the same on both engines: code points would put 中国 before
 * 北京 before 安徽, and 重庆 (chóng) after 长沙 only by accident of 重's code point.
 */

/** Code-point order of these is 中 北 安 重 长; pinyin order is the reverse but for ABC. */
const names = ['中国排序', '北京排序', '安徽排序', '重庆排序', '长沙排序', 'ABC排序'];
const pinyinOrder = ['ABC排序', '安徽排序', '北京排序', '长沙排序', '重庆排序', '中国排序'];

describe('the pinyin sort key', () => {
  test('reads a word as a word, ü as v, full-width letters as letters', () => {
    expect(nameSortKey('重庆长安')).toBe('chong2 qing4 chang2 an1');
    expect(nameSortKey('绿色ＡＢＣ')).toBe('lv4 se4 abc');
    expect(nameSortKey('阿里') < nameSortKey('安徽')).toBe(true);
    expect(nameSortKey('安徽') < nameSortKey('昂扬')).toBe(true);
  });
});

describe.each(engines)('names in pinyin order on %s', (engine) => {
  const api = useTestApi(engine, { sample: true });
  let admin: string;
  let chainId: number;
  const listed = async (order: 'asc' | 'desc') =>
    (
      await getOk(
        api,
        `/api/firms?q=${encodeURIComponent('排序')}&sort=name&order=${order}`,
        firmPageSchema,
      )
    ).items.map((firm) => firm.name);

  const storedFirm = async (name: string) => {
    const [firm] = await api.db.select().from(firms).where(eq(firms.name, name));
    if (!firm) throw new Error(`no firm named ${name}`);
    return firm;
  };

  beforeAll(async () => {
    admin = (await createTestUser(api.db, { role: 'admin' })).cookie;
    chainId = await sqlNumber(api, sql`select min(id)::int from chains`);
    for (const name of names) {
      const response = await sendWrite(
        api.app,
        { method: 'POST', path: '/api/firms', body: { ...firmSampleBody(chainId), name } },
        { cookie: admin },
      );
      expect(response.status).toBe(201);
    }
  });

  test('a created firm sorts by its pinyin, both ways', async () => {
    expect(await listed('asc')).toEqual(pinyinOrder);
    expect(await listed('desc')).toEqual(pinyinOrder.toReversed());
  });

  test('a renamed firm moves to its new name’s place', async () => {
    const firm = await storedFirm('中国排序');
    const response = await sendWrite(
      api.app,
      {
        method: 'PUT',
        path: `/api/firms/${firm.id}`,
        body: {
          ...firmSampleBody(chainId),
          ...pick(firm),
          name: '阿里排序',
          version: firm.version,
        },
      },
      { cookie: admin },
    );
    expect(response.status).toBe(200);
    expect(await listed('asc')).toEqual(['阿里排序', ...pinyinOrder.slice(0, -1)]);
  });

  test('an import’s new and renamed firms get their keys too', async () => {
    const [{ name: chainName } = { name: '' }] = (
      (await api.db.execute(sql`select name from chains where id = ${chainId}`)) as unknown as {
        rows: { name: string }[];
      }
    ).rows;
    const renamed = await storedFirm('北京排序');
    const file = await importFile('firms', [
      {
        name: '八一排序',
        creditCode: renamed.creditCode,
        chainIds: chainName,
        revenueBand: '十亿级',
      },
      {
        name: '爱心排序',
        creditCode: creditCode(9_876_543),
        chainIds: chainName,
        revenueBand: '十亿级',
      },
    ]);
    const preview = await postFile(api.app, '/api/imports/firms/preview?name=f.csv', file, {
      cookie: admin,
    });
    expect(preview.body.problems).toEqual([]);
    const commit = await postFile(
      api.app,
      `/api/imports/firms?name=f.csv&preview=${preview.body.preview}`,
      file,
      { cookie: admin },
    );
    expect(commit.status, JSON.stringify(commit.body)).toBe(201);
    const stored = await api.db.select().from(firms).where(like(firms.name, '%排序'));
    for (const firm of stored) expect(firm.nameSortKey, firm.name).toBe(nameSortKey(firm.name));
    expect((await listed('asc')).slice(0, 5)).toEqual([
      '阿里排序',
      'ABC排序',
      '爱心排序',
      '安徽排序',
      '八一排序',
    ]);
  });

  test('a start fills in the keys of rows written before keys existed', async () => {
    await api.db.execute(sql`update firms set name_sort_key = null`);
    expect(await fillNameSortKeys(api.db)).toBeGreaterThan(1000);
    const missing = await sqlNumber(
      api,
      sql`select count(*)::int from firms where name_sort_key is null`,
    );
    expect(missing).toBe(0);
    expect(await fillNameSortKeys(api.db)).toBe(0);
    const firm = await storedFirm('安徽排序');
    expect(firm.nameSortKey).toBe(nameSortKey('安徽排序'));
  });
});

/** The editable fields of a stored firm, as its form would send them back. */
function pick(firm: typeof firms.$inferSelect) {
  return {
    nameEn: firm.nameEn,
    creditCode: firm.creditCode,
    parkId: firm.parkId,
    revenueBand: firm.revenueBand,
    revenueYi: firm.revenueYi,
    tags: firm.tags,
    foundedYear: firm.foundedYear,
    employees: firm.employees,
  };
}
