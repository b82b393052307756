import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSampleCity } from '../../server/db/sample';
import * as schema from '../../server/db/schema';

const TODAY = '2026-06-15';

let client: PGlite;

async function count(query: string): Promise<number> {
  const result = await client.query<{ n: number }>(`select count(*)::int as n from (${query}) q`);
  return result.rows[0]?.n ?? -1;
}

beforeAll(async () => {
  client = new PGlite();
  const db = drizzle({ client, schema });
  await migrate(db, { migrationsFolder: 'server/db/migrations' });
  await loadSampleCity(db, { today: TODAY });
}, 60_000);

describe('the sample city’s 座谈会', () => {
  it('holds the article’s 192 meetings with 3,361 firms, which collected 2,090 problems, 1,885 resolved', async () => {
    expect(await count('select 1 from meetings')).toBe(192);
    expect(await count('select distinct firm_id from meeting_firms')).toBe(3361);
    expect(await count('select 1 from problems where meeting_id is not null')).toBe(2090);
    expect(
      await count(`select 1 from problems where meeting_id is not null and status = 'resolved'`),
    ).toBe(1885);
  });

  it('holds every meeting before today, over the chains and city-wide', async () => {
    expect(await count(`select 1 from meetings where held_on >= '${TODAY}'`)).toBe(0);
    expect(await count('select distinct chain_id from meetings where chain_id is not null')).toBe(
      12,
    );
    expect(await count('select 1 from meetings where chain_id is null')).toBeGreaterThan(0);
    // Weekdays only.
    expect(await count('select 1 from meetings where extract(isodow from held_on) > 5')).toBe(0);
  });

  it('seats firms of the meeting’s chain at a chain meeting', async () => {
    expect(
      await count(
        `select 1 from meeting_firms mf join meetings m on m.id = mf.meeting_id
         where m.chain_id is not null and not exists
           (select 1 from firm_chains fc where fc.firm_id = mf.firm_id and fc.chain_id = m.chain_id)`,
      ),
    ).toBe(0);
    expect(
      await count(
        'select 1 from meetings m where not exists (select 1 from meeting_firms mf where mf.meeting_id = m.id)',
      ),
    ).toBe(0);
  });

  it('links each problem to a meeting of its chain, held by then, that its firm attended', async () => {
    expect(
      await count(
        `select 1 from problems p join meetings m on m.id = p.meeting_id
         where m.held_on > p.raised_on or m.chain_id is distinct from p.chain_id
            or (p.firm_id is not null and not exists
              (select 1 from meeting_firms mf where mf.meeting_id = m.id and mf.firm_id = p.firm_id))`,
      ),
    ).toBe(0);
  });
});
