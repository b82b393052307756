import { screen, waitFor, within } from '@testing-library/react';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import type { LeadPage } from '@server/contract/investment';
import { campaignChains, campaigns, leads } from '@server/db/schema';
import { setupApiServer } from '../support/api-server';
import { renderApp } from '../support/render-app';
import { searchOf } from '../support/screen-text';

const api = setupApiServer();

async function apiLeads(search: string): Promise<LeadPage> {
  const response = await api.app.request(`/api/leads${search}`, {
    headers: { cookie: api.cookie() },
  });
  expect(response.status).toBe(200);
  return (await response.json()) as LeadPage;
}

function leadTable() {
  return screen.getByRole('table', { name: '招商线索列表' });
}

/** The stage column of every row shown. */
function shownStages() {
  return within(leadTable())
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[4]?.textContent);
}

/** An open lead at 洽谈, not withdrawn: the next step is signing. */
async function negotiatingLead() {
  const [lead] = await api.db
    .select()
    .from(leads)
    .where(and(eq(leads.stage, 'negotiating'), isNull(leads.withdrawnAt)))
    .orderBy(asc(leads.id))
    .limit(1);
  if (!lead) throw new Error('the sample has no lead at 洽谈');
  return lead;
}

describe('lead list', () => {
  it('filters by stage, with the filter in the URL and the API’s count', async () => {
    const { user, history } = renderApp('/investment/leads');
    await screen.findByRole('table', { name: '招商线索列表' });

    await user.selectOptions(screen.getByRole('combobox', { name: '阶段' }), '洽谈');
    await waitFor(() => expect(searchOf(history).get('stage')).toBe('negotiating'));
    const expected = await apiLeads('?stage=negotiating');
    expect(expected.total).toBeGreaterThan(0);
    expect(
      await screen.findByText(`共 ${expected.total.toLocaleString('en-US')} 条`),
    ).toBeVisible();
    await waitFor(() => expect(new Set(shownStages())).toEqual(new Set(['洽谈'])));
  });

  it('opens filtered by the address: a chain and only its stalled leads', async () => {
    const [lead] = await api.db.select().from(leads).limit(1);
    if (!lead) throw new Error('no lead');
    renderApp(`/investment/leads?chain=${lead.chainId}&stalled=true`);
    const expected = await apiLeads(`?chain=${lead.chainId}&stalled=true`);
    expect(
      await screen.findByText(`共 ${expected.total.toLocaleString('en-US')} 条`),
    ).toBeVisible();
    expect(screen.getByRole('combobox', { name: '是否停滞' })).toHaveValue('yes');
    // The links of the chosen chain are a filter only once a chain is chosen.
    expect(screen.getByRole('combobox', { name: '环节' })).toBeVisible();
  });

  it('speaks English', async () => {
    renderApp('/investment/leads', { language: 'en-US' });
    const table = await screen.findByRole('table', { name: 'Investment leads' });
    expect(within(table).getByRole('columnheader', { name: /Target firm/ })).toBeVisible();
    expect(within(table).getByRole('columnheader', { name: /Expected investment/ })).toBeVisible();
  });
});

describe('a lead', () => {
  it('moved to 签约 shows the project signing made', async () => {
    const lead = await negotiatingLead();
    const { user } = renderApp(`/investment/leads/${lead.id}`);
    await user.click(await screen.findByRole('button', { name: '编辑线索' }));
    const dialog = await screen.findByRole('dialog', { name: '编辑线索' });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: '阶段' }), '签约');
    // The signing date shows with the stage, dated today unless said otherwise.
    expect(within(dialog).getByLabelText('签约日期')).not.toHaveValue('');
    const investment = within(dialog).getByRole('spinbutton', { name: '预计投资（亿元）' });
    await user.clear(investment);
    await user.type(investment, '3.5');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const [stored] = await api.db.select().from(leads).where(eq(leads.id, lead.id));
    expect(stored?.stage).toBe('signed');
    expect(stored?.projectId).not.toBeNull();
    const facts = screen.getByRole('region', { name: '基本信息' });
    await waitFor(() =>
      expect(
        within(facts)
          .getAllByRole('link')
          .some((link) => link.getAttribute('href') === `/projects/${stored?.projectId}`),
      ).toBe(true),
    );
    expect(screen.getByRole('listitem', { current: 'step' })).toHaveTextContent('签约');
  });

  it('puts the server’s answer next to the campaign when it is gone meanwhile', async () => {
    const lead = await negotiatingLead();
    const [campaign] = await api.db
      .insert(campaigns)
      .values({
        name: '临时测试活动',
        city: '测试市',
        startsOn: '2026-01-01',
        endsOn: '2026-01-02',
      })
      .returning();
    if (!campaign) throw new Error('no campaign');
    await api.db.insert(campaignChains).values({ campaignId: campaign.id, chainId: lead.chainId });

    const { user } = renderApp(`/investment/leads/${lead.id}`);
    await user.click(await screen.findByRole('button', { name: '编辑线索' }));
    const dialog = await screen.findByRole('dialog', { name: '编辑线索' });
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: '招商活动' }),
      '临时测试活动',
    );
    // Removed after the form listed it: only the server can tell.
    await api.db.delete(campaignChains).where(eq(campaignChains.campaignId, campaign.id));
    await api.db.delete(campaigns).where(eq(campaigns.id, campaign.id));
    await user.click(within(dialog).getByRole('button', { name: '保存' }));

    await waitFor(() =>
      expect(
        within(dialog).getByRole('combobox', { name: '招商活动' }),
      ).toHaveAccessibleDescription(/.+/),
    );
    expect(screen.getByRole('dialog', { name: '编辑线索' })).toBeInTheDocument();
    const [stored] = await api.db.select().from(leads).where(eq(leads.id, lead.id));
    expect(stored?.version).toBe(lead.version);
  });

  it('shows a viewer no edit or withdraw buttons', async () => {
    const lead = await negotiatingLead();
    await api.signInAs('viewer');
    renderApp(`/investment/leads/${lead.id}`);
    await screen.findByRole('region', { name: '基本信息' });
    expect(screen.queryByRole('button', { name: '编辑线索' })).toBeNull();
    expect(screen.queryByRole('button', { name: /撤回/ })).toBeNull();
    await api.signInAs('admin');
  });

  it('exports the leads its filters select, not its page', async () => {
    const requested: URL[] = [];
    const listener = ({ request }: { request: Request }) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/exports/leads') requested.push(url);
    };
    api.server.events.on('request:start', listener);
    // jsdom neither makes object URLs nor downloads: the request is what this test reads.
    URL.createObjectURL = () => 'blob:test/leads';
    URL.revokeObjectURL = () => undefined;
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    try {
      const { user } = renderApp('/investment/leads?stage=negotiating&stalled=true&page=1');
      await screen.findByRole('table', { name: '招商线索列表' });
      const exports = screen.getByRole('group', { name: '导出' });
      await user.click(within(exports).getByRole('button', { name: '导出 Excel (.xlsx)' }));
      await waitFor(() => expect(requested).toHaveLength(1));
      expect(Object.fromEntries(requested[0]?.searchParams ?? [])).toEqual({
        stage: 'negotiating',
        stalled: 'true',
        format: 'xlsx',
        lang: 'zh-CN',
      });
      await waitFor(() => expect(click).toHaveBeenCalled());
    } finally {
      api.server.events.removeListener('request:start', listener);
      click.mockRestore();
    }
  });
});
