import { screen, waitFor, within } from '@testing-library/react';
import {
  and,
  asc,
  count,
  desc,
  eq,
  ilike,
  inArray,
  notInArray,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { chains, clusterChains, clusters } from '@server/db/schema';
import { setupApiServer } from '../support/api-server';
import { renderApp } from '../support/render-app';
import { countRows, searchOf } from '../support/screen-text';

const api = setupApiServer();

const byLevel = asc(clusters.level);

/** Cluster names in the API's order for `where`: by `order`, then id. */
async function storedNames(
  order: SQL | ReturnType<typeof asc>,
  {
    where,
    offset = 0,
    limit = 20,
  }: { where?: SQL | undefined; offset?: number; limit?: number } = {},
) {
  const rows = await api.db
    .select({ name: clusters.name })
    .from(clusters)
    .where(where)
    .orderBy(order, asc(clusters.id))
    .limit(limit)
    .offset(offset);
  return rows.map((row) => row.name);
}

function storedCount(where?: SQL) {
  return countRows(api.db, clusters, where);
}

function clusterTable() {
  return screen.getByRole('table', { name: '产业集群列表' });
}

function shownNames() {
  return within(clusterTable())
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0]?.textContent);
}

async function expectRows(names: string[]) {
  await waitFor(() => expect(shownNames()).toEqual(names));
}

/** The clusters linked to no chain: the two SME-feature ones in the sample city. */
function chainless() {
  return notInArray(
    clusters.id,
    api.db.select({ id: clusterChains.clusterId }).from(clusterChains),
  );
}

describe('cluster list', () => {
  it('opens on every cluster by level, saying which belong to no chain', async () => {
    renderApp('/clusters');

    expect(await screen.findByRole('heading', { level: 1, name: '产业集群' })).toBeVisible();
    await screen.findByRole('table', { name: '产业集群列表' });
    await expectRows(await storedNames(byLevel));
    expect(screen.getByText(`共 ${await storedCount()} 条`)).toBeVisible();
    expect(screen.getByRole('columnheader', { name: /级别/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    const withoutChain = await storedNames(byLevel, { where: chainless() });
    expect(withoutChain).toHaveLength(2);
    for (const name of withoutChain) {
      const row = within(clusterTable())
        .getAllByRole('row')
        .find((candidate) => within(candidate).queryByRole('link', { name }));
      if (!row) throw new Error(`No row for ${name}`);
      expect(within(row).getByText('未关联产业链')).toBeVisible();
      expect(within(row).getByText('中小企业特色')).toBeVisible();
    }
  });

  it('searches names in any case and keeps the search in the URL', async () => {
    const { user, history } = renderApp('/clusters');
    await screen.findByRole('table', { name: '产业集群列表' });

    await user.type(screen.getByRole('searchbox', { name: '搜索集群名称' }), 'DRONE');
    await user.click(screen.getByRole('button', { name: '搜索' }));

    await waitFor(() => expect(searchOf(history).get('q')).toBe('DRONE'));
    const where = or(ilike(clusters.name, '%drone%'), ilike(clusters.nameEn, '%drone%'));
    const expected = await storedCount(where);
    expect(expected).toBeGreaterThan(0);
    expect(await screen.findByText(`共 ${expected} 条`)).toBeVisible();
    await expectRows(await storedNames(byLevel, { where }));
  });

  it('filters by level and by chain, in the URL, back on the first page', async () => {
    const [chain] = await api.db
      .select({ id: chains.id, name: chains.name })
      .from(clusterChains)
      .innerJoin(chains, eq(clusterChains.chainId, chains.id))
      .groupBy(chains.id, chains.name)
      .orderBy(desc(count()), asc(chains.id))
      .limit(1);
    if (!chain) throw new Error('No cluster has a chain');
    const { user, history } = renderApp('/clusters?pageSize=5&page=2');
    await screen.findByRole('table', { name: '产业集群列表' });

    await user.selectOptions(screen.getByRole('combobox', { name: '级别' }), '省级');

    await waitFor(() => expect(searchOf(history).get('level')).toBe('provincial'));
    expect(searchOf(history).has('page')).toBe(false);
    const provincial = eq(clusters.level, 'provincial');
    expect(await screen.findByText(`共 ${await storedCount(provincial)} 条`)).toBeVisible();

    const chainFilter = screen.getByRole('combobox', { name: '产业链' });
    await waitFor(() => within(chainFilter).getByRole('option', { name: chain.name }));
    await user.selectOptions(chainFilter, chain.name);

    await waitFor(() => expect(searchOf(history).get('chain')).toBe(String(chain.id)));
    const where = and(
      provincial,
      inArray(
        clusters.id,
        api.db
          .select({ id: clusterChains.clusterId })
          .from(clusterChains)
          .where(eq(clusterChains.chainId, chain.id)),
      ),
    );
    await expectRows(await storedNames(byLevel, { where, limit: 5 }));
  });

  it('sorts by name and by recognition date from the headers', async () => {
    const { user, history } = renderApp('/clusters');
    await screen.findByRole('table', { name: '产业集群列表' });

    await user.click(screen.getByRole('button', { name: /集群名称/ }));

    const header = (name: RegExp) => screen.getByRole('columnheader', { name });
    await waitFor(() => expect(header(/集群名称/)).toHaveAttribute('aria-sort', 'ascending'));
    expect(searchOf(history).get('sort')).toBe('name');
    await expectRows(await storedNames(sql`${clusters.nameSortKey} collate "C" asc`));

    await user.click(screen.getByRole('button', { name: /集群名称/ }));
    await waitFor(() => expect(header(/集群名称/)).toHaveAttribute('aria-sort', 'descending'));
    await expectRows(await storedNames(sql`${clusters.nameSortKey} collate "C" desc`));

    await user.click(screen.getByRole('button', { name: /认定日期/ }));
    await waitFor(() => expect(header(/认定日期/)).toHaveAttribute('aria-sort', 'descending'));
    expect(header(/集群名称/)).not.toHaveAttribute('aria-sort');
    await expectRows(await storedNames(sql`${clusters.recognisedOn} desc nulls last`));
  });

  it('pages forward, and back restores the first page', async () => {
    const { user, history } = renderApp('/clusters?pageSize=5');
    await screen.findByRole('table', { name: '产业集群列表' });
    const firstPage = await storedNames(byLevel, { limit: 5 });
    await expectRows(firstPage);

    await user.click(screen.getByRole('button', { name: '下一页' }));

    await waitFor(() => expect(searchOf(history).get('page')).toBe('2'));
    await expectRows(await storedNames(byLevel, { limit: 5, offset: 5 }));
    expect(
      screen.getByText(`第 2 页，共 ${Math.ceil((await storedCount()) / 5)} 页`),
    ).toBeVisible();

    history.back();

    await expectRows(firstPage);
  });

  it('opens a pasted address on exactly that view', async () => {
    renderApp('/clusters?status=recognised&sort=name&order=desc&pageSize=4&page=2');

    await screen.findByRole('table', { name: '产业集群列表' });
    await expectRows(
      await storedNames(sql`${clusters.nameSortKey} collate "C" desc`, {
        where: eq(clusters.status, 'recognised'),
        limit: 4,
        offset: 4,
      }),
    );
    expect(screen.getByRole('combobox', { name: '状态' })).toHaveDisplayValue('已认定');
    expect(screen.getByRole('columnheader', { name: /集群名称/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
  });

  it('says when nothing matches', async () => {
    const { user } = renderApp(`/clusters?q=${encodeURIComponent('没有这个集群')}`);

    expect(await screen.findByText('没有符合条件的记录，可以放宽或清除筛选条件。')).toBeVisible();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '清除筛选' }));

    expect(await screen.findByText(`共 ${await storedCount()} 条`)).toBeVisible();
  });

  it('is in English on English pages, with English names', async () => {
    renderApp('/clusters', { language: 'en-US' });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Industrial clusters' }),
    ).toBeVisible();
    const table = await screen.findByRole('table', { name: 'Industrial clusters' });
    const [first] = await api.db
      .select({ nameEn: clusters.nameEn })
      .from(clusters)
      .orderBy(byLevel, asc(clusters.id))
      .limit(1);
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent(String(first?.nameEn));
    expect(within(table).getAllByText('No chain')).toHaveLength(2);
    expect(screen.getByText(`${await storedCount()} results`)).toBeVisible();
  });
});

describe('cluster detail', () => {
  it('shows the cluster with links to its chains', async () => {
    const [cluster] = await api.db
      .select({
        id: clusters.id,
        name: clusters.name,
        recognisedBy: clusters.recognisedBy,
        links: count(),
      })
      .from(clusters)
      .innerJoin(clusterChains, eq(clusterChains.clusterId, clusters.id))
      .where(eq(clusters.level, 'national'))
      .groupBy(clusters.id)
      .orderBy(desc(count()), asc(clusters.id))
      .limit(1);
    if (!cluster) throw new Error('No national cluster with chains');
    const linked = await api.db
      .select({ id: chains.id, name: chains.name })
      .from(clusterChains)
      .innerJoin(chains, eq(clusterChains.chainId, chains.id))
      .where(eq(clusterChains.clusterId, cluster.id));

    renderApp(`/clusters/${cluster.id}`);

    expect(await screen.findByRole('heading', { level: 1, name: cluster.name })).toBeVisible();
    const facts = screen.getByRole('region', { name: '基本信息' });
    const fact = (term: string) =>
      within(facts).getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;
    expect(fact('级别')).toBe('国家级');
    expect(fact('状态')).toBe('已认定');
    expect(fact('认定部门')).toBe(cluster.recognisedBy ?? '未填报');
    const chainSection = screen.getByRole('region', { name: '所属产业链' });
    expect(
      within(chainSection)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href'))
        .sort(),
    ).toEqual(linked.map((chain) => `/chains/${chain.id}`).sort());
    for (const chain of linked) {
      expect(within(chainSection).getByRole('link', { name: chain.name })).toBeVisible();
    }
  });

  it('says plainly that an SME-feature cluster belongs to no chain', async () => {
    const [cluster] = await api.db
      .select({ id: clusters.id, name: clusters.name })
      .from(clusters)
      .where(chainless())
      .orderBy(asc(clusters.id))
      .limit(1);
    if (!cluster) throw new Error('Every cluster has a chain');

    renderApp(`/clusters/${cluster.id}`);

    expect(await screen.findByRole('heading', { level: 1, name: cluster.name })).toBeVisible();
    const chainSection = screen.getByRole('region', { name: '所属产业链' });
    expect(chainSection).toHaveTextContent('该集群不属于全市 12 条重点产业链中的任何一条。');
    expect(within(chainSection).queryByRole('link')).not.toBeInTheDocument();
  });

  it('says the record does not exist for an unknown id', async () => {
    renderApp('/clusters/999999');
    expect(await screen.findByRole('heading', { level: 1, name: '记录不存在' })).toBeVisible();
  });
});
