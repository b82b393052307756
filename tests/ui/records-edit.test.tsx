import { screen, waitFor, within } from '@testing-library/react';
import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { clusterAssessments, clusters, firms, parks } from '@server/db/schema';
import { setupApiServer } from '../support/api-server';
import { renderApp } from '../support/render-app';
import { firstChain } from '../support/sample-chains';

const api = setupApiServer();

/** A record of the first chain alone, so its chain's editor may change it. */
async function onlyInChain(table: 'firm' | 'park' | 'cluster', chainId: number): Promise<number> {
  const query = {
    firm: sql`select firm_id as id from firm_chains group by firm_id
      having count(*) = 1 and min(chain_id) = ${chainId} order by firm_id limit 1`,
    park: sql`select park_id as id from park_chains group by park_id
      having count(*) = 1 and min(chain_id) = ${chainId} order by park_id limit 1`,
    cluster: sql`select cluster_id as id from cluster_chains group by cluster_id
      having count(*) = 1 and min(chain_id) = ${chainId} order by cluster_id limit 1`,
  }[table];
  const result = await api.db.execute(query);
  const rows = (result as unknown as { rows: { id: number }[] }).rows;
  const id = rows[0]?.id;
  if (id === undefined) throw new Error(`no ${table} of chain ${chainId} alone`);
  return Number(id);
}

describe('firms written from their pages', () => {
  it('an editor adds a firm from the list: a wrong check character is refused on the field, then saved in their chain', async () => {
    const chain = await firstChain(api.db);
    await api.signInAs({ role: 'editor', chainIds: [chain.id] });
    const { user } = renderApp('/firms');
    await user.click(await screen.findByRole('button', { name: '新增企业' }));
    const dialog = await screen.findByRole('dialog', { name: '新增企业' });
    await user.type(within(dialog).getByRole('textbox', { name: '企业名称' }), '界面新增企业');
    const code = within(dialog).getByRole('textbox', { name: '统一社会信用代码' });
    await user.type(code, '91510700MA0000001X');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(code).toHaveAttribute('aria-invalid', 'true'));
    await user.clear(code);
    // 91510700MA0000001 with its check character.
    await user.type(code, '91510700MA0000001K');
    expect(within(dialog).getByRole('checkbox', { name: chain.name })).toBeChecked();
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const [stored] = await api.db.select().from(firms).where(eq(firms.name, '界面新增企业'));
    expect(stored).toMatchObject({ creditCode: '91510700MA0000001K', withdrawnAt: null });
  });

  it('an editor edits a firm of their chain, records it as moved out (迁出) and restores it', async () => {
    const chain = await firstChain(api.db);
    const firmId = await onlyInChain('firm', chain.id);
    await api.signInAs({ role: 'editor', chainIds: [chain.id] });
    const { user } = renderApp(`/firms/${firmId}`);
    await user.click(await screen.findByRole('button', { name: '编辑企业' }));
    const dialog = await screen.findByRole('dialog', { name: '编辑企业' });
    const employees = within(dialog).getByRole('spinbutton', { name: '员工数' });
    await user.clear(employees);
    await user.type(employees, '4321');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const [edited] = await api.db.select().from(firms).where(eq(firms.id, firmId));
    expect(edited?.employees).toBe(4321);

    await user.click(await screen.findByRole('button', { name: '迁出' }));
    const confirm = await screen.findByRole('dialog', { name: '迁出' });
    await user.click(within(confirm).getByRole('button', { name: '迁出' }));
    expect(await screen.findByText(/该企业已迁出/)).toBeInTheDocument();
    const [withdrawn] = await api.db.select().from(firms).where(eq(firms.id, firmId));
    expect(withdrawn).toMatchObject({ withdrawalReason: 'moved_out' });
    expect(withdrawn?.withdrawnAt).not.toBeNull();

    await user.click(await screen.findByRole('button', { name: '恢复' }));
    const restore = await screen.findByRole('dialog', { name: '恢复' });
    await user.click(within(restore).getByRole('button', { name: '恢复' }));
    await waitFor(() => expect(screen.queryByText(/该企业已迁出/)).not.toBeInTheDocument());
    const [restored] = await api.db.select().from(firms).where(eq(firms.id, firmId));
    expect(restored).toMatchObject({ withdrawnAt: null, withdrawalReason: null });
  });

  it('shows no edit or withdraw buttons to a viewer', async () => {
    const chain = await firstChain(api.db);
    const firmId = await onlyInChain('firm', chain.id);
    await api.signInAs('viewer');
    renderApp(`/firms/${firmId}`);
    expect(await screen.findByRole('heading', { name: '基本信息' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '编辑企业' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '迁出' })).not.toBeInTheDocument();
  });

  it('shows no edit button to an editor of another chain', async () => {
    const chain = await firstChain(api.db);
    const firmId = await onlyInChain('firm', chain.id);
    await api.signInAs({ role: 'editor', chainIds: [chain.id + 1] });
    renderApp(`/firms/${firmId}`);
    expect(await screen.findByRole('heading', { name: '基本信息' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '编辑企业' })).not.toBeInTheDocument();
  });
});

describe('clusters and parks', () => {
  it('changes a cluster’s status to recognised', async () => {
    const chain = await firstChain(api.db);
    const clusterId = await onlyInChain('cluster', chain.id);
    await api.db
      .update(clusters)
      .set({ status: 'candidate', recognisedOn: null })
      .where(eq(clusters.id, clusterId));
    await api.signInAs({ role: 'editor', chainIds: [chain.id] });
    const { user } = renderApp(`/clusters/${clusterId}`);
    await user.click(await screen.findByRole('button', { name: '编辑集群' }));
    const dialog = await screen.findByRole('dialog', { name: '编辑集群' });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: '认定状态' }), '已认定');
    await user.type(within(dialog).getByLabelText('认定日期'), '2026-05-20');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const [stored] = await api.db
      .select()
      .from(clusters)
      .where(and(eq(clusters.id, clusterId), eq(clusters.status, 'recognised')));
    expect(stored?.recognisedOn).toBe('2026-05-20');
  });

  it('adds a yearly assessment on the cluster page and withdraws it, kept in the history', async () => {
    const chain = await firstChain(api.db);
    const clusterId = await onlyInChain('cluster', chain.id);
    await api.signInAs({ role: 'editor', chainIds: [chain.id] });
    const { user } = renderApp(`/clusters/${clusterId}`);
    await user.click(await screen.findByRole('button', { name: '新增年度评估' }));
    const dialog = await screen.findByRole('dialog', { name: '新增年度评估' });
    const year = within(dialog).getByRole('spinbutton', { name: '年度' });
    await user.clear(year);
    await user.type(year, '2023');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: '评估结果' }), '优秀');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const table = await screen.findByRole('table');
    expect(await within(table).findByRole('cell', { name: '优秀' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '撤回 2023 年度评估' }));
    const confirm = await screen.findByRole('dialog', { name: '撤回 2023 年度评估' });
    await user.click(within(confirm).getByRole('button', { name: '撤回' }));
    expect(await screen.findByRole('button', { name: '恢复 2023 年度评估' })).toBeInTheDocument();
    const [stored] = await api.db
      .select()
      .from(clusterAssessments)
      .where(and(eq(clusterAssessments.clusterId, clusterId), eq(clusterAssessments.year, 2023)));
    expect(stored).toMatchObject({ result: 'excellent' });
    expect(stored?.withdrawnAt).not.toBeNull();
  });

  it('an administrator edits a park’s occupancy as a percentage', async () => {
    const [park] = await api.db.select().from(parks).limit(1);
    if (!park) throw new Error('no park');
    await api.signInAs('admin');
    const { user } = renderApp(`/parks/${park.id}`);
    await user.click(await screen.findByRole('button', { name: '编辑园区' }));
    const dialog = await screen.findByRole('dialog', { name: '编辑园区' });
    const occupancy = within(dialog).getByRole('spinbutton', { name: '入驻率（%）' });
    await user.clear(occupancy);
    await user.type(occupancy, '87.5');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const [stored] = await api.db.select().from(parks).where(eq(parks.id, park.id));
    expect(stored).toMatchObject({ occupancyRate: 0.875, version: park.version + 1 });
  });
});
