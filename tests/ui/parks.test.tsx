import { screen, waitFor, within } from '@testing-library/react';
import { and, asc, count, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { chains, firms, parkChains, parks, projects } from '@server/db/schema';
import { serverError } from '@mocks/faults';
import { setupApiServer } from '../support/api-server';
import { renderApp } from '../support/render-app';
import { countRows, searchOf, visibleText } from '../support/screen-text';

const api = setupApiServer();

// The API's orders: text by code point, blanks last either way, ties by id.
const byName = sql`${parks.nameSortKey} collate "C" asc`;
const byOutput = (order: 'asc' | 'desc') =>
  order === 'asc' ? sql`${parks.outputYi} asc nulls last` : sql`${parks.outputYi} desc nulls last`;

/** Park ids in the API's order for `where`: by `order`, then id (one page holds them all). */
async function storedIds(order: SQL, where?: SQL) {
  const rows = await api.db
    .select({ id: parks.id })
    .from(parks)
    .where(where)
    .orderBy(order, asc(parks.id));
  return rows.map((row) => row.id);
}

function storedCount(where?: SQL) {
  return countRows(api.db, parks, where);
}

function parkTable(name = '园区列表') {
  return screen.getByRole('table', { name });
}

/** The ids of the parks listed, read from their links. */
function shownIds(table = parkTable()) {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      Number(
        within(within(row).getAllByRole('cell')[0] as HTMLElement)
          .getByRole('link')
          .getAttribute('href')
          ?.split('/')
          .pop(),
      ),
    );
}

async function expectRows(ids: number[]) {
  expect(ids.length).toBeGreaterThan(0);
  await waitFor(() => expect(shownIds()).toEqual(ids));
}

const outputHeader = () => screen.getByRole('columnheader', { name: /产值/ });

describe('park list', () => {
  it('opens on every park by name, with the count', async () => {
    renderApp('/parks');

    expect(await screen.findByRole('heading', { level: 1, name: '园区' })).toBeVisible();
    await screen.findByRole('table', { name: '园区列表' });
    await expectRows(await storedIds(byName));
    expect(screen.getByText(`共 ${await storedCount()} 条`)).toBeVisible();
    expect(screen.getByRole('columnheader', { name: /园区名称/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
  });

  it('sorts by output from its column header, both ways', async () => {
    const { user, history } = renderApp('/parks');
    await screen.findByRole('table', { name: '园区列表' });

    await user.click(within(outputHeader()).getByRole('button'));

    await waitFor(() => expect(outputHeader()).toHaveAttribute('aria-sort', 'descending'));
    expect(searchOf(history).get('sort')).toBe('output');
    const descending = await storedIds(byOutput('desc'));
    expect(descending).not.toEqual(await storedIds(byName));
    await expectRows(descending);

    await user.click(within(outputHeader()).getByRole('button'));

    await waitFor(() => expect(outputHeader()).toHaveAttribute('aria-sort', 'ascending'));
    expect(searchOf(history).get('order')).toBe('asc');
    await expectRows(await storedIds(byOutput('asc')));
  });

  it('filters by type and district, in the URL, and back undoes the last one', async () => {
    const specialty = eq(parks.isSpecialty, true);
    const [district] = await api.db
      .select({ name: parks.district, n: count() })
      .from(parks)
      .where(specialty)
      .groupBy(parks.district)
      .orderBy(sql`count(*) desc`, asc(parks.district))
      .limit(1);
    if (!district) throw new Error('No specialty park');
    const { user, history } = renderApp('/parks');
    await screen.findByRole('table', { name: '园区列表' });

    await user.selectOptions(screen.getByRole('combobox', { name: '园区类型' }), '特色产业园');
    await waitFor(() => expect(searchOf(history).get('specialty')).toBe('true'));
    const specialtyIds = await storedIds(byName, specialty);
    expect(specialtyIds.length).toBeLessThan(await storedCount());
    await expectRows(specialtyIds);

    const districtFilter = screen.getByRole('combobox', { name: '区县' });
    await waitFor(() => within(districtFilter).getByRole('option', { name: district.name }));
    await user.selectOptions(districtFilter, district.name);
    await waitFor(() => expect(searchOf(history).get('district')).toBe(district.name));
    await expectRows(await storedIds(byName, and(specialty, eq(parks.district, district.name))));

    history.back();

    await expectRows(specialtyIds);
    expect(screen.getByRole('combobox', { name: '区县' })).toHaveDisplayValue('全部');
    expect(screen.getByRole('combobox', { name: '园区类型' })).toHaveDisplayValue('特色产业园');
  });

  it('opens a pasted address with a search and a chain on exactly that view', async () => {
    const [chain] = await api.db
      .select({ id: chains.id, name: chains.name })
      .from(chains)
      .innerJoin(parkChains, eq(parkChains.chainId, chains.id))
      .groupBy(chains.id, chains.name)
      .orderBy(sql`count(*) desc`, asc(chains.id))
      .limit(1);
    if (!chain) throw new Error('No chain with parks');
    const text = '园';
    renderApp(`/parks?q=${encodeURIComponent(text)}&chain=${chain.id}&sort=occupancy&order=desc`);

    const where = and(
      or(ilike(parks.name, `%${text}%`), ilike(parks.nameEn, `%${text}%`)),
      sql`${parks.id} in (select park_id from park_chains where chain_id = ${chain.id})`,
    );
    await screen.findByRole('table', { name: '园区列表' });
    await expectRows(await storedIds(sql`${parks.occupancyRate} desc nulls last`, where));
    expect(screen.getByRole('searchbox', { name: '搜索园区名称' })).toHaveValue(text);
    const chainFilter = screen.getByRole('combobox', { name: '产业链' });
    await waitFor(() => expect(chainFilter).toHaveDisplayValue(chain.name));
    expect(screen.getByRole('columnheader', { name: /满园率/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
  });

  it('says when nothing matches', async () => {
    const { user } = renderApp(`/parks?q=${encodeURIComponent('没有这个园区')}`);

    expect(await screen.findByText('没有符合条件的记录，可以放宽或清除筛选条件。')).toBeVisible();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '清除筛选' }));

    await expectRows(await storedIds(byName));
  });

  it('is in English on English pages', async () => {
    renderApp('/parks', { language: 'en-US' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Parks' })).toBeVisible();
    const table = await screen.findByRole('table', { name: 'Parks' });
    expect(within(table).getAllByRole('columnheader').map(visibleText)).toEqual([
      'Park',
      'District',
      'Type',
      'Chains',
      'Area',
      'Output',
      'Occupancy',
      'Firms',
      'Projects',
    ]);
    expect(screen.getByText(`${await storedCount()} results`)).toBeVisible();
    expect(screen.getByRole('combobox', { name: 'Park type' })).toBeVisible();
  });

  it('shows a server error and loads the list when 重试 is pressed', async () => {
    api.server.use(serverError({ path: '*/api/parks', once: true }));
    const { user } = renderApp('/parks');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('服务器出错（500）');

    await user.click(within(alert).getByRole('button', { name: '重试' }));

    expect(await screen.findByRole('table', { name: '园区列表' })).toBeInTheDocument();
  });
});

describe('park detail', () => {
  it('shows the park, its chains and projects, and opens its firms', async () => {
    const [park] = await api.db
      .select({
        id: parks.id,
        name: parks.name,
        district: parks.district,
        isSpecialty: parks.isSpecialty,
        n: count(),
      })
      .from(parks)
      .innerJoin(projects, eq(projects.parkId, parks.id))
      .groupBy(parks.id)
      .orderBy(asc(parks.id))
      .limit(1);
    if (!park) throw new Error('No park with projects');
    const hosted = await api.db
      .select({ id: chains.id, name: chains.name })
      .from(parkChains)
      .innerJoin(chains, eq(parkChains.chainId, chains.id))
      .where(eq(parkChains.parkId, park.id));
    const [firmCount] = await api.db
      .select({ n: count() })
      .from(firms)
      .where(eq(firms.parkId, park.id));
    const { user, history } = renderApp(`/parks/${park.id}`);

    expect(await screen.findByRole('heading', { level: 1, name: park.name })).toBeVisible();
    const facts = screen.getByRole('region', { name: '基本信息' });
    const fact = (term: string) =>
      within(facts).getByText(term, { selector: 'dt' }).nextElementSibling as HTMLElement;
    expect(fact('所在区县')).toHaveTextContent(park.district);
    expect(fact('园区类型')).toHaveTextContent(park.isSpecialty ? '特色产业园' : '其他园区');
    expect(within(fact('重大项目')).getByRole('link')).toHaveAttribute(
      'href',
      `/projects?park=${park.id}`,
    );

    const chainRegion = screen.getByRole('region', { name: '承载产业链' });
    expect(hosted.length).toBeGreaterThan(0);
    for (const chain of hosted) {
      expect(within(chainRegion).getByRole('link', { name: chain.name })).toHaveAttribute(
        'href',
        `/chains/${chain.id}`,
      );
    }
    const projectTable = screen.getByRole('table', { name: '园区重大项目' });
    expect(within(projectTable).getAllByRole('row')).toHaveLength(park.n + 1);

    await user.click(
      within(fact('入驻企业')).getByRole('link', { name: `查看 ${firmCount?.n} 家企业` }),
    );

    await waitFor(() => expect(searchOf(history).get('park')).toBe(String(park.id)));
    expect(await screen.findByRole('heading', { level: 1, name: '企业' })).toBeVisible();
    expect(
      await screen.findByText(`共 ${(firmCount?.n ?? 0).toLocaleString('en-US')} 条`),
    ).toBeVisible();
    const parkFilter = screen.getByRole('combobox', { name: '园区' });
    await waitFor(() => expect(parkFilter).toHaveDisplayValue(park.name));
  });

  it('says the record does not exist for an unknown id', async () => {
    renderApp('/parks/999999');
    expect(await screen.findByRole('heading', { level: 1, name: '记录不存在' })).toBeVisible();
  });
});
