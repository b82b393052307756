import { PGlite } from '@electric-sql/pglite';
import { getTableName, is } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../server/app/auth/passwords';
import {
  SAMPLE_AUDIT_ADMIN,
  SAMPLE_PASSWORD,
  SAMPLE_SECURITY_ADMIN,
  SAMPLE_VIEWER,
  sampleEditorName,
} from '../../server/db/sample';
import * as schema from '../../server/db/schema';
import { buildSampleCity, loadSampleCity, SAMPLE_SEED_VERSION } from '../../server/db/sample';
import { isValidCreditCode } from '../../server/db/sample/credit-codes';

const TODAY = '2026-06-15';

async function migratedDatabase() {
  const client = new PGlite();
  const db = drizzle({ client, schema });
  await migrate(db, { migrationsFolder: 'server/db/migrations' });
  return { client, db };
}

/** One digest per table: every row as JSON, in a stable order. */
async function tableDigests(client: PGlite): Promise<Record<string, string>> {
  const tables = Object.values(schema).flatMap((value) =>
    is(value, PgTable) ? [getTableName(value)] : [],
  );
  const digests: Record<string, string> = {};
  for (const table of tables) {
    // loaded_at is when the load ran, deliberately not part of the data; a password hash has
    // a fresh random salt on every load, and a user's times are when the load ran.
    const row =
      table === 'dataset_info'
        ? `(to_jsonb(t) - 'loaded_at')`
        : table === 'users'
          ? `(to_jsonb(t) - 'password_hash' - 'created_at' - 'updated_at')`
          : 'to_jsonb(t)';
    const result = await client.query<{ digest: string | null; n: number }>(
      `select md5(string_agg(${row}::text, '|' order by ${row}::text)) as digest, count(*)::int as n from "${table}" t`,
    );
    const first = result.rows[0];
    digests[table] = `${first?.n ?? 0}:${first?.digest ?? ''}`;
  }
  return digests;
}

let client: PGlite;

async function rows<T>(query: string): Promise<T[]> {
  return (await client.query<T>(query)).rows;
}

async function value<T>(query: string): Promise<T> {
  const [row] = await rows<Record<string, T>>(query);
  if (!row) throw new Error(`No row from: ${query}`);
  return Object.values(row)[0] as T;
}

const count = (query: string) => value<number>(`select count(*)::int from (${query}) q`);

beforeAll(async () => {
  ({ client } = await migratedDatabase());
  const db = drizzle({ client, schema });
  await loadSampleCity(db, { today: TODAY });
}, 60_000);

describe('the sample city', () => {
  // How long loading takes is a benchmark's question, not a test's: a timed assertion fails
  // on a busy machine and proves nothing about the data.
  it('says it is a sample', async () => {
    const [info] = await rows<Record<string, unknown>>('select * from dataset_info');
    expect(info).toMatchObject({
      id: 1,
      is_sample: true,
      city_name: '绵阳市（示例）',
      city_name_en: 'Mianyang (sample)',
      seed_version: SAMPLE_SEED_VERSION,
    });
  });

  it('adds a viewer, one editor per chain scoped to it, a department user, a security and an audit administrator, all with the published password', async () => {
    const users = await rows<{
      username: string;
      display_name: string;
      role: string;
      password_hash: string;
      chains: string;
      chain_names: string;
    }>(
      `select u.username, u.display_name, u.role, u.password_hash,
         coalesce(string_agg(c.code, ','), '') as chains, coalesce(string_agg(c.name, ','), '') as chain_names
       from users u left join user_chain_scopes s on s.user_id = u.id left join chains c on c.id = s.chain_id
       group by u.id order by u.username`,
    );
    expect(users).toHaveLength(16);
    expect(users.find((user) => user.username === SAMPLE_VIEWER)).toMatchObject({
      role: 'viewer',
      chains: '',
    });
    // 三权分立: one of each administrator beside the system administrator made at start-up.
    expect(
      users
        .filter((user) => user.role === 'security_admin' || user.role === 'audit_admin')
        .map(({ username, role, chains }) => ({ username, role, chains })),
    ).toEqual([
      { username: SAMPLE_AUDIT_ADMIN, role: 'audit_admin', chains: '' },
      { username: SAMPLE_SECURITY_ADMIN, role: 'security_admin', chains: '' },
    ]);
    // 部门办理: the department most of the sample's problems are assigned to.
    expect(users.filter((user) => user.role === 'department').map((user) => user.username)).toEqual(
      ['dept-industry'],
    );
    const editors = users.filter((user) => user.role === 'editor');
    expect(editors).toHaveLength(12);
    for (const editor of editors) {
      expect(editor.username).toBe(sampleEditorName(editor.chains));
      // The chain's task force (专班), e.g. 新型显示专班.
      expect(editor.display_name).toBe(`${editor.chain_names}专班`);
    }
    expect(users.find((user) => user.username === 'editor-new-display')?.display_name).toBe(
      '新型显示专班',
    );
    // Hashed once per load: every sample user holds the same string.
    expect(new Set(users.map((user) => user.password_hash)).size).toBe(1);
    const [first] = users;
    expect(await verifyPassword(SAMPLE_PASSWORD, first?.password_hash ?? '')).toBe(true);
    expect(first?.password_hash).not.toContain(SAMPLE_PASSWORD);
  });

  // The security policy is not the city's data: it stays unsigned, as the security
  // administrator's page shows a policy nobody has changed yet.
  it('writes no sessions or audit events, and signs every row "sample"', async () => {
    expect(await count('select 1 from sessions')).toBe(0);
    expect(await count('select 1 from audit_events')).toBe(0);
    expect(await count('select 1 from security_events')).toBe(0);
    const tables = await rows<{ table_name: string }>(
      `select table_name from information_schema.columns where column_name = 'updated_by' and table_schema = 'public' and table_name not in ('users', 'security_policy')`,
    );
    expect(tables.length).toBeGreaterThan(15);
    for (const { table_name } of tables) {
      expect(
        await count(`select 1 from "${table_name}" where updated_by is distinct from 'sample'`),
      ).toBe(0);
    }
  });

  it('has the 12 chains, 8 strategic and 4 future, two with a stale status', async () => {
    const chains = await rows<{
      code: string;
      category: string;
      sort_order: number;
      status: string;
    }>('select code, category, sort_order, status from chains order by sort_order');
    expect(chains.map((chain) => chain.code)).toEqual([
      'new-display',
      'nuclear-tech',
      'laser-tech',
      'drones',
      'robotics',
      'aerospace',
      'biomed',
      'pv-storage',
      'ai',
      'commercial-space',
      'terahertz',
      'low-altitude',
    ]);
    expect(chains.map((chain) => chain.sort_order)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
    ]);
    expect(chains.filter((chain) => chain.category === 'strategic')).toHaveLength(8);
    const reds = chains.filter((chain) => chain.status === 'red').length;
    expect(reds).toBeGreaterThanOrEqual(1);
    expect(reds).toBeLessThanOrEqual(2);
    const ages = await rows<{ age: number }>(
      `select ('${TODAY}'::date - (status_updated_at at time zone 'Asia/Shanghai')::date) as age from chains`,
    );
    const stale = ages.filter(({ age }) => age > 30);
    expect(stale).toHaveLength(2);
    for (const { age } of stale) expect(age).toBeGreaterThanOrEqual(35);
    for (const { age } of stale) expect(age).toBeLessThanOrEqual(60);
    expect(ages.filter(({ age }) => age <= 21)).toHaveLength(10);
    expect(
      await count('select 1 from chains where lead_department_id is null or status_note is null'),
    ).toBe(0);
  });

  it('has about fifteen departments with English names', async () => {
    expect(await count('select 1 from departments')).toBeGreaterThanOrEqual(15);
    expect(await count('select 1 from departments where name_en is null')).toBe(0);
  });

  describe('firms', () => {
    it('has the article’s exact tag counts', async () => {
      const tags = await rows<{ tag: string; n: number }>(
        'select tag::text, count(*)::int as n from firms, unnest(tags) as tag group by tag',
      );
      const byTag = Object.fromEntries(tags.map(({ tag, n }) => [tag, n]));
      expect(byTag.high_tech).toBe(812);
      expect(byTag.tech_sme).toBe(2913);
      expect(byTag.little_giant).toBe(35);
      expect(byTag.single_champion).toBe(5);
    });

    it('has exactly 1 firm over 100 billion (长虹) and 3 over 10 billion (九洲, 京东方, 惠科)', async () => {
      const big = await rows<{ name: string; revenue_band: string }>(
        `select name, revenue_band from firms where revenue_band in ('over_100b', 'over_10b') order by name`,
      );
      expect(
        big.filter((firm) => firm.revenue_band === 'over_100b').map((firm) => firm.name),
      ).toEqual(['四川长虹电子控股集团有限公司']);
      expect(
        big
          .filter((firm) => firm.revenue_band === 'over_10b')
          .map((firm) => firm.name)
          .sort(),
      ).toEqual(
        [
          '四川九洲电器集团有限责任公司',
          '绵阳京东方光电科技有限公司',
          '绵阳惠科光电科技有限公司',
        ].sort(),
      );
      expect(await count(`select 1 from firms where revenue_band = 'over_1b'`)).toBeGreaterThan(0);
      const total = await count('select 1 from firms');
      expect(total).toBeGreaterThanOrEqual(3400);
      expect(total).toBeLessThanOrEqual(3600);
      expect(await count(`select 1 from firms where revenue_band = 'under_100m'`)).toBeGreaterThan(
        total / 2,
      );
    });

    it('keeps revenue, tags and credit codes consistent', async () => {
      const outOfBand = `select 1 from firms where revenue_yi is null
        or (revenue_band = 'over_100b' and revenue_yi < 1000)
        or (revenue_band = 'over_10b' and (revenue_yi < 100 or revenue_yi >= 1000))
        or (revenue_band = 'over_1b' and (revenue_yi < 10 or revenue_yi >= 100))
        or (revenue_band = 'over_100m' and (revenue_yi < 1 or revenue_yi >= 10))
        or (revenue_band = 'under_100m' and revenue_yi >= 1)`;
      expect(await count(outOfBand)).toBe(0);
      expect(
        await count(
          `select 1 from firms where 'tech_sme' = any(tags) and (revenue_yi > 2 or employees > 500)`,
        ),
      ).toBe(0);
      expect(
        await count(`select 1 from firms where ('above_scale' = any(tags)) <> (revenue_yi >= 0.2)`),
      ).toBe(0);
      expect(
        await count(
          'select 1 from firms where founded_year is null or employees is null or name_en is null',
        ),
      ).toBe(0);
      const codes = await rows<{ credit_code: string }>('select credit_code from firms');
      expect(new Set(codes.map((row) => row.credit_code)).size).toBe(codes.length);
      for (const { credit_code } of codes) expect(isValidCreditCode(credit_code)).toBe(true);
      expect(await count('select 1 from firms where park_id is null')).toBeLessThan(
        codes.length / 4,
      );
    });

    it('puts 60–250 firms in each chain and about a third in none', async () => {
      const sizes = await rows<{ n: number }>(
        'select count(*)::int as n from firm_chains group by chain_id',
      );
      expect(sizes).toHaveLength(12);
      for (const { n } of sizes) {
        expect(n).toBeGreaterThanOrEqual(60);
        expect(n).toBeLessThanOrEqual(250);
      }
      const total = await count('select 1 from firms');
      const outside = await count(
        'select 1 from firms f where not exists (select 1 from firm_chains fc where fc.firm_id = f.id)',
      );
      expect(outside / total).toBeGreaterThan(0.28);
      expect(outside / total).toBeLessThan(0.4);
    });

    it('places the article’s firms in the article’s chains', async () => {
      const chainsOf = async (name: string) =>
        (
          await rows<{ code: string }>(
            `select c.code from firms f join firm_chains fc on fc.firm_id = f.id join chains c on c.id = fc.chain_id where f.name = '${name}' order by c.code`,
          )
        ).map((row) => row.code);
      expect(await chainsOf('四川长虹电子控股集团有限公司')).toEqual(
        expect.arrayContaining(['new-display', 'ai']),
      );
      expect(await chainsOf('四川九洲电器集团有限责任公司')).toEqual(
        expect.arrayContaining(['drones', 'aerospace', 'low-altitude']),
      );
      expect(await chainsOf('绵阳京东方光电科技有限公司')).toContain('new-display');
      expect(await chainsOf('绵阳惠科光电科技有限公司')).toContain('new-display');
      expect(await chainsOf('四川富临精工股份有限公司')).toEqual(
        expect.arrayContaining(['pv-storage', 'robotics']),
      );
      expect(await chainsOf('四川玖源源粒子科技有限公司')).toContain('nuclear-tech');
      expect(await chainsOf('四川天雄药业有限公司')).toContain('biomed');
      expect(await chainsOf('埃克森新能源（绵阳）有限公司')).toContain('pv-storage');
      const parkOf = (name: string) =>
        value<string>(
          `select p.name || '/' || p.district from firms f join parks p on p.id = f.park_id where f.name = '${name}'`,
        );
      expect(await parkOf('四川天雄药业有限公司')).toBe('安州工业园/安州区');
      expect(await parkOf('埃克森新能源（绵阳）有限公司')).toMatch(/\/高新区$/);
      expect(
        await value<string>(
          `select f.name from chain_leader_firms l join chains c on c.id = l.chain_id join firms f on f.id = l.firm_id where c.code = 'new-display'`,
        ),
      ).toBe('四川长虹电子控股集团有限公司');
    });
  });

  describe('parks and clusters', () => {
    it('has exactly 10 specialty parks, a few others, and 2–4 host parks per chain', async () => {
      expect(await count('select 1 from parks where is_specialty')).toBe(10);
      const others = await count('select 1 from parks where not is_specialty');
      expect(others).toBeGreaterThanOrEqual(2);
      expect(others).toBeLessThanOrEqual(4);
      expect(
        await count(`select 1 from parks where name in ('科技城新区机器人产业园', '安州工业园')`),
      ).toBe(2);
      expect(
        await count(
          'select 1 from parks where occupancy_rate not between 0.55 and 0.98 or output_yi is null',
        ),
      ).toBe(0);
      const hosts = await rows<{ n: number; main: number }>(
        'select count(*)::int as n, count(*) filter (where is_main)::int as main from park_chains group by chain_id',
      );
      expect(hosts).toHaveLength(12);
      for (const { n, main } of hosts) {
        expect(n).toBeGreaterThanOrEqual(2);
        expect(n).toBeLessThanOrEqual(4);
        expect(main).toBe(1);
      }
    });

    it('has 3 national, 6 provincial and 2 SME feature clusters recognised, plus hopefuls', async () => {
      const recognised = (level: string) =>
        count(
          `select 1 from clusters where level = '${level}' and status = 'recognised' and recognised_on is not null`,
        );
      expect(await recognised('national')).toBe(3);
      expect(await recognised('provincial')).toBe(6);
      expect(await recognised('sme_feature')).toBe(2);
      const sme = await rows<{ name: string; chains: number }>(
        `select name, (select count(*)::int from cluster_chains cc where cc.cluster_id = c.id) as chains from clusters c where level = 'sme_feature'`,
      );
      expect(sme.some((cluster) => cluster.name.includes('连接器'))).toBe(true);
      expect(sme.some((cluster) => cluster.name.includes('特冶新材料'))).toBe(true);
      for (const cluster of sme) expect(cluster.chains).toBe(0);
      const hopefuls = await count(`select 1 from clusters where status <> 'recognised'`);
      expect(hopefuls).toBeGreaterThanOrEqual(1);
      expect(hopefuls).toBeLessThanOrEqual(2);
      for (const code of ['new-display', 'nuclear-tech', 'drones']) {
        expect(
          await count(
            `select 1 from clusters cl join cluster_chains cc on cc.cluster_id = cl.id join chains c on c.id = cc.chain_id where cl.level = 'provincial' and cl.status = 'recognised' and c.code = '${code}'`,
          ),
        ).toBe(1);
      }
    });
  });

  describe('chain maps', () => {
    it('gives every chain 3 segments of 4–8 links, with weak and missing links', async () => {
      const segments = await rows<{ chain_id: number; positions: string; sizes: number[] }>(
        `select s.chain_id, string_agg(s.position::text, ',' order by s.position) as positions,
                array_agg((select count(*)::int from chain_links l where l.segment_id = s.id)) as sizes
         from chain_segments s group by s.chain_id`,
      );
      expect(segments).toHaveLength(12);
      for (const segment of segments) {
        expect(segment.positions).toBe('upstream,midstream,downstream');
        for (const size of segment.sizes) {
          expect(size).toBeGreaterThanOrEqual(4);
          expect(size).toBeLessThanOrEqual(8);
        }
      }
      const strengths = await rows<{ weak: number; missing: number; strong: number }>(
        `select count(*) filter (where strength = 'weak')::int as weak, count(*) filter (where strength = 'missing')::int as missing,
                count(*) filter (where strength = 'strong')::int as strong from chain_links group by chain_id`,
      );
      for (const chain of strengths) {
        expect(chain.weak).toBeGreaterThanOrEqual(1);
        expect(chain.missing).toBeGreaterThanOrEqual(1);
        expect(chain.strong).toBeGreaterThanOrEqual(1);
      }
    });

    it('lists several firms on strong links, one or two on weak ones, none on missing ones', async () => {
      const links = await rows<{ strength: string; n: number }>(
        `select l.strength, (select count(*)::int from chain_link_firms f where f.link_id = l.id) as n from chain_links l`,
      );
      for (const link of links) {
        if (link.strength === 'strong') expect(link.n).toBeGreaterThanOrEqual(3);
        if (link.strength === 'weak') expect([1, 2]).toContain(link.n);
        if (link.strength === 'missing') expect(link.n).toBe(0);
      }
      expect(
        await count(
          `select 1 from chain_link_firms lf join chain_links l on l.id = lf.link_id
           where not exists (select 1 from firm_chains fc where fc.firm_id = lf.firm_id and fc.chain_id = l.chain_id)`,
        ),
      ).toBe(0);
    });
  });

  describe('the five ones', () => {
    it('has 5 items per chain, mostly in place, 2–3 missing, strategic chains ahead', async () => {
      expect(await count('select 1 from five_ones')).toBe(60);
      const missing = await count(`select 1 from five_ones where state = 'missing'`);
      expect(missing).toBeGreaterThanOrEqual(2);
      expect(missing).toBeLessThanOrEqual(3);
      const inPlace = await rows<{ category: string; share: number }>(
        `select c.category, avg((f.state = 'in_place')::int)::float as share from five_ones f join chains c on c.id = f.chain_id group by 1`,
      );
      const share = Object.fromEntries(inPlace.map((row) => [row.category, row.share]));
      expect(share.strategic).toBeGreaterThan(share.future ?? 1);
      expect(share.strategic).toBeGreaterThan(0.85);
      expect(
        await value<string>(
          `select f.state from five_ones f join chains c on c.id = f.chain_id where c.code = 'terahertz' and f.item = 'chief_scientist'`,
        ),
      ).toBe('missing');
    });

    it('has detail rows that agree with each state', async () => {
      const state = async (item: string) =>
        rows<{ id: number; state: string }>(
          `select chain_id as id, state from five_ones where item = '${item}'`,
        );
      const has = async (table: string) =>
        new Set(
          (await rows<{ id: number }>(`select distinct chain_id as id from ${table}`)).map(
            (row) => row.id,
          ),
        );
      for (const [item, table] of [
        ['leader_firm', 'chain_leader_firms'],
        ['chief_scientist', 'chief_scientists'],
        ['task_force', 'task_forces'],
        ['policy_package', 'policies'],
      ] as const) {
        const details = await has(table);
        for (const row of await state(item)) {
          if (row.state === 'missing')
            expect(details.has(row.id), `${item} of chain ${row.id}`).toBe(false);
          if (row.state === 'in_place')
            expect(details.has(row.id), `${item} of chain ${row.id}`).toBe(true);
        }
      }
      // The chain-leader tag and the designations are the same firms, each in its chain.
      const tagged = await rows<{ id: number }>(
        `select id from firms where 'chain_leader' = any(tags) order by id`,
      );
      const leaders = await rows<{ id: number }>(
        'select distinct firm_id as id from chain_leader_firms order by firm_id',
      );
      expect(tagged).toEqual(leaders);
      expect(
        await count(
          `select 1 from chain_leader_firms l where not exists (select 1 from firm_chains fc where fc.firm_id = l.firm_id and fc.chain_id = l.chain_id)`,
        ),
      ).toBe(0);
    });

    it('staffs each task force with 5–9 members who met 5–40 days ago', async () => {
      const forces = await rows<{ n: number; age: number; roles: string[] }>(
        `select (select count(*)::int from task_force_members m where m.chain_id = t.chain_id) as n,
                ('${TODAY}'::date - t.last_meeting_on) as age,
                (select array_agg(distinct role) from task_force_members m where m.chain_id = t.chain_id) as roles
         from task_forces t`,
      );
      expect(forces).toHaveLength(12);
      for (const force of forces) {
        expect(force.n).toBeGreaterThanOrEqual(5);
        expect(force.n).toBeLessThanOrEqual(9);
        expect(force.age).toBeGreaterThanOrEqual(5);
        expect(force.age).toBeLessThanOrEqual(40);
        expect(force.roles).toEqual(expect.arrayContaining(['组长', '成员', '联络员']));
      }
    });

    it('has 2–5 policies per package and none where the package is missing', async () => {
      const packages = await rows<{ state: string; n: number }>(
        `select f.state, (select count(*)::int from policies p where p.chain_id = f.chain_id) as n from five_ones f where f.item = 'policy_package'`,
      );
      for (const { state, n } of packages) {
        if (state === 'missing') expect(n).toBe(0);
        else {
          expect(n).toBeGreaterThanOrEqual(2);
          expect(n).toBeLessThanOrEqual(5);
        }
      }
      expect(
        await count(`select 1 from policies where title = '绵阳市支持园区高质量发展十条政策措施'`),
      ).toBe(1);
      expect(await count('select 1 from policies where disbursed_wan > budget_wan')).toBe(0);
      expect(
        await count(
          `select 1 from policies where (status = 'draft') <> (doc_number is null or issued_on is null)`,
        ),
      ).toBe(0);
      const statuses = await rows<{ status: string }>('select distinct status::text from policies');
      expect(statuses.map((row) => row.status).sort()).toEqual([
        'draft',
        'expired',
        'in_force',
        'issued',
      ]);
    });
  });

  describe('projects', () => {
    it('has 168 招商 projects worth exactly 2,024.55 亿元', async () => {
      const [promotion] = await rows<{ n: number; total: string; smallest: string; big: number }>(
        `select count(*)::int as n, sum(investment_yi)::text as total, min(investment_yi)::text as smallest,
                count(*) filter (where investment_yi >= 50)::int as big
         from projects where origin = 'investment_promotion'`,
      );
      expect(promotion?.n).toBe(168);
      expect(promotion?.total).toBe('2024.55');
      expect(Number(promotion?.smallest)).toBeGreaterThanOrEqual(0.3);
      expect(promotion?.big).toBeGreaterThanOrEqual(2);
      expect(promotion?.big).toBeLessThanOrEqual(8);
      expect(await value<string>('select max(investment_yi)::text from projects')).not.toBe(null);
      expect(
        Number(await value<string>('select max(investment_yi)::text from projects')),
      ).toBeLessThanOrEqual(200);
      const expansions = await count(`select 1 from projects where origin = 'expansion'`);
      expect(expansions).toBeGreaterThanOrEqual(40);
      expect(expansions).toBeLessThanOrEqual(60);
      expect(
        await count(`select 1 from projects where origin = 'expansion' and firm_id is null`),
      ).toBe(0);
    });

    it('tells one story per project: dates in order, progress to match, parks that host the chain', async () => {
      const broken = `select 1 from projects where
           signed_on > '${TODAY}'
        or (stage = 'signed' and (started_on is not null or production_on is not null or progress > 10))
        or (stage = 'started' and (started_on is null or started_on < signed_on or started_on > '${TODAY}' or production_on is not null or progress in (0, 100)))
        or (stage = 'in_production' and (started_on is null or production_on is null or started_on < signed_on
            or production_on < started_on or production_on > '${TODAY}' or progress <> 100))
        or progress_updated_on < signed_on or progress_updated_on > '${TODAY}'
        or planned_production_on is null
        or not exists (select 1 from park_chains pc where pc.park_id = projects.park_id and pc.chain_id = projects.chain_id)`;
      expect(await count(broken)).toBe(0);
      expect(
        await count(
          `select 1 from projects where stage <> 'in_production' and progress_updated_on < '${TODAY}'::date - 60`,
        ),
      ).toBe(8);
      expect(
        await count(
          `select 1 from projects where stage <> 'in_production' and progress_updated_on < '${TODAY}'::date - 60
           and progress_updated_on not between '${TODAY}'::date - 200 and '${TODAY}'::date - 100`,
        ),
      ).toBe(0);
      expect(
        await count(
          `select 1 from projects where stage = 'in_production' and progress_updated_on < '${TODAY}'::date - 60`,
        ),
      ).toBe(0);
      expect(await count('select distinct chain_id from projects')).toBe(12);
    });
  });

  describe('problems', () => {
    it('has 2,090 problems of which 1,885 resolved', async () => {
      expect(await count('select 1 from problems')).toBe(2090);
      expect(await count(`select 1 from problems where status = 'resolved'`)).toBe(1885);
      expect(
        await count(
          `select 1 from problems where status = 'resolved' and (resolved_on is null or feedback is null or resolved_on < raised_on or resolved_on > '${TODAY}')`,
        ),
      ).toBe(0);
      expect(
        await count(
          `select 1 from problems where status = 'open' and (owner_department_id is not null or deadline is not null)`,
        ),
      ).toBe(0);
      expect(
        await count(
          `select 1 from problems where status = 'assigned' and (owner_department_id is null or deadline is null)`,
        ),
      ).toBe(0);
      expect(await count(`select 1 from problems where status = 'open'`)).toBeGreaterThan(0);
      expect(
        await count(
          `select 1 from problems where status <> 'resolved' and resolved_on is not null`,
        ),
      ).toBe(0);
      expect(
        await count(
          `select 1 from problems where raised_on > '${TODAY}' or raised_on < '${TODAY}'::date - 731`,
        ),
      ).toBe(0);
    });

    it('has 40–70 overdue problems, piled up in some chains and absent from others', async () => {
      const overdue = `select chain_id from problems where status <> 'resolved' and deadline < '${TODAY}'`;
      const total = await count(overdue);
      expect(total).toBeGreaterThanOrEqual(40);
      expect(total).toBeLessThanOrEqual(70);
      const byChain = await rows<{ n: number }>(
        `select (select count(*)::int from (${overdue}) o where o.chain_id = c.id) as n from chains c`,
      );
      expect(byChain.filter(({ n }) => n === 0).length).toBeGreaterThanOrEqual(1);
      expect(byChain.filter(({ n }) => n >= 3).length).toBeGreaterThanOrEqual(3);
    });

    it('files problems under the ten categories, by firms of their chain, a tenth city-wide', async () => {
      const categories = await rows<{ category: string }>(
        'select distinct category from problems order by 1',
      );
      expect(categories.map((row) => row.category).sort()).toEqual(
        ['融资', '用地', '用工', '审批', '物流', '供应链', '技术', '市场', '能源', '人才'].sort(),
      );
      const cityWide = await count('select 1 from problems where chain_id is null');
      expect(cityWide / 2090).toBeGreaterThan(0.05);
      expect(cityWide / 2090).toBeLessThan(0.15);
      expect(
        await count(
          `select 1 from problems p where p.chain_id is not null and (p.firm_id is null or not exists
             (select 1 from firm_chains fc where fc.firm_id = p.firm_id and fc.chain_id = p.chain_id))`,
        ),
      ).toBe(0);
    });
  });

  describe('indicators and status reports', () => {
    it('defines 4–5 indicators per chain with 8 completed quarters each', async () => {
      const perChain = await rows<{ codes: string[] }>(
        'select array_agg(code order by sort_order) as codes from indicators group by chain_id',
      );
      expect(perChain).toHaveLength(12);
      for (const { codes } of perChain) {
        expect(codes.length).toBeGreaterThanOrEqual(4);
        expect(codes.length).toBeLessThanOrEqual(5);
        expect(codes).toEqual(expect.arrayContaining(['output', 'investment', 'growth', 'firms']));
      }
      expect(
        await count(
          `select 1 from indicators where code in ('output', 'investment', 'growth') and not is_key`,
        ),
      ).toBe(0);
      expect(await count(`select 1 from indicators where frequency <> 'quarterly'`)).toBe(0);
      const periods = await rows<{ periods: string }>(
        `select string_agg(period, ',' order by period) as periods from indicator_values group by indicator_id`,
      );
      expect(periods).toHaveLength(await count('select 1 from indicators'));
      for (const row of periods) {
        expect(row.periods).toBe('2024Q2,2024Q3,2024Q4,2025Q1,2025Q2,2025Q3,2025Q4,2026Q1');
      }
      expect(
        await count(
          `select 1 from indicator_values where abs(warning_threshold - target * 0.9) > 0.01 or abs(excellent_threshold - target * 1.1) > 0.01`,
        ),
      ).toBe(0);
    });

    it('shows some chains below warning and some excellent in the latest quarter', async () => {
      const latest = await rows<{ band: string }>(
        `select case when v.value < v.warning_threshold then 'below' when v.value >= v.excellent_threshold then 'excellent' else 'between' end as band
         from indicator_values v join indicators i on i.id = v.indicator_id where i.code = 'output' and v.period = '2026Q1'`,
      );
      expect(latest.filter((row) => row.band === 'below').length).toBeGreaterThanOrEqual(1);
      expect(latest.filter((row) => row.band === 'excellent').length).toBeGreaterThanOrEqual(1);
    });

    it('has 3–6 status reports per chain, the newest matching the chain, by task force members', async () => {
      const reports = await rows<{ n: number; newest: string; status: string }>(
        `select (select count(*)::int from status_reports r where r.chain_id = c.id) as n,
                (select r.status::text from status_reports r where r.chain_id = c.id order by r.reported_on desc, r.id desc limit 1) as newest,
                c.status::text as status
         from chains c`,
      );
      for (const report of reports) {
        expect(report.n).toBeGreaterThanOrEqual(3);
        expect(report.n).toBeLessThanOrEqual(6);
        expect(report.newest).toBe(report.status);
      }
      expect(
        await count(
          `select 1 from status_reports r where not exists (select 1 from task_force_members m where m.chain_id = r.chain_id and m.name = r.author_name)
             or r.reported_on > '${TODAY}' or r.reported_on < '${TODAY}'::date - 240`,
        ),
      ).toBe(0);
    });
  });
});

describe('determinism', () => {
  it('loads byte-identical tables for the same day, and a user insert after it gets a fresh id', async () => {
    const second = await migratedDatabase();
    await loadSampleCity(second.db, { today: TODAY });
    expect(await tableDigests(second.client)).toEqual(await tableDigests(client));
    const [inserted] = await second.db
      .insert(schema.departments)
      .values({ name: '市统计局', nameEn: 'Municipal Bureau of Statistics' })
      .returning({ id: schema.departments.id });
    expect(inserted?.id).toBe((await count('select 1 from departments')) + 1);
    await second.client.close();
  }, 60_000);

  it('builds the same rows for the same day and moves every date with the day', () => {
    const json = (today: string) => JSON.stringify(buildSampleCity(today));
    expect(json(TODAY)).toBe(json(TODAY));
    for (const today of ['2025-01-31', '2027-12-31']) {
      const city = buildSampleCity(today);
      const endOfToday = new Date(`${today}T23:59:59+08:00`).getTime();
      for (const table of Object.values(city) as Record<string, unknown>[][]) {
        for (const row of table) {
          for (const [key, cell] of Object.entries(row)) {
            // Plans and deadlines may lie ahead; everything that happened, happened by today.
            if (['plannedProductionOn', 'deadline', 'nextStepDueOn'].includes(key)) continue;
            if (cell instanceof Date) expect(cell.getTime()).toBeLessThanOrEqual(endOfToday);
            if (typeof cell === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(cell))
              expect(cell <= today).toBe(true);
          }
        }
      }
      expect(city.problems.filter((problem) => problem.status === 'resolved')).toHaveLength(1885);
      expect(
        city.projects
          .filter((project) => project.origin === 'investment_promotion')
          .reduce((sum, project) => sum + Math.round(project.investmentYi * 100), 0),
      ).toBe(202_455);
    }
  });
});
